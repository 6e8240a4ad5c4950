// Numbered migrations for the kiosk's call log, each applied in its own
// transaction and recorded, so a database only ever moves forward. A kiosk
// rolled back to an older build refuses a newer database instead of writing
// rows that build does not understand.
import type Database from 'better-sqlite3';
import { migration0001 } from './0001-init';
import { migration0002 } from './0002-activities';
import { migration0003 } from './0003-could-not-connect';

export interface Migration {
  version: number;
  name: string;
  /**
   * Rebuilds a table other tables point at: foreign keys are switched off around the
   * transaction (SQLite ignores the switch inside one, and dropping the old table would
   * otherwise cascade), and checked before it commits.
   */
  foreignKeysOff?: boolean;
  up(db: Database.Database): void;
}

export const migrations: readonly Migration[] = [migration0001, migration0002, migration0003];

export class NewerDatabaseError extends Error {
  override readonly name = 'NewerDatabaseError';
  constructor(
    readonly found: number,
    readonly known: number,
  ) {
    super(`call log schema version ${found} is newer than this kiosk knows (${known}); refusing to touch it`);
  }
}

export function currentVersion(db: Database.Database): number {
  db.exec(
    'CREATE TABLE IF NOT EXISTS schema_migrations (version INTEGER PRIMARY KEY, name TEXT NOT NULL, applied_at INTEGER NOT NULL)',
  );
  const row = db.prepare('SELECT MAX(version) AS version FROM schema_migrations').get() as {
    version: number | null;
  };
  return row.version ?? 0;
}

/** Applies every migration newer than the database, up to `target` (default: all). */
export function migrate(
  db: Database.Database,
  options: { target?: number; now?: () => number; list?: readonly Migration[] } = {},
): number {
  const list = options.list ?? migrations;
  const target = options.target ?? Infinity;
  const now = options.now ?? Date.now;
  const from = currentVersion(db);
  const newest = Math.max(0, ...list.map((m) => m.version));
  if (from > newest) throw new NewerDatabaseError(from, newest);
  for (const migration of [...list].sort((a, b) => a.version - b.version)) {
    if (migration.version <= from || migration.version > target) continue;
    const foreignKeys = db.pragma('foreign_keys', { simple: true }) === 1;
    if (migration.foreignKeysOff) db.pragma('foreign_keys = OFF');
    try {
      db.transaction(() => {
        migration.up(db);
        if (migration.foreignKeysOff && (db.pragma('foreign_key_check') as unknown[]).length > 0)
          throw new Error(`migration ${migration.version} left rows pointing nowhere`);
        db.prepare('INSERT INTO schema_migrations (version, name, applied_at) VALUES (?, ?, ?)').run(
          migration.version,
          migration.name,
          now(),
        );
      })();
    } finally {
      if (migration.foreignKeysOff && foreignKeys) db.pragma('foreign_keys = ON');
    }
  }
  return currentVersion(db);
}
