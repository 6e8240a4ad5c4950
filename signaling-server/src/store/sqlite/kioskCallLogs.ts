// Kiosk call logs arriving from kiosk outboxes: idempotent by (id, version).
import type { Db } from '../db';
import type { Store } from '../Store';

export function kioskCallLogsRepository(db: Db): Store['kioskCallLogs'] {
  const bookingOf = db.prepare('SELECT school_id, child_id FROM bookings WHERE id = ?');
  const current = db.prepare('SELECT kiosk_id, version FROM kiosk_call_logs WHERE id = ?');
  const write = db.prepare(
    `INSERT INTO kiosk_call_logs (id, kiosk_id, booking_id, child_id, version, scheduled_start, kiosk_joined_at, kiosk_left_at,
       parent_joined_at, parent_left_at, end_reason, quality, feeling, received_at)
     VALUES (@id, @kioskId, @bookingId, @childId, @version, @scheduledStart, @kioskJoinedAt, @kioskLeftAt,
       @parentJoinedAt, @parentLeftAt, @endReason, @quality, @feeling, @receivedAt)
     ON CONFLICT (id) DO UPDATE SET version = excluded.version, kiosk_joined_at = excluded.kiosk_joined_at,
       kiosk_left_at = excluded.kiosk_left_at, parent_joined_at = excluded.parent_joined_at,
       parent_left_at = excluded.parent_left_at, end_reason = excluded.end_reason, quality = excluded.quality,
       feeling = excluded.feeling, received_at = excluded.received_at
     WHERE excluded.version > kiosk_call_logs.version`,
  );
  return {
    async upsert(kiosk, rows, now) {
      return db.transaction(() => {
        const accepted: Array<{ id: string; version: number }> = [];
        for (const row of rows) {
          const booking = bookingOf.get(row.bookingId) as { school_id: string; child_id: string } | undefined;
          if (!booking || booking.school_id !== kiosk.schoolId || booking.child_id !== row.childId) continue;
          const existing = current.get(row.id) as { kiosk_id: string; version: number } | undefined;
          if (existing && existing.kiosk_id !== kiosk.kioskId) continue; // never overwrite another kiosk's row
          write.run({
            ...row,
            kioskId: kiosk.kioskId,
            quality: JSON.stringify(row.quality),
            receivedAt: now,
          });
          accepted.push({ id: row.id, version: row.version });
        }
        return accepted;
      })();
    },
  };
}
