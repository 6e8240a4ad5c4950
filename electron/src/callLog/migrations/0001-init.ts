// The first call log schema: one row per call attempt, written as the call
// happens, and an outbox of rows the server does not have yet. Instants are
// UTC epoch milliseconds. No names or phone numbers: the relation is enough
// for a teacher reading the log, the server holds the rest.
import type { Migration } from './runner';

export const migration0001: Migration = {
  version: 1,
  name: 'init',
  up(db) {
    db.exec(`
      CREATE TABLE call_attempts (
        -- Made on the kiosk (a UUID), so the server can dedupe a row sent twice.
        id TEXT PRIMARY KEY,
        booking_id TEXT NOT NULL,
        child_id TEXT NOT NULL,
        guardian_relation TEXT NOT NULL CHECK (guardian_relation IN
          ('mother', 'father', 'grandmother', 'grandfather', 'aunt', 'uncle', 'sibling', 'other')),
        scheduled_start INTEGER NOT NULL,
        scheduled_end INTEGER NOT NULL,
        kiosk_joined_at INTEGER,
        kiosk_left_at INTEGER,
        parent_joined_at INTEGER,
        parent_left_at INTEGER,
        end_reason TEXT CHECK (end_reason IN
          ('hung-up', 'slot-ended', 'parent-no-show', 'connection-lost', 'booking-changed', 'interrupted')),
        quality_samples INTEGER NOT NULL DEFAULT 0 CHECK (quality_samples >= 0),
        avg_bitrate_kbps REAL,
        worst_bitrate_kbps REAL,
        avg_packet_loss_pct REAL,
        worst_packet_loss_pct REAL,
        audio_only_used INTEGER NOT NULL DEFAULT 0 CHECK (audio_only_used IN (0, 1)),
        feeling TEXT CHECK (feeling IN ('happy', 'ok', 'sad')),
        version INTEGER NOT NULL DEFAULT 1 CHECK (version >= 1),
        created_at INTEGER NOT NULL,
        updated_at INTEGER NOT NULL,
        CHECK (scheduled_end > scheduled_start)
      );
      -- Teacher mode lists recent calls, by date and by child.
      CREATE INDEX call_attempts_by_start ON call_attempts (scheduled_start);
      CREATE INDEX call_attempts_by_child ON call_attempts (child_id, scheduled_start);

      -- A row is here while the server lacks its current version. The version
      -- itself lives on the row: marking synced compares against it, so a row
      -- changed after it was read stays here.
      CREATE TABLE sync_outbox (
        attempt_id TEXT PRIMARY KEY REFERENCES call_attempts (id) ON DELETE CASCADE,
        enqueued_at INTEGER NOT NULL,
        -- Sends this row was in that the server did not accept; drives its backoff.
        failures INTEGER NOT NULL DEFAULT 0,
        next_attempt_at INTEGER NOT NULL DEFAULT 0
      );
      CREATE INDEX sync_outbox_due ON sync_outbox (next_attempt_at, enqueued_at);
    `);
  },
};
