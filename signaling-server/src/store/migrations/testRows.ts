// Real rows for the migration tests: a school, a child, a guardian, a booking
// and a call record, written with plain SQL as the version-1 schema has them.
import Database from 'better-sqlite3';

export function freshDb() {
  const db = new Database(':memory:');
  db.pragma('foreign_keys = ON');
  return db;
}

export function seed(db: Database.Database) {
  const now = Date.now();
  db.prepare("INSERT INTO schools (id, name, created_at) VALUES ('s1', '希望小学', ?)").run(now);
  db.prepare(
    "INSERT INTO children (id, school_id, display_name, class_name, avatar, created_at) VALUES ('c1', 's1', '小明', '三年级一班', 'panda', ?)",
  ).run(now);
  db.prepare(
    "INSERT INTO guardians (id, child_id, relation, display_name, created_at) VALUES ('g1', 'c1', 'mother', '王丽', ?)",
  ).run(now);
  db.prepare(
    `INSERT INTO bookings (id, school_id, child_id, guardian_id, start_at, end_at, status, created_by_kind, created_by_id, created_at, updated_at)
     VALUES ('b1', 's1', 'c1', 'g1', ?, ?, 'confirmed', 'staff', 't1', ?, ?)`,
  ).run(now + 3_600_000, now + 4_500_000, now, now);
  db.prepare(
    "INSERT INTO call_records (id, booking_id, participant, joined_at) VALUES ('r1', 'b1', 'kiosk', ?)",
  ).run(now);
}
