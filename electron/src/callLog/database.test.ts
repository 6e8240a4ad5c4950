import path from 'node:path';
import Database from 'better-sqlite3';
import { describe, expect, it } from 'vitest';
import { tempDir } from '../testing';
import { openCallLogDatabase } from './database';
import { currentVersion, migrations } from './migrations/runner';

describe('openCallLogDatabase', () => {
  it('opens durably: WAL, synchronous FULL, foreign keys, fully migrated', () => {
    const file = path.join(tempDir(), 'nested', 'calls.sqlite');
    const db = openCallLogDatabase(file);
    expect(db.pragma('journal_mode', { simple: true })).toBe('wal');
    expect(db.pragma('synchronous', { simple: true })).toBe(2); // 2 = FULL
    expect(db.pragma('foreign_keys', { simple: true })).toBe(1);
    expect(currentVersion(db)).toBe(Math.max(...migrations.map((m) => m.version)));
    db.close();
  });

  it('refuses a database written by a newer kiosk, and leaves it alone', () => {
    const file = path.join(tempDir(), 'calls.sqlite');
    const db = openCallLogDatabase(file);
    db.prepare("INSERT INTO schema_migrations (version, name, applied_at) VALUES (99, 'future', 0)").run();
    db.close();
    expect(() => openCallLogDatabase(file)).toThrow(/newer/);
    const raw = new Database(file, { readonly: true });
    expect(raw.prepare('SELECT MAX(version) FROM schema_migrations').pluck().get()).toBe(99);
    raw.close();
  });
});
