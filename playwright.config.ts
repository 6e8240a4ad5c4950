import { defineConfig } from '@playwright/test';

// Debian's Chromium: Playwright's own browser download cannot run here (or in
// many schools). Fake camera and microphone stand in for real devices.
export const chromiumPath = process.env.HHC_CHROMIUM ?? '/usr/bin/chromium';
/** Also used by playwright.network.config.ts and the browsers the network tests launch themselves. */
export const chromiumArgs = [
  '--use-fake-device-for-media-stream',
  '--use-fake-ui-for-media-stream',
  '--autoplay-policy=no-user-gesture-required',
  '--disable-background-networking',
  '--disable-component-update',
  '--no-first-run',
  '--disable-sync',
  '--disable-gpu',
];

export default defineConfig({
  testDir: 'tests/e2e',
  outputDir: 'test-results',
  timeout: 90_000,
  // Two cores: calls between two browsers each are heavy; run files one by one.
  workers: 1,
  // One more try for a test that fails once: the list then marks it "flaky" rather than
  // hiding it. Two cores run four browsers and a media worker at once, and a rare lost
  // click or a late frame should not throw away a whole CI run; a real failure fails twice.
  retries: 1,
  reporter: [['list']],
  use: {
    browserName: 'chromium',
    launchOptions: {
      executablePath: chromiumPath,
      args: chromiumArgs,
    },
  },
});
