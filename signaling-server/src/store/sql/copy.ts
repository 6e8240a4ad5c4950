// Moves a school's data from its SQLite file into PostgreSQL when it outgrows
// one machine: both brought to the same schema version, every table copied in
// one PostgreSQL transaction (parents before the rows that refer to them), and
// the row counts of both sides compared before it commits. The SQLite file is
// only read (after its own migrations), so the school can go back to it.
import { sql } from 'kysely';
import { migrate } from '../migrations/runner';
import type { Sql, SqlDatabase } from './connect';
import { tablesInCopyOrder } from './tables';

type CopiedTable = (typeof tablesInCopyOrder)[number];
export type RowCounts = Record<CopiedTable, number>;

const BATCH = 500;
/** Book pages are pictures of up to 400 KB each: a few at a time keeps a batch to a few MB. */
const batchOf = (table: CopiedTable) => (table === 'school_book_pages' ? 16 : BATCH);

async function countsOf(db: Sql): Promise<RowCounts> {
  const counts = {} as RowCounts;
  for (const table of tablesInCopyOrder) {
    const row = await db
      .selectFrom(table)
      .select((eb) => eb.fn.countAll<number | string>().as('n'))
      .executeTakeFirstOrThrow();
    counts[table] = Number(row.n);
  }
  return counts;
}

export class CopyError extends Error {}

export async function copyDatabase(
  from: SqlDatabase,
  to: SqlDatabase,
  progress: (table: CopiedTable, rows: number) => void = () => undefined,
): Promise<RowCounts> {
  if (from.engine !== 'sqlite' || to.engine !== 'postgres') {
    throw new CopyError('copies an SQLite database into PostgreSQL');
  }
  const version = await migrate(from);
  if ((await migrate(to)) !== version) throw new CopyError('the two schemas are at different versions');
  const source = await countsOf(from.db);
  await to.db.transaction().execute(async (trx) => {
    const before = await countsOf(trx);
    const filled = tablesInCopyOrder.filter((table) => before[table] > 0);
    if (filled.length > 0) {
      throw new CopyError(
        `the PostgreSQL database is not empty (${filled.join(', ')}); refusing to mix schools`,
      );
    }
    for (const table of tablesInCopyOrder) {
      const batch = batchOf(table);
      for (let offset = 0; ; offset += batch) {
        // rowid order: stable paging through a file nobody else writes during the copy.
        const rows = await from.db
          .selectFrom(table)
          .selectAll()
          .orderBy(sql`rowid`)
          .limit(batch)
          .offset(offset)
          .execute();
        if (rows.length === 0) break;
        await trx
          .insertInto(table)
          .values(rows as never)
          .execute();
        if (rows.length < batch) break;
      }
      progress(table, source[table]);
    }
    const copied = await countsOf(trx);
    const wrong = tablesInCopyOrder.filter((table) => copied[table] !== source[table]);
    if (wrong.length > 0) {
      throw new CopyError(
        `row counts differ after the copy (${wrong.map((t) => `${t}: ${source[t]} → ${copied[t]}`).join(', ')}); nothing was kept`,
      );
    }
  });
  return source;
}
