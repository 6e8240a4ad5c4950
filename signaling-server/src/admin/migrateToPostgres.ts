// `npm run admin -- migrate-to-postgres <sqlite file> <postgres url>`: one
// school's (or county's) SQLite file into an empty PostgreSQL database, with
// the row counts of both compared after the copy.
import fs from 'node:fs';
import { isPostgresUrl } from '../store/location';
import { connect } from '../store/sql/connect';
import { copyDatabase, CopyError } from '../store/sql/copy';

export async function migrateToPostgres(args: string[], out: (line: string) => void): Promise<number> {
  const [file, url] = args;
  if (!file || !url || !isPostgresUrl(url)) {
    out('usage: npm run admin -- migrate-to-postgres <sqlite file> <postgres://user@host:port/database>');
    return 1;
  }
  if (!fs.existsSync(file)) {
    out(`no such SQLite file: ${file}`);
    return 1;
  }
  const from = connect({ engine: 'sqlite', file });
  const to = connect({ engine: 'postgres', url });
  try {
    const counts = await copyDatabase(from, to, (table, rows) => out(`  ${table}: ${rows}`));
    const total = Object.values(counts).reduce((sum, n) => sum + n, 0);
    out(`copied ${total} rows; every table's count matches. Set HHC_DATABASE_URL to use it.`);
    return 0;
  } catch (error) {
    if (!(error instanceof CopyError)) throw error;
    out(error.message);
    return 2;
  } finally {
    await Promise.all([from.close(), to.close()]);
  }
}
