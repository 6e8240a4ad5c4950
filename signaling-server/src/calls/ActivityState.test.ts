import { afterEach, describe, expect, it, vi } from 'vitest';
import { CallActivities } from './ActivityState';

afterEach(() => vi.useRealTimers());

describe('CallActivities', () => {
  it('keeps an empty call’s state for the grace period, and forgets it after', () => {
    vi.useFakeTimers();
    const activities = new CallActivities(1_000);
    activities.act('call', { type: 'book', bookId: 'moon' }, 'kiosk');
    activities.emptied('call');
    vi.advanceTimersByTime(900);
    activities.occupied('call'); // someone rejoined in time
    vi.advanceTimersByTime(5_000);
    expect(activities.snapshot('call').book).toEqual({ id: 'moon', page: 0 });

    activities.emptied('call');
    vi.advanceTimersByTime(1_001);
    expect(activities.size).toBe(0);
    expect(activities.snapshot('call').seq).toBe(0);
    expect(activities.summary('call')).toEqual({ used: ['book'], kept: false });
  });

  it('refuses with a coded error and leaves the state as it was', () => {
    const activities = new CallActivities();
    expect(() => activities.act('call', { type: 'keep' }, 'parent')).toThrow(
      expect.objectContaining({ code: 'BAD_REQUEST', reason: 'child-only' }),
    );
    expect(activities.snapshot('call').seq).toBe(0);
    expect(activities.act('call', { type: 'keep' }, 'kiosk')).toEqual({ seq: 1, summaryChanged: true });
    expect(activities.act('call', { type: 'point', x: 1, y: 1 }, 'kiosk')).toEqual({
      seq: 2,
      summaryChanged: false,
    });
    expect(activities.summary('call')).toEqual({ used: [], kept: true });
  });
});
