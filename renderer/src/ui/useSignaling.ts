// One SignalingClient for the whole page, and its connection state for rendering.
// The client (and socket.io with it) is loaded on demand: the parent's first
// screen is drawn from the data inlined in the page before it arrives.
import { useEffect, useState } from 'react';
import type { HandshakeAuth } from '@hhc/common/protocol';
import { ConnectionState } from '../call/connectionState';
import type { SignalingClient } from '../call/SignalingClient';

export function useSignaling(
  serverUrl: string,
  auth: HandshakeAuth | undefined,
): {
  client: SignalingClient | undefined;
  state: ConnectionState;
} {
  const [client, setClient] = useState<SignalingClient>();
  const [state, setState] = useState<ConnectionState>(ConnectionState.Connecting);
  const authKey = JSON.stringify(auth ?? null);
  useEffect(() => {
    if (authKey === 'null') return undefined;
    let signaling: SignalingClient | undefined;
    let off: (() => void) | undefined;
    let cancelled = false;
    void import('../call/SignalingClient').then(({ SignalingClient }) => {
      if (cancelled) return;
      signaling = new SignalingClient(serverUrl, JSON.parse(authKey) as HandshakeAuth);
      setClient(signaling);
      setState(signaling.state);
      off = signaling.onStateChange(setState);
    });
    return () => {
      cancelled = true;
      off?.();
      signaling?.close();
      setClient(undefined);
    };
  }, [serverUrl, authKey]);
  return { client, state };
}
