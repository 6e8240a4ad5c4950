import { defineConfig } from '@playwright/test';
import { chromiumArgs, chromiumPath } from './playwright.config';

// Network tests (`npm run test:network`, root only): the parent's browser
// behind a namespace with a rate limit, random loss and a cut (tests/network/).
// The tests launch their two Chromiums themselves (one inside the namespace);
// `use` is here for anything that takes Playwright's own browser.
export default defineConfig({
  testDir: 'tests/network',
  outputDir: 'test-results/network',
  globalSetup: './tests/network/globalSetup.ts',
  // A call, then minutes of impairment and recovery on a busy two-core machine.
  timeout: 240_000,
  workers: 1,
  // Real congestion control on a shared two-core machine: one retry absorbs a run where the estimate
  // wandered; a behaviour that is really broken fails both times (the log shows the first attempt too).
  retries: 1,
  reporter: [['list']],
  use: {
    browserName: 'chromium',
    launchOptions: { executablePath: chromiumPath, args: chromiumArgs },
  },
});
