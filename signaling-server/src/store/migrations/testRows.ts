// Real rows for the migration tests: a school, a child, a guardian, a booking
// and a call record, written with plain SQL as the version-1 schema has them.
import type { SqlDatabase } from '../sql/connect';
import { exec } from './testing';

/** The rows' instant: epoch milliseconds beyond 2^32, so a 32-bit column would fail. */
export const now = 1_780_000_000_000;

export async function seed(db: SqlDatabase): Promise<void> {
  await exec(db, `INSERT INTO schools (id, name, created_at) VALUES ('s1', '希望小学', ${now})`);
  await exec(
    db,
    `INSERT INTO children (id, school_id, display_name, class_name, avatar, created_at) VALUES ('c1', 's1', '小明', '三年级一班', 'panda', ${now})`,
  );
  await exec(
    db,
    `INSERT INTO guardians (id, child_id, relation, display_name, created_at) VALUES ('g1', 'c1', 'mother', '王丽', ${now})`,
  );
  await exec(
    db,
    `INSERT INTO bookings (id, school_id, child_id, guardian_id, start_at, end_at, status, created_by_kind, created_by_id, created_at, updated_at)
     VALUES ('b1', 's1', 'c1', 'g1', ${now + 3_600_000}, ${now + 4_500_000}, 'confirmed', 'staff', 't1', ${now}, ${now})`,
  );
  await exec(
    db,
    `INSERT INTO call_records (id, booking_id, participant, joined_at) VALUES ('r1', 'b1', 'kiosk', ${now})`,
  );
}
