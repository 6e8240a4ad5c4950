// Migration tests run on every engine of the run: SQLite in memory always,
// a fresh PostgreSQL database under test:cluster (tests/support/database.ts).
import { sql } from 'kysely';
import { newTestDatabase, testEngines } from '../../../../tests/support/database';
import { connect, type Engine, type SqlDatabase } from '../sql/connect';

export const engines = testEngines();

export async function emptyDatabase(engine: Engine): Promise<SqlDatabase> {
  return connect(engine === 'sqlite' ? { engine, file: ':memory:' } : await newTestDatabase(engine));
}

/** Runs one statement (values written inline: these are fixed test rows). */
export async function exec(database: SqlDatabase, statement: string): Promise<void> {
  await sql.raw(statement).execute(database.db);
}

export async function count(database: SqlDatabase, table: string): Promise<number> {
  const result = await sql
    .raw<{ n: number | string }>(`SELECT COUNT(*) AS n FROM ${table}`)
    .execute(database.db);
  return Number(result.rows[0]!.n);
}
