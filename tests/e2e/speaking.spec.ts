// The speaking mark in a real call of two (kiosk and parent): levels come from
// the browsers' audio receivers and microphones, through the real server and
// SFU. Each side's microphone is a tone the test turns on and off (voiceTone.ts).
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { expect, test, type Page } from '@playwright/test';
import { startTestServer, type TestServer } from '../support/testServer';
import { seedSchool, type SchoolFixture } from '../support/fixtures';
import { startCall, type CallPages } from './media';
import { speak, useVoiceTone } from './voiceTone';

const here = path.dirname(fileURLToPath(import.meta.url));
const staticDir = path.resolve(here, '../../renderer/dist');
const screenshots = path.resolve(here, '../screenshots/family-screens');

let server: TestServer;
let school: SchoolFixture;
let call: CallPages | undefined;

test.beforeAll(async () => {
  server = await startTestServer({ staticDir });
  school = await seedSchool(server.store, server.clock.now);
});

test.afterAll(async () => {
  await call?.close();
  await server?.stop();
});

const marked = (page: Page) => page.locator('[data-speaking="true"]');
const otherTile = (page: Page) => page.getByTestId('person');
const selfTile = (page: Page) => page.getByTestId('self-tile');

test('the one who talks is ringed on both screens, and the ring moves when the other talks', async ({
  browser,
}) => {
  call = await startCall(browser, server.url, school, { prepare: useVoiceTone });
  const { kiosk, parent } = call;

  // Nobody talks: no ring.
  await expect(marked(kiosk)).toHaveCount(0);
  await expect(marked(parent)).toHaveCount(0);

  // The parent talks: the kiosk rings the parent's tile, the parent's phone rings its own picture.
  await speak(parent, true);
  await expect(otherTile(kiosk)).toHaveAttribute('data-speaking', 'true', { timeout: 10_000 });
  await expect(selfTile(parent)).toHaveAttribute('data-speaking', 'true');
  await expect(otherTile(parent)).toHaveAttribute('data-speaking', 'false');
  await kiosk.screenshot({ path: path.join(screenshots, 'speaking-kiosk-parent-talks.png') });

  // The parent stops and the child talks: the ring moves.
  await speak(parent, false);
  await speak(kiosk, true);
  await expect(otherTile(parent)).toHaveAttribute('data-speaking', 'true', { timeout: 10_000 });
  await expect(selfTile(kiosk)).toHaveAttribute('data-speaking', 'true');
  await expect(otherTile(kiosk)).toHaveAttribute('data-speaking', 'false');
  await parent.screenshot({ path: path.join(screenshots, 'speaking-parent-child-talks.png') });

  // A muted child makes no ring, even with the tone still on.
  await kiosk.getByTestId('toggle-microphone').click();
  await expect(marked(kiosk)).toHaveCount(0);
  await expect(marked(parent)).toHaveCount(0);
});
