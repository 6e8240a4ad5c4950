// Logs a child out after a quiet spell, so the next child never lands in
// someone else's home screen. Pure timer logic here; useIdle wires it to
// pointer events.

/** No taps or pointer moves for this long on home or booking screens: log out. */
export const IDLE_LOGOUT_MS = 90_000;

export interface IdleTimer {
  /** Something happened: start counting again. */
  poke(): void;
  stop(): void;
}

export function createIdleTimer(
  timeoutMs: number,
  onIdle: () => void,
  timers: Pick<typeof globalThis, 'setTimeout' | 'clearTimeout'> = globalThis,
): IdleTimer {
  let handle: ReturnType<typeof setTimeout> | undefined;
  let stopped = false;
  const arm = () => {
    if (handle !== undefined) timers.clearTimeout(handle);
    handle = timers.setTimeout(() => {
      handle = undefined;
      if (!stopped) onIdle();
    }, timeoutMs);
  };
  arm();
  return {
    poke() {
      if (!stopped) arm();
    },
    stop() {
      stopped = true;
      if (handle !== undefined) timers.clearTimeout(handle);
      handle = undefined;
    },
  };
}
