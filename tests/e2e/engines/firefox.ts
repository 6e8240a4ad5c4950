// Debian's Firefox ESR for end-to-end tests, driven over WebDriver BiDi with
// puppeteer-core. Playwright cannot drive it: Playwright's Firefox is a build
// patched with its own "Juggler" protocol, and a stock Firefox exits at once
// when started with -juggler-pipe. BiDi is built into every Firefox since 129.
import puppeteer, { type Browser, type Page } from 'puppeteer-core';
import fs from 'node:fs';

export const firefoxPath = process.env.HHC_FIREFOX ?? '/usr/bin/firefox-esr';

/**
 * Fake camera and microphone without a prompt, and ICE on loopback: without
 * `ice.loopback` Firefox offers no 127.0.0.1 candidate and media never
 * connects to a server on this machine. Autoplay is allowed as the other
 * tests' Chromium allows it (a real phone gets the "tap to hear" button).
 */
export const firefoxPrefs = {
  'media.navigator.streams.fake': true,
  'media.navigator.permission.disabled': true,
  'media.peerconnection.ice.loopback': true,
  'permissions.default.camera': 1,
  'permissions.default.microphone': 1,
  'media.autoplay.default': 0,
  'media.autoplay.blocking_policy': 0,
};

export function firefoxMissing(): string | undefined {
  return fs.existsSync(firefoxPath)
    ? undefined
    : `${firefoxPath} is missing (Debian package firefox-esr; \`npm run setup\` installs it)`;
}

/** `prefs` override the defaults above (e.g. ICE without loopback, as a phone's Firefox has it). */
export function launchFirefox(pulseAddress: string, prefs: Record<string, unknown> = {}): Promise<Browser> {
  return puppeteer.launch({
    browser: 'firefox',
    executablePath: firefoxPath,
    headless: true,
    extraPrefsFirefox: { ...firefoxPrefs, ...prefs },
    env: { ...process.env, PULSE_SERVER: pulseAddress },
  });
}

/** The element with this data-testid (puppeteer has no getByTestId). */
export const testId = (id: string) => `[data-testid="${id}"]`;

export async function textOf(page: Page, id: string): Promise<string> {
  const element = await page.waitForSelector(testId(id), { timeout: 15_000 });
  return (await element!.evaluate((node) => node.textContent ?? '')).trim();
}

export async function click(page: Page, id: string): Promise<void> {
  const element = await page.waitForSelector(`${testId(id)}:not([disabled])`, { timeout: 15_000 });
  await element!.click();
}
