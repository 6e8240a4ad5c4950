// Teacher mode must not stay open on a shared PC: after a while without a
// touch, a click or a key it goes back to child mode by itself.
import { useEffect, useRef } from 'react';

const EVENTS = ['pointerdown', 'pointermove', 'keydown', 'wheel', 'touchstart'] as const;

export function useIdle(timeoutMs: number, onIdle: () => void): void {
  const latest = useRef(onIdle);
  useEffect(() => {
    latest.current = onIdle;
  }, [onIdle]);
  useEffect(() => {
    let timer = setTimeout(() => latest.current(), timeoutMs);
    const reset = () => {
      clearTimeout(timer);
      timer = setTimeout(() => latest.current(), timeoutMs);
    };
    for (const name of EVENTS) window.addEventListener(name, reset, { passive: true, capture: true });
    return () => {
      clearTimeout(timer);
      for (const name of EVENTS) window.removeEventListener(name, reset, { capture: true });
    };
  }, [timeoutMs]);
}
