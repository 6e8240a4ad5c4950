import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { ConnectClock, MEDIA_CONNECT_TIMEOUT_MS } from './connectClock';

describe('the time media gets to connect', () => {
  beforeEach(() => vi.useFakeTimers());
  afterEach(() => vi.useRealTimers());

  it('gives up once, after the full time, unless media connected first', () => {
    const giveUp = vi.fn();
    const clock = new ConnectClock(giveUp);
    clock.start();
    vi.advanceTimersByTime(MEDIA_CONNECT_TIMEOUT_MS - 1);
    expect(giveUp).not.toHaveBeenCalled();
    vi.advanceTimersByTime(1);
    expect(giveUp).toHaveBeenCalledTimes(1);
    vi.advanceTimersByTime(MEDIA_CONNECT_TIMEOUT_MS * 3);
    expect(giveUp).toHaveBeenCalledTimes(1);

    clock.start();
    vi.advanceTimersByTime(1_000);
    clock.stop(); // connected
    vi.advanceTimersByTime(MEDIA_CONNECT_TIMEOUT_MS * 3);
    expect(giveUp).toHaveBeenCalledTimes(1);
  });

  it('is not reset by ICE restarts before media ever connected, but is after it did', () => {
    const giveUp = vi.fn();
    const clock = new ConnectClock(giveUp, 10_000);
    clock.start();
    // ICE failing fast, again and again: the join's clock keeps running.
    for (let i = 0; i < 9; i++) {
      vi.advanceTimersByTime(1_000);
      clock.startIfStopped();
    }
    vi.advanceTimersByTime(1_000);
    expect(giveUp).toHaveBeenCalledTimes(1);

    // Connected, then ICE failed mid-call: a fresh full time.
    clock.start();
    clock.stop();
    vi.advanceTimersByTime(60_000);
    clock.startIfStopped();
    vi.advanceTimersByTime(9_999);
    expect(giveUp).toHaveBeenCalledTimes(1);
    vi.advanceTimersByTime(1);
    expect(giveUp).toHaveBeenCalledTimes(2);
  });
});
