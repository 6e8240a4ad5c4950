// The kiosks' own call logs, synced from their outboxes: one row per call
// attempt as the kiosk saw it (join and leave times, quality, the child's
// feeling). Rows carry the kiosk's version so a resend never goes backwards.
import { runScript, types, type Migration } from './runner';

export const migration0002: Migration = {
  version: 2,
  name: 'kiosk-call-logs',
  async up(db, engine) {
    const t = types(engine);
    await runScript(
      db,
      `
      CREATE TABLE kiosk_call_logs (
        id TEXT PRIMARY KEY,
        kiosk_id TEXT NOT NULL REFERENCES kiosks(id) ON DELETE CASCADE,
        booking_id TEXT NOT NULL REFERENCES bookings(id) ON DELETE CASCADE,
        child_id TEXT NOT NULL REFERENCES children(id) ON DELETE CASCADE,
        version INTEGER NOT NULL,
        scheduled_start ${t.instant} NOT NULL,
        kiosk_joined_at ${t.instant},
        kiosk_left_at ${t.instant},
        parent_joined_at ${t.instant},
        parent_left_at ${t.instant},
        end_reason TEXT,
        quality TEXT NOT NULL,
        feeling TEXT,
        received_at ${t.instant} NOT NULL
      );
      CREATE INDEX kiosk_call_logs_booking ON kiosk_call_logs(booking_id);
    `,
    );
  },
};
