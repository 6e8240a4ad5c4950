// Migrates an empty database (version 0) to 0001 and checks real rows,
// constraints and cascades.
import { describe, expect, it } from 'vitest';
import { currentVersion, migrate } from './runner';
import { freshDb, seed } from './testRows';

describe('migration 0001-init', () => {
  it('moves an empty database from version 0 to 1', () => {
    const db = freshDb();
    expect(currentVersion(db)).toBe(0);
    expect(migrate(db, 1)).toBe(1);
    expect(migrate(db, 1)).toBe(1); // idempotent
    seed(db);
    const school = db.prepare('SELECT * FROM schools').get() as Record<string, unknown>;
    expect(school).toMatchObject({
      name: '希望小学',
      time_zone: 'Asia/Shanghai',
      min_notice_minutes: 30,
      max_calls_per_child_per_week: 2,
    });
  });

  it('enforces the constraints that protect the data', () => {
    const db = freshDb();
    migrate(db, 1);
    seed(db);
    const now = Date.now();
    // A booking must end after it starts and have a known status.
    expect(() =>
      db
        .prepare(
          `INSERT INTO bookings (id, school_id, child_id, guardian_id, start_at, end_at, status, created_by_kind, created_by_id, created_at, updated_at)
           VALUES ('b2', 's1', 'c1', 'g1', 10, 5, 'confirmed', 'staff', 't', ?, ?)`,
        )
        .run(now, now),
    ).toThrow(/CHECK/);
    expect(() => db.prepare("UPDATE bookings SET status = 'whatever' WHERE id = 'b1'").run()).toThrow(
      /CHECK/,
    );
    // A teacher belongs to a school; a window ends after it starts.
    expect(() =>
      db
        .prepare(
          "INSERT INTO staff (id, role, username, display_name, password_hash, created_at) VALUES ('t', 'teacher', 'x', 'x', 'h', 1)",
        )
        .run(),
    ).toThrow(/CHECK/);
    expect(() =>
      db
        .prepare(
          "INSERT INTO call_windows (id, school_id, weekday, start_minute, end_minute, slot_minutes, capacity, valid_from, created_at) VALUES ('w', 's1', 1, 600, 600, 15, 1, '2026-01-01', 1)",
        )
        .run(),
    ).toThrow(/CHECK/);
    // Foreign keys are real.
    expect(() =>
      db
        .prepare(
          "INSERT INTO guardians (id, child_id, relation, display_name, created_at) VALUES ('g2', 'nobody', 'father', 'x', 1)",
        )
        .run(),
    ).toThrow(/FOREIGN KEY/);
  });

  it('deleting a child removes its guardians, bookings and call records', () => {
    const db = freshDb();
    migrate(db, 1);
    seed(db);
    db.prepare("DELETE FROM children WHERE id = 'c1'").run();
    for (const table of ['guardians', 'bookings', 'call_records']) {
      expect((db.prepare(`SELECT COUNT(*) AS n FROM ${table}`).get() as { n: number }).n, table).toBe(0);
    }
    expect((db.prepare('SELECT COUNT(*) AS n FROM schools').get() as { n: number }).n).toBe(1);
  });

  it('refuses a database newer than this server', () => {
    const db = freshDb();
    migrate(db, 1);
    db.prepare("INSERT INTO schema_migrations (version, name, applied_at) VALUES (99, 'future', 0)").run();
    expect(() => migrate(db)).toThrow(/newer/);
  });
});
