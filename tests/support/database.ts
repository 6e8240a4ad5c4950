// Which engine the integration tests run on. `npm test` runs them on SQLite
// files; `npm run test:cluster` starts a real PostgreSQL (tests/cluster/
// globalSetup.ts) and sets HHC_TEST_POSTGRES_URL, and the same suites run on
// it, each server on a database of its own. Also read-only views of every
// table that work on both engines.
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { randomBytes } from 'node:crypto';
import Database from 'better-sqlite3';
import pg from 'pg';
import type { DatabaseLocation } from '../../signaling-server/src/store/location';

export function testEngine(): DatabaseLocation['engine'] {
  return process.env.HHC_TEST_POSTGRES_URL ? 'postgres' : 'sqlite';
}

/** Engines available to this run: SQLite always, PostgreSQL under test:cluster. */
export function testEngines(): Array<DatabaseLocation['engine']> {
  return process.env.HHC_TEST_POSTGRES_URL ? ['sqlite', 'postgres'] : ['sqlite'];
}

/** A new empty database on `engine` (default: the run's engine). */
export async function newTestDatabase(engine = testEngine()): Promise<DatabaseLocation> {
  if (engine === 'sqlite') {
    return {
      engine,
      file: path.join(fs.mkdtempSync(path.join(os.tmpdir(), 'hhc-test-')), 'happy-home.sqlite'),
    };
  }
  const admin = process.env.HHC_TEST_POSTGRES_URL;
  if (!admin) throw new Error('HHC_TEST_POSTGRES_URL is not set (run under npm run test:cluster)');
  const name = `hhc_test_${randomBytes(6).toString('hex')}`;
  const client = new pg.Client({ connectionString: admin });
  await client.connect();
  try {
    await client.query(`CREATE DATABASE ${name}`);
  } finally {
    await client.end();
  }
  const url = new URL(admin);
  url.pathname = `/${name}`;
  return { engine, url: url.toString() };
}

async function withPostgres<T>(url: string, work: (client: pg.Client) => Promise<T>): Promise<T> {
  const client = new pg.Client({ connectionString: url });
  await client.connect();
  try {
    return await work(client);
  } finally {
    await client.end();
  }
}

/** `?` placeholders (SQLite style, as the tests write them) as `$1, $2, …`. */
const numbered = (where: string) => {
  let n = 0;
  return where.replace(/\?/g, () => `$${++n}`);
};

/** Every row of every table, read through a separate connection, in a stable order. */
export async function snapshotDatabase(location: DatabaseLocation): Promise<Record<string, unknown[]>> {
  if (location.engine === 'sqlite') {
    const db = new Database(location.file, { readonly: true, fileMustExist: true });
    try {
      const tables = db
        .prepare("SELECT name FROM sqlite_master WHERE type = 'table' ORDER BY name")
        .all() as Array<{ name: string }>;
      return Object.fromEntries(
        tables.map(({ name }) => [name, db.prepare(`SELECT * FROM "${name}" ORDER BY rowid`).all()]),
      );
    } finally {
      db.close();
    }
  }
  return withPostgres(location.url, async (client) => {
    const tables = await client.query<{ name: string }>(
      "SELECT table_name AS name FROM information_schema.tables WHERE table_schema = 'public' ORDER BY table_name",
    );
    const snapshot: Record<string, unknown[]> = {};
    for (const { name } of tables.rows) {
      // No rowid here: rows in the order of their content, which is stable when nothing changed.
      const rows = (await client.query(`SELECT * FROM "${name}"`)).rows;
      snapshot[name] = rows
        .map((row) => JSON.stringify(row))
        .sort()
        .map((row) => JSON.parse(row) as unknown);
    }
    return snapshot;
  });
}

/** How many rows a table has, read through a separate connection. */
export async function countRows(
  location: DatabaseLocation,
  table: string,
  where = '1 = 1',
  ...params: unknown[]
): Promise<number> {
  const query = `SELECT COUNT(*) AS n FROM "${table}" WHERE ${where}`;
  if (location.engine === 'sqlite') {
    const db = new Database(location.file, { readonly: true, fileMustExist: true });
    try {
      return (db.prepare(query).get(...params) as { n: number }).n;
    } finally {
      db.close();
    }
  }
  return withPostgres(location.url, async (client) =>
    Number((await client.query<{ n: string }>(numbered(query), params)).rows[0]!.n),
  );
}
