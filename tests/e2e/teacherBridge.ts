// The kiosk's main process as a page sees it through `hhcKioskInvoke`, for
// teacher-mode tests: the pairing, a cache that keeps nothing, and a call log
// holding the given rows. (electron/ is a CommonJS package that Playwright's
// ES-module loader cannot import, so its real handlers are not run here; they
// have their own tests.)
import { randomUUID } from 'node:crypto';
import type { RecentCall } from '../../common/kiosk/callLog';

export function kioskMainProcess(pairing: { serverUrl: string; credential: string }, calls: RecentCall[]) {
  return async (channel: string, input: unknown) => {
    switch (channel) {
      case 'pairing:get':
        return { ok: true, value: pairing };
      case 'calls:recent': {
        const filter = input as { from?: number; to?: number; childId?: string };
        const rows = calls.filter(
          (call) =>
            (filter.from === undefined || call.scheduledStart >= filter.from) &&
            (filter.to === undefined || call.scheduledStart < filter.to) &&
            (filter.childId === undefined || call.childId === filter.childId),
        );
        return { ok: true, value: rows };
      }
      case 'kiosk:info':
        return { ok: true, value: { serverUrl: pairing.serverUrl, appVersion: 'e2e' } };
      case 'cache:load':
        return { ok: true, value: { roster: null, schedule: null } };
      default:
        return { ok: true, value: {} };
    }
  };
}

/** One row of the kiosk's own log, a 13-minute call that went well: the lead child and the lead guardian's relation only. */
export function logRow(childId: string, bookingId: string, start: number): RecentCall {
  return {
    id: randomUUID(),
    bookingId,
    childId,
    guardianRelation: 'mother',
    scheduledStart: start,
    scheduledEnd: start + 15 * 60_000,
    kioskJoinedAt: start + 30_000,
    kioskLeftAt: start + 13 * 60_000,
    parentJoinedAt: start + 60_000,
    parentLeftAt: start + 13 * 60_000,
    endReason: 'hung-up',
    quality: {
      samples: 20,
      avgBitrateKbps: 820,
      worstBitrateKbps: 300,
      avgPacketLossPct: 1.2,
      worstPacketLossPct: 4,
      audioOnlyUsed: false,
    },
    feeling: 'happy',
    version: 3,
    createdAt: start,
    updatedAt: start + 13 * 60_000,
    synced: true,
  };
}
