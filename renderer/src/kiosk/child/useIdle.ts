// Calls `onIdle` after IDLE_LOGOUT_MS without a tap, pointer move or key.
import { useEffect, useRef } from 'react';
import { createIdleTimer, IDLE_LOGOUT_MS } from './idle';

const activity = ['pointerdown', 'pointermove', 'keydown', 'wheel'] as const;

export function useIdle(active: boolean, onIdle: () => void, timeoutMs = IDLE_LOGOUT_MS): void {
  // The latest callback without restarting the timer on every render.
  const callback = useRef(onIdle);
  useEffect(() => {
    callback.current = onIdle;
  }, [onIdle]);
  useEffect(() => {
    if (!active) return undefined;
    const timer = createIdleTimer(timeoutMs, () => callback.current());
    const poke = () => timer.poke();
    for (const name of activity) window.addEventListener(name, poke, { passive: true });
    return () => {
      timer.stop();
      for (const name of activity) window.removeEventListener(name, poke);
    };
  }, [active, timeoutMs]);
}
