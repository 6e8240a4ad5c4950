// Migrates an empty database (version 0) to 0001 and checks real rows, the
// constraints that protect them and the outbox's cascade.
import Database from 'better-sqlite3';
import { describe, expect, it } from 'vitest';
import { currentVersion, migrate } from './runner';

function atVersion0() {
  const db = new Database(':memory:');
  db.pragma('foreign_keys = ON');
  expect(currentVersion(db)).toBe(0);
  return db;
}

const insertAttempt = `INSERT INTO call_attempts
  (id, booking_id, child_id, guardian_relation, scheduled_start, scheduled_end, created_at, updated_at)
  VALUES (@id, 'b1', 'c1', @relation, 1000, @end, 1, 1)`;

describe('migration 0001-init', () => {
  it('moves an empty database from version 0 to 1 and takes real rows', () => {
    const db = atVersion0();
    expect(migrate(db, { target: 1 })).toBe(1);
    expect(migrate(db, { target: 1 })).toBe(1); // running again changes nothing
    db.prepare(insertAttempt).run({ id: 'a1', relation: 'grandmother', end: 2000 });
    db.prepare('INSERT INTO sync_outbox (attempt_id, enqueued_at) VALUES (?, ?)').run('a1', 1);
    db.prepare(
      "UPDATE call_attempts SET end_reason = 'hung-up', feeling = 'happy', audio_only_used = 1, version = 2 WHERE id = 'a1'",
    ).run();
    expect(db.prepare('SELECT * FROM call_attempts').get()).toMatchObject({
      id: 'a1',
      guardian_relation: 'grandmother',
      quality_samples: 0,
      audio_only_used: 1,
      end_reason: 'hung-up',
      feeling: 'happy',
      version: 2,
    });
    expect(db.prepare('SELECT * FROM sync_outbox').get()).toMatchObject({
      attempt_id: 'a1',
      failures: 0,
      next_attempt_at: 0,
    });
    expect(db.prepare('SELECT version, name FROM schema_migrations').all()).toEqual([
      { version: 1, name: 'init' },
    ]);
  });

  it('refuses values outside the lists and a call that ends before it starts', () => {
    const db = atVersion0();
    migrate(db, { target: 1 });
    db.prepare(insertAttempt).run({ id: 'a1', relation: 'father', end: 2000 });
    expect(() => db.prepare(insertAttempt).run({ id: 'a2', relation: 'neighbour', end: 2000 })).toThrow(
      /CHECK/,
    );
    expect(() => db.prepare(insertAttempt).run({ id: 'a3', relation: 'father', end: 1000 })).toThrow(/CHECK/);
    for (const update of [
      "UPDATE call_attempts SET end_reason = 'exploded'",
      "UPDATE call_attempts SET feeling = 'angry'",
      'UPDATE call_attempts SET audio_only_used = 2',
      'UPDATE call_attempts SET version = 0',
    ]) {
      expect(() => db.prepare(update).run(), update).toThrow(/CHECK/);
    }
  });

  it('ties the outbox to its rows: no entry without a row, none left behind', () => {
    const db = atVersion0();
    migrate(db, { target: 1 });
    expect(() =>
      db.prepare('INSERT INTO sync_outbox (attempt_id, enqueued_at) VALUES (?, ?)').run('ghost', 1),
    ).toThrow(/FOREIGN KEY/);
    db.prepare(insertAttempt).run({ id: 'a1', relation: 'father', end: 2000 });
    db.prepare('INSERT INTO sync_outbox (attempt_id, enqueued_at) VALUES (?, ?)').run('a1', 1);
    db.prepare("DELETE FROM call_attempts WHERE id = 'a1'").run();
    expect(db.prepare('SELECT COUNT(*) FROM sync_outbox').pluck().get()).toBe(0);
  });
});
