// Jobs that keep the data honest over time: settle bookings whose slot ended
// (also right after a restart), drop expired teacher sessions, and apply the
// retention setting to old call records and each school's to voice messages.
import type { CallTracker } from './calls/CallTracker';
import type { Logger } from './logger';
import type { Store } from './store/Store';
import { instantToZoned } from './domain/time';

const SETTLE_EVERY_MS = 30_000;
const CLEANUP_EVERY_MS = 60 * 60_000;
const DAY_MS = 86_400_000;

export interface HousekeepingDeps {
  store: Store;
  calls: CallTracker;
  now: () => number;
  log: Logger;
  retention?: { days: number; mode: 'counts' | 'delete' };
}

export async function applyRetention(deps: HousekeepingDeps): Promise<number> {
  if (!deps.retention) return 0;
  const zones = new Map((await deps.store.schools.list()).map((school) => [school.id, school.timeZone]));
  const monthKeyOf = (instant: number, schoolId: string) =>
    instantToZoned(instant, zones.get(schoolId) ?? 'Asia/Shanghai').date.slice(0, 7);
  return deps.store.retention.apply(
    deps.now() - deps.retention.days * DAY_MS,
    deps.retention.mode,
    monthKeyOf,
  );
}

export function startHousekeeping(deps: HousekeepingDeps): () => void {
  const run = (what: string, job: () => Promise<unknown>) => () => {
    job().catch((error: unknown) => deps.log.error({ err: error, job: what }, 'housekeeping job failed'));
  };
  const settle = run('settle', () => deps.calls.settle());
  const cleanup = run('cleanup', async () => {
    await deps.store.sessions.deleteExpired(deps.now());
    const removed = await applyRetention(deps);
    if (removed > 0) deps.log.info({ removed, mode: deps.retention?.mode }, 'retention applied to old calls');
    // A message and its audio go together: the audio is in the row.
    const messages = await deps.store.messages.deleteExpired(deps.now());
    if (messages > 0) deps.log.info({ messages }, 'expired voice messages deleted');
  });
  settle();
  cleanup();
  const timers = [setInterval(settle, SETTLE_EVERY_MS), setInterval(cleanup, CLEANUP_EVERY_MS)];
  for (const timer of timers) timer.unref();
  return () => timers.forEach(clearInterval);
}
