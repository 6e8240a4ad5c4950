// `npm run test:cluster`: the domain suite and the store's migrations again on
// a real PostgreSQL, and the multi-node tests (tests/cluster) against real
// PostgreSQL and Redis they start themselves. `npm test` stays on SQLite.
import { defineConfig } from 'vitest/config';

export default defineConfig({
  test: {
    include: [
      'tests/integration/domain-*.test.ts',
      'tests/integration/admin-cli.test.ts',
      'tests/integration/migrate-to-postgres.test.ts',
      // the activities' and books' repositories on PostgreSQL (a report, picture bytes)
      'tests/integration/call-activities.test.ts',
      'tests/integration/school-books.test.ts',
      'signaling-server/src/store/**/*.test.ts',
      'tests/cluster/**/*.test.ts',
    ],
    exclude: ['**/node_modules/**'],
    environment: 'node',
    globalSetup: ['tests/cluster/globalSetup.ts'],
    fileParallelism: false,
    testTimeout: 60_000,
    hookTimeout: 60_000,
  },
});
