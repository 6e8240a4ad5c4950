// Migrates a version-2 call log with rows and outbox entries to version 3: every
// row and its outbox entry stay, foreign keys are back on, and the new reason fits.
import Database from 'better-sqlite3';
import { describe, expect, it } from 'vitest';
import { migrate } from './runner';

describe('migration 0003-could-not-connect', () => {
  it('rebuilds the table keeping rows, outbox entries and foreign keys', () => {
    const db = new Database(':memory:');
    db.pragma('foreign_keys = ON');
    expect(migrate(db, { target: 2 })).toBe(2);
    const insert = db.prepare(
      `INSERT INTO call_attempts (id, booking_id, child_id, guardian_relation, scheduled_start, scheduled_end,
         end_reason, feeling, version, created_at, updated_at, activities, avg_bitrate_kbps)
       VALUES (?, 'b1', 'c1', 'mother', 1000, 2000, ?, 'happy', 3, 1, 2, 'book,draw', 812.5)`,
    );
    insert.run('a1', 'hung-up');
    insert.run('a2', 'connection-lost');
    db.prepare("INSERT INTO sync_outbox (attempt_id, enqueued_at, failures) VALUES ('a2', 5, 2)").run();
    expect(() => db.prepare("UPDATE call_attempts SET end_reason = 'could-not-connect'").run()).toThrow(
      /CHECK/,
    );

    expect(migrate(db)).toBe(3);
    expect(db.pragma('foreign_keys', { simple: true })).toBe(1);
    expect(db.prepare('SELECT * FROM call_attempts ORDER BY id').all()).toMatchObject([
      { id: 'a1', end_reason: 'hung-up', feeling: 'happy', version: 3, activities: 'book,draw' },
      { id: 'a2', end_reason: 'connection-lost', avg_bitrate_kbps: 812.5, updated_at: 2 },
    ]);
    expect(db.prepare('SELECT attempt_id, failures FROM sync_outbox').all()).toEqual([
      { attempt_id: 'a2', failures: 2 },
    ]);
    db.prepare("UPDATE call_attempts SET end_reason = 'could-not-connect' WHERE id = 'a2'").run();
    expect(() => db.prepare("UPDATE call_attempts SET end_reason = 'lost' WHERE id = 'a2'").run()).toThrow(
      /CHECK/,
    );
    // The outbox still points at the rebuilt table: deleting a row takes its entry.
    db.prepare("DELETE FROM call_attempts WHERE id = 'a2'").run();
    expect(db.prepare('SELECT COUNT(*) FROM sync_outbox').pluck().get()).toBe(0);
    expect(
      db.prepare('SELECT name FROM sqlite_master WHERE type = ? ORDER BY name').pluck().all('index'),
    ).toEqual(
      expect.arrayContaining(['call_attempts_by_child', 'call_attempts_by_start', 'sync_outbox_due']),
    );
  });
});
