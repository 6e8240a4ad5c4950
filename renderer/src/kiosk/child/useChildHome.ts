// The logged-in child's home data ('child:home'), fetched again when the
// school's schedule changes (a teacher moved a call) and every minute.
import { useCallback, useEffect, useState } from 'react';
import type { ChildHome } from '@hhc/common/protocol';
import { AppError, ErrorCode } from '@hhc/common/result';
import type { SignalingClient } from '../../call/SignalingClient';

const REFRESH_MS = 60_000;

export function useChildHome(client: SignalingClient, onSignedOut: () => void) {
  const [home, setHome] = useState<ChildHome>();
  const [generation, setGeneration] = useState(0);
  const reload = useCallback(() => setGeneration((n) => n + 1), []);

  useEffect(() => {
    let alive = true;
    const load = () =>
      client.request('child:home', {}).then(
        (value) => alive && setHome(value),
        (error: unknown) => {
          // The child's session on the server ran out: back to the pictures.
          if (alive && error instanceof AppError && error.code === ErrorCode.Unauthorized) onSignedOut();
        },
      );
    void load();
    const timer = setInterval(() => void load(), REFRESH_MS);
    const off = client.on('schedule:changed', () => void load());
    return () => {
      alive = false;
      clearInterval(timer);
      off();
    };
  }, [client, generation, onSignedOut]);

  return { home, reload };
}
