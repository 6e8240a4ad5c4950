import { defineConfig } from 'vitest/config';

export default defineConfig({
  test: {
    include: ['**/*.test.ts'],
    // tests/cluster needs PostgreSQL and Redis: npm run test:cluster (vitest.cluster.config.ts).
    exclude: ['**/node_modules/**', 'tests/e2e/**', '**/dist/**', 'tests/cluster/**'],
    environment: 'node',
    // Integration tests start real mediasoup workers; two cores cannot run many at once.
    fileParallelism: false,
    testTimeout: 30_000,
    hookTimeout: 30_000,
  },
});
