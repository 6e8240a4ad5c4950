import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { createIdleTimer, IDLE_LOGOUT_MS } from './idle';

describe('createIdleTimer', () => {
  beforeEach(() => vi.useFakeTimers());
  afterEach(() => vi.useRealTimers());

  it('fires once after the quiet spell', () => {
    const onIdle = vi.fn();
    createIdleTimer(IDLE_LOGOUT_MS, onIdle);
    vi.advanceTimersByTime(IDLE_LOGOUT_MS - 1);
    expect(onIdle).not.toHaveBeenCalled();
    vi.advanceTimersByTime(1);
    expect(onIdle).toHaveBeenCalledTimes(1);
    vi.advanceTimersByTime(IDLE_LOGOUT_MS * 3);
    expect(onIdle).toHaveBeenCalledTimes(1);
  });

  it('starts counting again on every poke', () => {
    const onIdle = vi.fn();
    const timer = createIdleTimer(1_000, onIdle);
    for (let i = 0; i < 5; i++) {
      vi.advanceTimersByTime(900);
      timer.poke();
    }
    expect(onIdle).not.toHaveBeenCalled();
    vi.advanceTimersByTime(1_000);
    expect(onIdle).toHaveBeenCalledTimes(1);
  });

  it('never fires once stopped, even when poked', () => {
    const onIdle = vi.fn();
    const timer = createIdleTimer(1_000, onIdle);
    timer.stop();
    timer.poke();
    vi.advanceTimersByTime(5_000);
    expect(onIdle).not.toHaveBeenCalled();
  });
});
