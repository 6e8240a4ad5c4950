// The offline copy of the roster and schedule: the page saves each answer it
// gets from the server and loads them when the server cannot be reached.
import { empty } from '@hhc/common/api/fields';
import type { KioskCache } from '../cache/KioskCache';
import { rosterSchema, scheduleSchema } from '@hhc/common/kiosk/cache';
import { handler } from './define';

export function cacheHandlers(cache: KioskCache) {
  return {
    'cache:save-roster': handler(rosterSchema, (roster) => cache.saveRoster(roster)),
    'cache:save-schedule': handler(scheduleSchema, (schedule) => cache.saveSchedule(schedule)),
    'cache:load': handler(empty, () => cache.load()),
  };
}
