// A call whose media never connected (blocked network, 15 s without media) is
// not a call that dropped: the teacher needs to tell "this kiosk's network
// blocks calls" from "the line broke". SQLite cannot change a CHECK in place,
// so the table is rebuilt the documented way (new table, copy, drop, rename)
// with foreign keys off, so the outbox's rows that point at it stay.
import type { Migration } from './runner';

export const migration0003: Migration = {
  version: 3,
  name: 'could-not-connect',
  foreignKeysOff: true,
  up(db) {
    db.exec(`
      CREATE TABLE call_attempts_new (
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
          ('hung-up', 'slot-ended', 'parent-no-show', 'connection-lost', 'could-not-connect',
           'booking-changed', 'interrupted')),
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
        activities TEXT NOT NULL DEFAULT '' CHECK (activities NOT GLOB '*[^a-z,]*'),
        CHECK (scheduled_end > scheduled_start)
      );
      INSERT INTO call_attempts_new (
        id, booking_id, child_id, guardian_relation, scheduled_start, scheduled_end,
        kiosk_joined_at, kiosk_left_at, parent_joined_at, parent_left_at, end_reason,
        quality_samples, avg_bitrate_kbps, worst_bitrate_kbps, avg_packet_loss_pct,
        worst_packet_loss_pct, audio_only_used, feeling, version, created_at, updated_at, activities)
      SELECT
        id, booking_id, child_id, guardian_relation, scheduled_start, scheduled_end,
        kiosk_joined_at, kiosk_left_at, parent_joined_at, parent_left_at, end_reason,
        quality_samples, avg_bitrate_kbps, worst_bitrate_kbps, avg_packet_loss_pct,
        worst_packet_loss_pct, audio_only_used, feeling, version, created_at, updated_at, activities
      FROM call_attempts;
      DROP TABLE call_attempts;
      ALTER TABLE call_attempts_new RENAME TO call_attempts;
      CREATE INDEX call_attempts_by_start ON call_attempts (scheduled_start);
      CREATE INDEX call_attempts_by_child ON call_attempts (child_id, scheduled_start);
    `);
  },
};
