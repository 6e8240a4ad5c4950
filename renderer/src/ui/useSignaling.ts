// One SignalingClient for the whole page, and its connection state for rendering.
import { useEffect, useState } from 'react';
import type { HandshakeAuth } from '@hhc/common/protocol';
import { ConnectionState, SignalingClient } from '../call/SignalingClient';

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
    const signaling = new SignalingClient(serverUrl, JSON.parse(authKey) as HandshakeAuth);
    setClient(signaling);
    setState(signaling.state);
    const off = signaling.onStateChange(setState);
    return () => {
      off();
      signaling.close();
    };
  }, [serverUrl, authKey]);
  return { client, state };
}
