// Small things a call screen does for people: keep the screen on, and a soft
// chime when the other side arrives (no sound file to download).
import { useEffect, useRef } from 'react';

/** Keeps the screen awake while `active`, where the browser allows (Wake Lock API). */
export function useWakeLock(active: boolean): void {
  useEffect(() => {
    if (!active || !('wakeLock' in navigator)) return undefined;
    let sentinel: { release(): Promise<void> } | undefined;
    let disposed = false;
    const acquire = () => {
      navigator.wakeLock
        .request('screen')
        .then((lock) => {
          if (disposed) void lock.release();
          else sentinel = lock;
        })
        .catch(() => undefined);
    };
    acquire();
    // The lock is dropped when the page is hidden (a quick switch to WeChat); take it again on return.
    const onVisible = () => document.visibilityState === 'visible' && acquire();
    document.addEventListener('visibilitychange', onVisible);
    return () => {
      disposed = true;
      document.removeEventListener('visibilitychange', onVisible);
      void sentinel?.release().catch(() => undefined);
    };
  }, [active]);
}

export function playChime(): void {
  if (typeof AudioContext === 'undefined') return;
  const context = new AudioContext();
  const now = context.currentTime;
  [660, 880].forEach((frequency, index) => {
    const oscillator = context.createOscillator();
    const gain = context.createGain();
    oscillator.frequency.value = frequency;
    gain.gain.setValueAtTime(0.0001, now + index * 0.18);
    gain.gain.exponentialRampToValueAtTime(0.2, now + index * 0.18 + 0.03);
    gain.gain.exponentialRampToValueAtTime(0.0001, now + index * 0.18 + 0.4);
    oscillator.connect(gain).connect(context.destination);
    oscillator.start(now + index * 0.18);
    oscillator.stop(now + index * 0.18 + 0.45);
  });
  setTimeout(() => void context.close(), 1000);
}

/** Chimes when the number of other people goes from none to some. */
export function useArrivalChime(othersPresent: boolean): void {
  const before = useRef(othersPresent);
  useEffect(() => {
    if (othersPresent && !before.current) playChime();
    before.current = othersPresent;
  }, [othersPresent]);
}
