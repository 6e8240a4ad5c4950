// Several server nodes starting at once on one empty PostgreSQL database: each
// runs the migrations at start, and the advisory lock lets one migrate while
// the others wait and then find the work done. (SQLite has one process.)
import { describe, expect, it } from 'vitest';
import { newTestDatabase } from '../../../../tests/support/database';
import { connect } from '../sql/connect';
import { currentVersion, migrate, migrations } from './runner';
import { engines } from './testing';

describe.runIf(engines.includes('postgres'))('migrations on several nodes at once', () => {
  it('bring the schema up exactly once, with every node ending at the newest version', async () => {
    const location = await newTestDatabase('postgres');
    const nodes = Array.from({ length: 5 }, () => connect(location));
    try {
      const newest = Math.max(...migrations.map((m) => m.version));
      expect(await Promise.all(nodes.map((node) => migrate(node)))).toEqual(nodes.map(() => newest));
      expect(await currentVersion(nodes[0]!)).toBe(newest);
      const applied = await nodes[0]!.db.selectFrom('schema_migrations').select('version').execute();
      expect(applied.map((row) => row.version).sort()).toEqual(migrations.map((m) => m.version).sort());
    } finally {
      await Promise.all(nodes.map((node) => node.close()));
    }
  });
});
