// The kiosk's offline copy of the school's roster and schedule, so that the
// picture login and "your next call" still show when the internet is down.
//
// Stored as two JSON files written atomically, not in the call log database:
// the cache is a disposable snapshot, always replaced whole and read whole,
// never queried. Kept apart, a cache format change never needs a migration
// of the call log (which cannot be thrown away), and a cache file that does
// not parse is simply ignored until the server sends the next one.
import fs from 'node:fs/promises';
import path from 'node:path';
import type { z } from 'zod';
import { removeFileDurably, writeFileAtomic } from '../atomicFile';
import {
  rosterSchema,
  scheduleSchema,
  type CachedData,
  type Saved,
  type RosterAnswer,
  type ScheduleAnswer,
} from '@hhc/common/kiosk/cache';

/** Bumped when the stored shape changes; an older file is ignored, not misread. */
const FORMAT = 1;

export type { CachedData, Saved } from '@hhc/common/kiosk/cache';

export interface KioskCacheOptions {
  now?: () => number;
  warn?: (message: string) => void;
}

type Part = 'roster' | 'schedule';
const schemas: { [P in Part]: z.ZodType<P extends 'roster' ? RosterAnswer : ScheduleAnswer> } = {
  roster: rosterSchema,
  schedule: scheduleSchema,
};

export class KioskCache {
  private readonly now: () => number;
  private readonly warn: (message: string) => void;
  /** Writes to one file in order: a slow older save must not land after a newer one. */
  private readonly queues = new Map<Part, Promise<unknown>>();

  constructor(
    private readonly dir: string,
    options: KioskCacheOptions = {},
  ) {
    this.now = options.now ?? Date.now;
    this.warn = options.warn ?? ((message) => console.warn(message));
  }

  async saveRoster(roster: RosterAnswer): Promise<{ savedAt: number }> {
    return this.save('roster', rosterSchema.parse(roster));
  }

  async saveSchedule(schedule: ScheduleAnswer): Promise<{ savedAt: number }> {
    return this.save('schedule', scheduleSchema.parse(schedule));
  }

  async load(): Promise<CachedData> {
    const [roster, schedule] = await Promise.all([this.read('roster'), this.read('schedule')]);
    return { roster, schedule };
  }

  /** Forgets everything, e.g. when the kiosk is unpaired: children's names leave the disk with it. */
  async clear(): Promise<void> {
    await Promise.all(
      (['roster', 'schedule'] as const).map((part) =>
        this.enqueue(part, () => removeFileDurably(this.file(part))),
      ),
    );
  }

  private save(part: Part, data: unknown): Promise<{ savedAt: number }> {
    const savedAt = this.now();
    return this.enqueue(part, async () => {
      await writeFileAtomic(this.file(part), JSON.stringify({ format: FORMAT, savedAt, data }));
      return { savedAt };
    });
  }

  private async read<P extends Part>(part: P): Promise<Saved<z.output<(typeof schemas)[P]>> | null> {
    let text: string;
    try {
      text = await fs.readFile(this.file(part), 'utf8');
    } catch (error) {
      if ((error as NodeJS.ErrnoException).code === 'ENOENT') return null;
      throw error;
    }
    try {
      const stored = JSON.parse(text) as { format?: unknown; savedAt?: unknown; data?: unknown };
      if (stored.format !== FORMAT || typeof stored.savedAt !== 'number') throw new Error('unknown format');
      const data = schemas[part].parse(stored.data) as z.output<(typeof schemas)[P]>;
      return { ...data, savedAt: stored.savedAt };
    } catch {
      this.warn(`kiosk cache: ignoring unreadable ${part} cache; it is replaced on the next sync`);
      return null;
    }
  }

  private enqueue<T>(part: Part, job: () => Promise<T>): Promise<T> {
    const previous = this.queues.get(part) ?? Promise.resolve();
    const next = previous.then(job, job);
    this.queues.set(
      part,
      next.catch(() => undefined),
    );
    return next;
  }

  private file(part: Part): string {
    return path.join(this.dir, `${part}.json`);
  }
}
