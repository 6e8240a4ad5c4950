import fs from 'node:fs';
import path from 'node:path';
import { describe, expect, it, vi } from 'vitest';
import { manualClock, T0, tempDir } from '../testing';
import { roster, schedule } from './fixtures';
import { KioskCache } from './KioskCache';

function setup() {
  const dir = tempDir();
  const clock = manualClock();
  const warn = vi.fn();
  return { dir, clock, warn, cache: new KioskCache(dir, { now: clock.now, warn }) };
}

describe('KioskCache', () => {
  it('is empty before the first sync', async () => {
    const { cache, warn } = setup();
    expect(await cache.load()).toEqual({ roster: null, schedule: null });
    expect(warn).not.toHaveBeenCalled();
  });

  it('gives back what was saved, with when, also to a new instance (a restart)', async () => {
    const { cache, clock, dir } = setup();
    expect(await cache.saveRoster(roster)).toEqual({ savedAt: T0 });
    clock.advance(5_000);
    await cache.saveSchedule(schedule);
    const loaded = await new KioskCache(dir).load();
    expect(loaded.roster).toEqual({ ...roster, savedAt: T0 });
    expect(loaded.schedule).toEqual({ ...schedule, savedAt: T0 + 5_000 });
  });

  it('keeps the newest of overlapping saves', async () => {
    const { cache, clock } = setup();
    const saves = [1, 2, 3, 4, 5].map((n) => {
      clock.advance(1);
      return cache.saveSchedule({ ...schedule, generatedAt: T0 + n });
    });
    await Promise.all(saves);
    expect((await cache.load()).schedule?.generatedAt).toBe(T0 + 5);
  });

  it('refuses to store a malformed answer', async () => {
    const { cache } = setup();
    await expect(
      cache.saveRoster({ ...roster, children: [{ ...roster.children[0]!, id: 'DROP TABLE' }] }),
    ).rejects.toThrow();
    expect((await cache.load()).roster).toBeNull();
  });

  it('ignores a damaged or foreign file with a warning instead of failing the kiosk', async () => {
    const { cache, dir, warn } = setup();
    await cache.saveRoster(roster);
    await cache.saveSchedule(schedule);
    fs.writeFileSync(path.join(dir, 'roster.json'), '{"format":1,"savedAt":');
    fs.writeFileSync(path.join(dir, 'schedule.json'), JSON.stringify({ format: 99, savedAt: 1, data: {} }));
    expect(await cache.load()).toEqual({ roster: null, schedule: null });
    expect(warn).toHaveBeenCalledTimes(2);
    // The next save repairs it.
    await cache.saveRoster(roster);
    expect((await cache.load()).roster?.children).toHaveLength(1);
  });

  it('forgets everything when cleared', async () => {
    const { cache, dir } = setup();
    await cache.saveRoster(roster);
    await cache.saveSchedule(schedule);
    await cache.clear();
    expect(await cache.load()).toEqual({ roster: null, schedule: null });
    expect(fs.readdirSync(dir)).toEqual([]);
  });
});
