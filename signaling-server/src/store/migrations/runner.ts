// Numbered migrations, applied in order inside one transaction each. The
// applied versions are recorded, so a database is only ever moved forward.
import type Database from 'better-sqlite3';
import { migration0001 } from './0001-init';
import { migration0002 } from './0002-kiosk-call-logs';
import { migration0003 } from './0003-call-activities';
import { migration0004 } from './0004-school-books';

export interface Migration {
  version: number;
  name: string;
  up(db: Database.Database): void;
}

export const migrations: readonly Migration[] = [migration0001, migration0002, migration0003, migration0004];

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
export function migrate(db: Database.Database, target = Infinity): number {
  const from = currentVersion(db);
  const newest = Math.max(0, ...migrations.map((m) => m.version));
  if (from > newest) {
    throw new Error(
      `database schema version ${from} is newer than this server knows (${newest}); refusing to touch it`,
    );
  }
  for (const migration of migrations) {
    if (migration.version <= from || migration.version > target) continue;
    db.transaction(() => {
      migration.up(db);
      db.prepare('INSERT INTO schema_migrations (version, name, applied_at) VALUES (?, ?, ?)').run(
        migration.version,
        migration.name,
        Date.now(),
      );
    })();
  }
  return currentVersion(db);
}
