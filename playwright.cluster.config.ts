import { defineConfig } from '@playwright/test';
import base from './playwright.config';

// Browser tests of several server nodes (part of npm run test:cluster): they
// start their own PostgreSQL and Redis; the pages must be built first.
export default defineConfig({ ...base, testDir: 'tests/cluster-e2e' });
