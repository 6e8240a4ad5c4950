// One screen's view of the call's activities: the shared state (a replica of
// the server's, see common/activities/replica.ts) and `act` to change it.
// The state is fetched whenever the call is (re)joined, so a screen that
// reconnects comes back to the same page and drawing.
import { useCallback, useEffect, useMemo, useReducer, useRef } from 'react';
import { ActivityReplica } from '@hhc/common/activities/replica';
import type { ActivityAction, ActivityRole } from '@hhc/common/activities/schema';
import type { ActivityState } from '@hhc/common/activities/state';
import { CallState } from '../call/CallSession';
import type { SignalingClient } from '../call/SignalingClient';

export interface Activities {
  state: ActivityState;
  role: ActivityRole;
  /** The call's connection, for the school's own books. */
  client: SignalingClient;
  /** Shows the action at once and sends it; a refusal (limits, no connection) takes it back. */
  act(action: ActivityAction): void;
}

export function useActivities(client: SignalingClient, callState: CallState, role: ActivityRole): Activities {
  const replica = useMemo(() => new ActivityReplica(role), [role]);
  const [, rerender] = useReducer((n: number) => n + 1, 0);
  const syncing = useRef(false);

  const sync = useCallback(() => {
    if (syncing.current) return;
    syncing.current = true;
    client.request('activity:sync', {}).then(
      ({ state }) => {
        syncing.current = false;
        replica.snapshot(state);
        rerender();
      },
      () => {
        syncing.current = false;
      },
    );
  }, [client, replica]);

  useEffect(
    () =>
      client.on('activity:acted', ({ seq, by, action }) => {
        replica.remote(seq, action, by);
        if (replica.hasGap) sync();
        rerender();
      }),
    [client, replica, sync],
  );

  useEffect(() => {
    if (callState === CallState.InCall) sync();
  }, [callState, sync]);

  const act = useCallback(
    (action: ActivityAction) => {
      const localId = replica.local(action);
      rerender();
      client.request('activity:act', action).then(
        ({ seq }) => {
          replica.acknowledged(localId, seq);
          if (replica.hasGap) sync();
          rerender();
        },
        () => {
          replica.refused(localId);
          rerender();
        },
      );
    },
    [client, replica, sync],
  );

  return { state: replica.state, role, act, client };
}
