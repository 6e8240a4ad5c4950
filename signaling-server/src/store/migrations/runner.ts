// Numbered migrations, applied in order inside one transaction each. The
// applied versions are recorded, so a database is only ever moved forward.
// One list serves both engines; a migration branches on the engine only where
// the two disagree on types.
import { sql, type Kysely } from 'kysely';
import type { Engine, SqlDatabase } from '../sql/connect';
import type { Tables } from '../sql/tables';
import { migration0001 } from './0001-init';
import { migration0002 } from './0002-kiosk-call-logs';
import { migration0003 } from './0003-call-activities';
import { migration0004 } from './0004-school-books';
import { migration0005 } from './0005-voice-messages';
import { migration0006 } from './0006-family-calls';

export interface Migration {
  version: number;
  name: string;
  up(db: Kysely<Tables>, engine: Engine): Promise<void>;
}

export const migrations: readonly Migration[] = [
  migration0001,
  migration0002,
  migration0003,
  migration0004,
  migration0005,
  migration0006,
];

/** Column types that differ between the engines; SQLite keeps the text its files were made with. */
export function types(engine: Engine) {
  return engine === 'sqlite'
    ? { instant: 'INTEGER', bytes: 'BLOB', nocase: ' COLLATE NOCASE', usernameIndex: '' }
    : {
        instant: 'BIGINT',
        bytes: 'BYTEA',
        nocase: '',
        // PostgreSQL has no NOCASE: usernames are unique ignoring case through an index on lower().
        usernameIndex: 'CREATE UNIQUE INDEX staff_username_nocase ON staff (lower(username));',
      };
}

/** Runs a script of `;`-terminated statements (neither driver takes several in one call here). */
export async function runScript(db: Kysely<Tables>, script: string): Promise<void> {
  for (const statement of script.split(/;\s*(?:\n|$)/)) {
    if (statement.trim()) await sql.raw(statement).execute(db);
  }
}

async function ensureTable(db: Kysely<Tables>, engine: Engine): Promise<void> {
  await sql
    .raw(
      `CREATE TABLE IF NOT EXISTS schema_migrations (version INTEGER PRIMARY KEY, name TEXT NOT NULL, applied_at ${types(engine).instant} NOT NULL)`,
    )
    .execute(db);
}

async function versionIn(db: Kysely<Tables>): Promise<number> {
  const row = await db
    .selectFrom('schema_migrations')
    .select((eb) => eb.fn.max('version').as('version'))
    .executeTakeFirst();
  return row?.version === null || row?.version === undefined ? 0 : Number(row.version);
}

/**
 * One migration step under the engine's exclusive lock. On PostgreSQL several
 * server nodes may start at once: an advisory lock lets one migrate while the
 * others wait, then see its work (READ COMMITTED re-reads after the wait).
 */
function locked<T>(database: SqlDatabase, step: (db: Kysely<Tables>) => Promise<T>): Promise<T> {
  if (database.engine === 'sqlite') return database.write(step);
  return database.db.transaction().execute(async (trx) => {
    await sql`SELECT pg_advisory_xact_lock(${MIGRATION_LOCK})`.execute(trx);
    return step(trx);
  });
}

/** An arbitrary constant shared by every node: "the schema is being changed". */
const MIGRATION_LOCK = 48_790_012;

export async function currentVersion(database: SqlDatabase): Promise<number> {
  return locked(database, async (db) => {
    await ensureTable(db, database.engine);
    return versionIn(db);
  });
}

/** Applies every migration newer than the database, up to `target` (default: all). */
export async function migrate(database: SqlDatabase, target = Infinity): Promise<number> {
  const newest = Math.max(0, ...migrations.map((m) => m.version));
  for (const migration of migrations) {
    if (migration.version > target) break;
    await locked(database, async (db) => {
      await ensureTable(db, database.engine);
      const from = await versionIn(db);
      if (from > newest) {
        throw new Error(
          `database schema version ${from} is newer than this server knows (${newest}); refusing to touch it`,
        );
      }
      if (migration.version <= from) return;
      await migration.up(db, database.engine);
      await db
        .insertInto('schema_migrations')
        .values({ version: migration.version, name: migration.name, applied_at: Date.now() })
        .execute();
    });
  }
  return currentVersion(database);
}
