import { afterEach, describe, expect, it, vi } from 'vitest';
import { KeepAwake } from './keepAwake';
import { fakeBlocker } from './testing';

afterEach(() => {
  vi.useRealTimers();
});

describe('KeepAwake', () => {
  it('keeps the display awake from call start to call end, once however often it is told', () => {
    const blocker = fakeBlocker();
    const keep = new KeepAwake(blocker);
    expect(keep.callStarted()).toEqual({ awake: true });
    keep.callStarted();
    expect(blocker.start).toHaveBeenCalledTimes(1);
    expect(blocker.start).toHaveBeenCalledWith('prevent-display-sleep');
    expect(keep.awake).toBe(true);
    expect(keep.callEnded()).toEqual({ awake: false });
    keep.callEnded();
    expect(blocker.stop).toHaveBeenCalledTimes(1);
    expect(blocker.started.size).toBe(0);
  });

  it('lets the screen sleep again if the end of a call is never reported', () => {
    vi.useFakeTimers();
    const blocker = fakeBlocker();
    const keep = new KeepAwake(blocker, 60_000);
    keep.callStarted();
    vi.advanceTimersByTime(59_999);
    expect(keep.awake).toBe(true);
    vi.advanceTimersByTime(1);
    expect(keep.awake).toBe(false);
  });
});
