// Migrates a version-1 call log with real rows to version 2: the rows and their
// outbox entries stay, and each row gains an empty list of activities.
import Database from 'better-sqlite3';
import { describe, expect, it } from 'vitest';
import { migrate } from './runner';

describe('migration 0002-activities', () => {
  it('adds the activities a call used on top of version 1 without touching its rows', () => {
    const db = new Database(':memory:');
    db.pragma('foreign_keys = ON');
    expect(migrate(db, { target: 1 })).toBe(1);
    db.prepare(
      `INSERT INTO call_attempts (id, booking_id, child_id, guardian_relation, scheduled_start, scheduled_end, end_reason, version, created_at, updated_at)
       VALUES ('a1', 'b1', 'c1', 'mother', 1000, 2000, 'hung-up', 3, 1, 1)`,
    ).run();
    db.prepare("INSERT INTO sync_outbox (attempt_id, enqueued_at) VALUES ('a1', 1)").run();

    expect(migrate(db, { target: 2 })).toBe(2);
    expect(db.prepare('SELECT id, end_reason, version, activities FROM call_attempts').get()).toEqual({
      id: 'a1',
      end_reason: 'hung-up',
      version: 3,
      activities: '',
    });
    expect(db.prepare('SELECT COUNT(*) FROM sync_outbox').pluck().get()).toBe(1);
    db.prepare("UPDATE call_attempts SET activities = 'book,draw' WHERE id = 'a1'").run();
    expect(() =>
      db.prepare("UPDATE call_attempts SET activities = 'book; DROP' WHERE id = 'a1'").run(),
    ).toThrow(/CHECK/);
  });
});
