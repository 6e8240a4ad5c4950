// The first schema: schools, staff, kiosks, children, guardians, weekly call
// windows, closed dates, bookings and call records. Instants are UTC epoch
// milliseconds; local dates 'YYYY-MM-DD'; times of day minutes after midnight.
// Secrets (passwords, PINs, tokens, credentials) are stored only as hashes.
// No photos: a child's avatar is the id of a picture from the app's own set.
import { runScript, types, type Migration } from './runner';

export const migration0001: Migration = {
  version: 1,
  name: 'init',
  async up(db, engine) {
    const t = types(engine);
    await runScript(
      db,
      `
      CREATE TABLE schools (
        id TEXT PRIMARY KEY,
        name TEXT NOT NULL,
        time_zone TEXT NOT NULL DEFAULT 'Asia/Shanghai',
        child_bookings_need_approval INTEGER NOT NULL DEFAULT 0,
        parents_may_request INTEGER NOT NULL DEFAULT 1,
        min_notice_minutes INTEGER NOT NULL DEFAULT 30,
        max_calls_per_child_per_week INTEGER NOT NULL DEFAULT 2,
        join_early_minutes INTEGER NOT NULL DEFAULT 10,
        created_at ${t.instant} NOT NULL
      );

      CREATE TABLE staff (
        id TEXT PRIMARY KEY,
        school_id TEXT REFERENCES schools(id) ON DELETE CASCADE,
        role TEXT NOT NULL CHECK (role IN ('teacher', 'admin')),
        username TEXT NOT NULL UNIQUE${t.nocase},
        display_name TEXT NOT NULL,
        password_hash TEXT NOT NULL,
        disabled INTEGER NOT NULL DEFAULT 0,
        created_at ${t.instant} NOT NULL,
        CHECK (role = 'admin' OR school_id IS NOT NULL)
      );
      ${t.usernameIndex}

      CREATE TABLE staff_sessions (
        token_hash TEXT PRIMARY KEY,
        staff_id TEXT NOT NULL REFERENCES staff(id) ON DELETE CASCADE,
        created_at ${t.instant} NOT NULL,
        expires_at ${t.instant} NOT NULL
      );
      CREATE INDEX staff_sessions_expiry ON staff_sessions(expires_at);

      CREATE TABLE kiosks (
        id TEXT PRIMARY KEY,
        school_id TEXT NOT NULL REFERENCES schools(id) ON DELETE CASCADE,
        name TEXT NOT NULL,
        credential_hash TEXT UNIQUE,
        pairing_code_hash TEXT UNIQUE,
        pairing_expires_at ${t.instant},
        paired_at ${t.instant},
        revoked_at ${t.instant},
        last_seen_at ${t.instant},
        created_at ${t.instant} NOT NULL
      );

      CREATE TABLE children (
        id TEXT PRIMARY KEY,
        school_id TEXT NOT NULL REFERENCES schools(id) ON DELETE CASCADE,
        display_name TEXT NOT NULL,
        class_name TEXT NOT NULL,
        avatar TEXT NOT NULL,
        pin_hash TEXT,
        consent_at TEXT,
        consent_by TEXT,
        consent_recorded_by TEXT REFERENCES staff(id) ON DELETE SET NULL,
        archived INTEGER NOT NULL DEFAULT 0,
        created_at ${t.instant} NOT NULL
      );
      CREATE INDEX children_school ON children(school_id, archived, class_name);

      CREATE TABLE guardians (
        id TEXT PRIMARY KEY,
        child_id TEXT NOT NULL REFERENCES children(id) ON DELETE CASCADE,
        relation TEXT NOT NULL,
        display_name TEXT NOT NULL,
        phone TEXT,
        link_token_hash TEXT UNIQUE,
        link_created_at ${t.instant},
        link_revoked_at ${t.instant},
        created_at ${t.instant} NOT NULL
      );
      CREATE INDEX guardians_child ON guardians(child_id);

      CREATE TABLE call_windows (
        id TEXT PRIMARY KEY,
        school_id TEXT NOT NULL REFERENCES schools(id) ON DELETE CASCADE,
        weekday INTEGER NOT NULL CHECK (weekday BETWEEN 1 AND 7),
        start_minute INTEGER NOT NULL CHECK (start_minute BETWEEN 0 AND 1439),
        end_minute INTEGER NOT NULL CHECK (end_minute BETWEEN 1 AND 1440),
        slot_minutes INTEGER NOT NULL CHECK (slot_minutes BETWEEN 5 AND 240),
        capacity INTEGER NOT NULL CHECK (capacity BETWEEN 1 AND 100),
        valid_from TEXT NOT NULL,
        valid_until TEXT,
        created_at ${t.instant} NOT NULL,
        CHECK (end_minute > start_minute)
      );
      CREATE INDEX call_windows_school ON call_windows(school_id);

      CREATE TABLE closed_dates (
        school_id TEXT NOT NULL REFERENCES schools(id) ON DELETE CASCADE,
        date TEXT NOT NULL,
        reason TEXT NOT NULL DEFAULT '',
        PRIMARY KEY (school_id, date)
      );

      CREATE TABLE bookings (
        id TEXT PRIMARY KEY,
        school_id TEXT NOT NULL REFERENCES schools(id) ON DELETE CASCADE,
        child_id TEXT NOT NULL REFERENCES children(id) ON DELETE CASCADE,
        guardian_id TEXT NOT NULL REFERENCES guardians(id) ON DELETE CASCADE,
        kiosk_id TEXT REFERENCES kiosks(id) ON DELETE SET NULL,
        start_at ${t.instant} NOT NULL,
        end_at ${t.instant} NOT NULL,
        status TEXT NOT NULL CHECK (status IN
          ('requested', 'confirmed', 'in_progress', 'completed', 'cancelled', 'missed_by_child', 'missed_by_parent')),
        created_by_kind TEXT NOT NULL CHECK (created_by_kind IN ('child', 'staff', 'guardian')),
        created_by_id TEXT NOT NULL,
        cancel_reason TEXT,
        created_at ${t.instant} NOT NULL,
        updated_at ${t.instant} NOT NULL,
        CHECK (end_at > start_at)
      );
      CREATE INDEX bookings_school_time ON bookings(school_id, start_at);
      CREATE INDEX bookings_child_time ON bookings(child_id, start_at);
      CREATE INDEX bookings_guardian_time ON bookings(guardian_id, start_at);
      CREATE INDEX bookings_open ON bookings(status, end_at);

      CREATE TABLE call_records (
        id TEXT PRIMARY KEY,
        booking_id TEXT NOT NULL REFERENCES bookings(id) ON DELETE CASCADE,
        participant TEXT NOT NULL CHECK (participant IN ('kiosk', 'parent')),
        joined_at ${t.instant} NOT NULL,
        left_at ${t.instant},
        end_reason TEXT
      );
      CREATE INDEX call_records_booking ON call_records(booking_id);

      -- What remains of call records past the retention period: counts only.
      CREATE TABLE call_counts (
        school_id TEXT NOT NULL REFERENCES schools(id) ON DELETE CASCADE,
        child_id TEXT NOT NULL REFERENCES children(id) ON DELETE CASCADE,
        month TEXT NOT NULL,
        completed INTEGER NOT NULL DEFAULT 0,
        minutes INTEGER NOT NULL DEFAULT 0,
        PRIMARY KEY (child_id, month)
      );
    `,
    );
  },
};
