// Kiosk call logs arriving from kiosk outboxes: idempotent by (id, version).
import type { Store } from '../Store';
import type { SqlDatabase } from './connect';

export function kioskCallLogsRepository(database: SqlDatabase): Store['kioskCallLogs'] {
  return {
    async upsert(kiosk, rows, now) {
      return database.write(async (trx) => {
        const accepted: Array<{ id: string; version: number }> = [];
        for (const row of rows) {
          // The row's child must be in the booking: its lead, or a sibling of a family call.
          const booking = await trx
            .selectFrom('bookings')
            .innerJoin('booking_children', 'booking_children.booking_id', 'bookings.id')
            .select('bookings.school_id')
            .where('bookings.id', '=', row.bookingId)
            .where('booking_children.child_id', '=', row.childId)
            .executeTakeFirst();
          if (!booking || booking.school_id !== kiosk.schoolId) continue;
          const existing = await trx
            .selectFrom('kiosk_call_logs')
            .select('kiosk_id')
            .where('id', '=', row.id)
            .executeTakeFirst();
          if (existing && existing.kiosk_id !== kiosk.kioskId) continue; // never overwrite another kiosk's row
          const values = {
            version: row.version,
            kiosk_joined_at: row.kioskJoinedAt,
            kiosk_left_at: row.kioskLeftAt,
            parent_joined_at: row.parentJoinedAt,
            parent_left_at: row.parentLeftAt,
            end_reason: row.endReason,
            quality: JSON.stringify(row.quality),
            feeling: row.feeling,
            received_at: now,
          };
          await trx
            .insertInto('kiosk_call_logs')
            .values({
              ...values,
              id: row.id,
              kiosk_id: kiosk.kioskId,
              booking_id: row.bookingId,
              child_id: row.childId,
              scheduled_start: row.scheduledStart,
            })
            // A resend of an older version never overwrites a newer one.
            .onConflict((oc) =>
              oc
                .column('id')
                .doUpdateSet(values)
                .whereRef('excluded.version', '>', 'kiosk_call_logs.version'),
            )
            .execute();
          accepted.push({ id: row.id, version: row.version });
        }
        return accepted;
      });
    },
  };
}
