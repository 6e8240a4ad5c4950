import Database from 'better-sqlite3';
import { describe, expect, it } from 'vitest';
import { currentVersion, migrate, NewerDatabaseError, type Migration } from './runner';

const steps: Migration[] = [
  { version: 1, name: 'one', up: (db) => db.exec('CREATE TABLE t (a INTEGER)') },
  { version: 2, name: 'two', up: (db) => db.exec('ALTER TABLE t ADD COLUMN b INTEGER') },
];

describe('migration runner', () => {
  it('applies in order up to a target, records each version, and resumes later', () => {
    const db = new Database(':memory:');
    expect(migrate(db, { list: steps, target: 1, now: () => 42 })).toBe(1);
    expect(migrate(db, { list: steps })).toBe(2);
    expect(db.prepare('SELECT version, name, applied_at FROM schema_migrations').all()).toEqual([
      { version: 1, name: 'one', applied_at: 42 },
      expect.objectContaining({ version: 2, name: 'two' }),
    ]);
  });

  it('rolls a failing migration back whole', () => {
    const db = new Database(':memory:');
    const broken: Migration = {
      version: 2,
      name: 'broken',
      up: (d) => {
        d.exec('CREATE TABLE half (x INTEGER)');
        throw new Error('boom');
      },
    };
    expect(() => migrate(db, { list: [steps[0]!, broken] })).toThrow('boom');
    expect(currentVersion(db)).toBe(1);
    expect(db.prepare("SELECT COUNT(*) FROM sqlite_master WHERE name = 'half'").pluck().get()).toBe(0);
  });

  it('refuses a database newer than it knows', () => {
    const db = new Database(':memory:');
    migrate(db, { list: steps });
    expect(() => migrate(db, { list: steps.slice(0, 1) })).toThrow(NewerDatabaseError);
  });
});
