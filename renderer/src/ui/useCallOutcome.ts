// After a call, asks the server whether the other side ever came (call:outcome):
// the after-call screens tell a missed call from an ordinary ending with it.
// The answer comes from the server's call records, so a reconnect or a reload
// mid-call does not fool it. Offline or slow, the screen goes on without it.
import { useEffect, useState } from 'react';
import type { CallOutcome } from '@hhc/common/api/outcome';
import type { SignalingClient } from '../call/SignalingClient';

/** The after-call screen waits this long at most before showing what it knows without the server. */
export const OUTCOME_WAIT_MS = 3_000;

export type OutcomeView = { kind: 'loading' } | { kind: 'unknown' } | { kind: 'known'; outcome: CallOutcome };

export function useCallOutcome(
  client: SignalingClient | undefined,
  bookingId: string,
  enabled = true,
): OutcomeView {
  const [view, setView] = useState<OutcomeView>({ kind: 'loading' });
  useEffect(() => {
    if (!enabled || !client) {
      setView({ kind: 'unknown' });
      return undefined;
    }
    let live = true;
    setView({ kind: 'loading' });
    // Once the screen has gone on without the answer, a late one does not change it under the child.
    const timer = setTimeout(() => {
      live = false;
      setView({ kind: 'unknown' });
    }, OUTCOME_WAIT_MS);
    client.request('call:outcome', { bookingId }).then(
      (outcome) => live && setView({ kind: 'known', outcome }),
      () => live && setView({ kind: 'unknown' }),
    );
    return () => {
      live = false;
      clearTimeout(timer);
    };
  }, [client, bookingId, enabled]);
  return view;
}
