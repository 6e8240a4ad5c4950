// Opens the database the store runs on: an embedded SQLite file (the default,
// one school or one county on one machine) or a PostgreSQL server (several
// server nodes). Both are driven through one Kysely query builder, so the
// repositories are written once; only opening and write transactions differ.
import fs from 'node:fs';
import path from 'node:path';
import Database from 'better-sqlite3';
import { Kysely, PostgresDialect, SqliteDialect, sql, type Transaction } from 'kysely';
import pg from 'pg';
import type { DatabaseLocation } from '../location';
import type { Tables } from './tables';

export type { DatabaseLocation };
export type Engine = DatabaseLocation['engine'];

export type Sql = Kysely<Tables>;

export interface SqlDatabase {
  engine: Engine;
  db: Sql;
  /**
   * Runs `work` as one atomic read-then-write step: nothing another request
   * writes can slip between what `work` reads and what it writes. `work` must
   * use only the handle it is given (and may be run again on PostgreSQL).
   */
  write<T>(work: (trx: Sql) => Promise<T>): Promise<T>;
  /**
   * The same for a step that reads and writes one school's bookings: steps of
   * one school run one after another, steps of different schools side by side.
   */
  writeForSchool<T>(schoolId: string, work: (trx: Sql) => Promise<T>): Promise<T>;
  close(): Promise<void>;
}

export function connect(location: DatabaseLocation, onPoolError?: (error: Error) => void): SqlDatabase {
  return location.engine === 'sqlite'
    ? connectSqlite(location.file)
    : connectPostgres(location.url, onPoolError);
}

// WAL so readers never wait for the writer, synchronous = FULL so a power cut
// cannot drop a committed booking, foreign keys on (SQLite leaves them off).
function connectSqlite(file: string): SqlDatabase {
  if (file !== ':memory:') fs.mkdirSync(path.dirname(file), { recursive: true });
  const raw = new Database(file);
  raw.pragma('journal_mode = WAL');
  raw.pragma('synchronous = FULL');
  raw.pragma('foreign_keys = ON');
  raw.pragma('busy_timeout = 5000');
  const db = new Kysely<Tables>({ dialect: new SqliteDialect({ database: raw }) });
  // Kysely holds the one connection for the whole callback, so requests of
  // this process queue behind it; IMMEDIATE takes the file's write lock
  // before the first read, so another process (the admin tool) queues too.
  const write = <T>(work: (trx: Sql) => Promise<T>): Promise<T> =>
    db.connection().execute(async (conn) => {
      await sql`BEGIN IMMEDIATE`.execute(conn);
      try {
        const result = await work(conn);
        await sql`COMMIT`.execute(conn);
        return result;
      } catch (error) {
        if (raw.inTransaction) await sql`ROLLBACK`.execute(conn);
        throw error;
      }
    });
  return {
    engine: 'sqlite',
    db,
    write,
    // One writer for the whole file already covers every school.
    writeForSchool: (_schoolId, work) => write(work),
    close: () => db.destroy(),
  };
}

/** BIGINT (epoch milliseconds, counts) as numbers: every value stored here is far below 2^53. */
const types = {
  getTypeParser: ((oid: number, format?: 'text' | 'binary') =>
    oid === pg.types.builtins.INT8 && format !== 'binary'
      ? (value: string) => Number(value)
      : pg.types.getTypeParser(oid, format)) as typeof pg.types.getTypeParser,
};

/** Serialization failures and deadlocks: the transaction did nothing and may simply run again. */
const RETRYABLE = new Set(['40001', '40P01']);
const MAX_ATTEMPTS = 40;

function connectPostgres(url: string, onPoolError?: (error: Error) => void): SqlDatabase {
  const pool = new pg.Pool({
    connectionString: url,
    max: 10,
    types,
    // While the server is down a request fails after this instead of hanging.
    connectionTimeoutMillis: 5_000,
  });
  // An idle connection dropped by a restarting server must not crash the process;
  // the pool discards it and the next request opens a new one.
  pool.on('error', (error) => onPoolError?.(error));
  const db = new Kysely<Tables>({ dialect: new PostgresDialect({ pool }) });
  return {
    engine: 'postgres',
    db,
    // SERIALIZABLE makes PostgreSQL itself refuse the second of two
    // overlapping read-decide-write steps (e.g. two bookings of the last free
    // slot read the same free slot); the loser runs again and sees the winner.
    async write(work) {
      for (let attempt = 1; ; attempt++) {
        try {
          return await db
            .transaction()
            .setIsolationLevel('serializable')
            .execute((trx: Transaction<Tables>) => work(trx));
        } catch (error) {
          if (attempt >= MAX_ATTEMPTS || !RETRYABLE.has(pgCode(error) ?? '')) throw error;
          // Random back-off so the losers of one round do not collide again at once.
          await new Promise((resolve) => setTimeout(resolve, Math.random() * Math.min(50, 2 * attempt)));
        }
      }
    },
    // A school's booking steps take its row's lock first (READ COMMITTED reads
    // after the wait, so each sees the booking the one before it wrote): no
    // conflicts to retry, and other schools are not held up. Measured against
    // SERIALIZABLE, where every booking of a school reads the same weeks of
    // bookings and twenty at once mostly fail and retry: bench/bookings.ts.
    writeForSchool: (schoolId, work) =>
      db.transaction().execute(async (trx: Transaction<Tables>) => {
        await trx.selectFrom('schools').select('id').where('id', '=', schoolId).forUpdate().execute();
        return work(trx);
      }),
    close: () => db.destroy(),
  };
}

export function pgCode(error: unknown): string | undefined {
  const code = (error as { code?: unknown } | null)?.code;
  return typeof code === 'string' ? code : undefined;
}
