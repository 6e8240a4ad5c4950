// Migrates a version-1 database with real rows to version 2 and checks the
// old rows survive and the new table takes synced rows (and cascades).
import Database from 'better-sqlite3';
import { describe, expect, it } from 'vitest';
import { migrate } from './runner';

describe('migration 0002-kiosk-call-logs', () => {
  it('adds the synced kiosk call logs on top of version 1 without touching its rows', () => {
    const db = new Database(':memory:');
    db.pragma('foreign_keys = ON');
    expect(migrate(db, 1)).toBe(1);
    const now = Date.now();
    db.prepare("INSERT INTO schools (id, name, created_at) VALUES ('s1', '希望小学', ?)").run(now);
    db.prepare("INSERT INTO kiosks (id, school_id, name, created_at) VALUES ('k1', 's1', '1 号机', ?)").run(
      now,
    );
    db.prepare(
      "INSERT INTO children (id, school_id, display_name, class_name, avatar, created_at) VALUES ('c1', 's1', '小明', '一班', 'panda', ?)",
    ).run(now);
    db.prepare(
      "INSERT INTO guardians (id, child_id, relation, display_name, created_at) VALUES ('g1', 'c1', 'mother', '王丽', ?)",
    ).run(now);
    db.prepare(
      `INSERT INTO bookings (id, school_id, child_id, guardian_id, start_at, end_at, status, created_by_kind, created_by_id, created_at, updated_at)
       VALUES ('b1', 's1', 'c1', 'g1', 1, 2, 'completed', 'staff', 't', ?, ?)`,
    ).run(now, now);

    expect(migrate(db, 2)).toBe(2);
    expect((db.prepare('SELECT COUNT(*) AS n FROM bookings').get() as { n: number }).n).toBe(1);
    db.prepare(
      `INSERT INTO kiosk_call_logs (id, kiosk_id, booking_id, child_id, version, scheduled_start, quality, received_at)
       VALUES ('a1', 'k1', 'b1', 'c1', 3, 1, '{}', ?)`,
    ).run(now);
    db.prepare("DELETE FROM children WHERE id = 'c1'").run();
    expect((db.prepare('SELECT COUNT(*) AS n FROM kiosk_call_logs').get() as { n: number }).n).toBe(0);
  });
});
