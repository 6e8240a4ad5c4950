// How long a logged call really was: talking starts when both ends are in and
// stops when the first one leaves (a child waiting alone is not a call).
import type { RecentCall } from '@hhc/common/kiosk/callLog';

type Times = Pick<RecentCall, 'kioskJoinedAt' | 'parentJoinedAt' | 'kioskLeftAt' | 'parentLeftAt'>;

export function callMinutes(call: Times): number {
  if (call.kioskJoinedAt === null || call.parentJoinedAt === null) return 0;
  const start = Math.max(call.kioskJoinedAt, call.parentJoinedAt);
  const ends = [call.kioskLeftAt, call.parentLeftAt].filter((v): v is number => v !== null);
  if (ends.length === 0) return 0;
  return Math.max(0, Math.round((Math.min(...ends) - start) / 60_000));
}
