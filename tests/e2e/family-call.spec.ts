// A family call of three through the real server, the real SFU and real
// Chromium pages: the kiosk and two phones (one held upright, one sideways).
// Everyone receives everyone else's camera and microphone, each person has
// their own named tile, and the speaking mark shows on every screen.
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { expect, test, type Browser, type BrowserContext, type Page } from '@playwright/test';
import { startTestServer, type TestServer } from '../support/testServer';
import { seedSchool, type SchoolFixture } from '../support/fixtures';
import { hashToken, randomToken } from '../../signaling-server/src/auth/secrets';
import type {} from '../../renderer/src/ui/debugHandle';
import { speak, useVoiceTone } from './voiceTone';

const here = path.dirname(fileURLToPath(import.meta.url));
const staticDir = path.resolve(here, '../../renderer/dist');
const screenshots = path.resolve(here, '../screenshots/family-screens');

let server: TestServer;
let school: SchoolFixture;
/** Dad's own link: the booking includes both guardians, each joins from their own phone. */
let dadToken: string;
let grandmaToken: string;
const contexts: BrowserContext[] = [];

test.beforeAll(async () => {
  server = await startTestServer({ staticDir });
  school = await seedSchool(server.store, server.clock.now);
  const dad = await server.store.guardians.create({
    childId: school.childId,
    relation: 'father',
    displayName: '王强',
    phone: null,
  });
  dadToken = randomToken();
  await server.store.guardians.setLink(dad.id, hashToken(dadToken), server.clock.now);
  const grandma = await server.store.guardians.create({
    childId: school.childId,
    relation: 'grandmother',
    displayName: '李芳',
    phone: null,
  });
  grandmaToken = randomToken();
  await server.store.guardians.setLink(grandma.id, hashToken(grandmaToken), server.clock.now);
  const changed = await server.store.bookings.setPeopleChecked(
    school.bookingId,
    { alsoGuardianIds: [dad.id, grandma.id] },
    (_snapshot, booking) => ({ ok: true, endAt: booking.endAt, status: 'confirmed' }),
    server.clock.now,
  );
  if (!changed || !('guardianIds' in changed)) throw new Error('could not add dad to the booking');
});

test.afterAll(async () => {
  await Promise.all(contexts.map((context) => context.close()));
  await server?.stop();
});

async function newPage(browser: Browser, viewport: { width: number; height: number }, phone: boolean) {
  const context = await browser.newContext({ viewport, hasTouch: phone });
  contexts.push(context);
  await useVoiceTone(context);
  return { context, page: await context.newPage() };
}

async function openKiosk(browser: Browser, credential: string): Promise<Page> {
  const { context, page } = await newPage(browser, { width: 1366, height: 768 }, false);
  await context.addInitScript(
    (pairing) => localStorage.setItem('hhc.kioskPairing', JSON.stringify(pairing)),
    { serverUrl: server.url, credential },
  );
  await page.goto(`${server.url}/kiosk`);
  await page.getByTestId('open-call').first().click();
  return page;
}

async function openParent(browser: Browser, token: string, viewport: { width: number; height: number }) {
  const { page } = await newPage(browser, viewport, true);
  await page.goto(`${server.url}/p/${token}`);
  await page.getByTestId('open-call').click();
  await page.getByTestId('devices-ready').click();
  return page;
}

/** Every other person's video frames and audio packets, positive and rising: media from each of them. */
async function expectFromEveryone(page: Page, others: number): Promise<void> {
  const read = () => page.evaluate(() => window.hhcCall?.peerStats() ?? Promise.resolve([]));
  const flowing = (stats: Awaited<ReturnType<typeof read>>) =>
    stats.length === others && stats.every((s) => s.videoFramesDecoded > 0 && s.audioPacketsReceived > 0);
  await expect.poll(async () => flowing(await read()), { timeout: 30_000 }).toBe(true);
  const first = await read();
  await expect
    .poll(
      async () => {
        const later = await read();
        return first.every((before) => {
          const after = later.find((s) => s.peerId === before.peerId);
          return (
            !!after &&
            after.videoFramesDecoded > before.videoFramesDecoded &&
            after.audioPacketsReceived > before.audioPacketsReceived
          );
        });
      },
      { timeout: 15_000 },
    )
    .toBe(true);
}

test('a kiosk and two phones (mum and dad, each with their own link): everyone sees and hears everyone, named, and who talks is ringed', async ({
  browser,
}) => {
  test.setTimeout(180_000); // three browsers on two shared cores
  const kiosk = await openKiosk(browser, school.kioskCredential);
  const mum = await openParent(browser, school.guardianToken, { width: 390, height: 844 });
  await expectFromEveryone(kiosk, 1);
  // Mum is in, dad is not yet: the kiosk and mum's phone say he is coming.
  await expect(kiosk.getByTestId('still-coming')).toHaveText('爸爸、奶奶马上就来');
  await expect(mum.getByTestId('still-coming')).toHaveText('爸爸、奶奶马上就来');
  await kiosk.screenshot({ path: path.join(screenshots, 'family-kiosk-dad-coming.png') });
  await mum.screenshot({ path: path.join(screenshots, 'family-mum-phone-dad-coming.png') });

  // Dad joins from his own phone, held sideways.
  const dad = await openParent(browser, dadToken, { width: 844, height: 390 });
  const pages = { kiosk, mum, dad };
  for (const page of Object.values(pages)) await expectFromEveryone(page, 2);
  expect(server.rooms.counts()).toMatchObject({ peers: 3, producers: 6, consumers: 12 });
  await expect(kiosk.getByTestId('still-coming')).toHaveText('奶奶马上就来');
  await expect(mum.getByTestId('still-coming')).toHaveText('奶奶马上就来');
  for (const page of Object.values(pages)) {
    await expect(page.getByTestId('person')).toHaveCount(2);
    await expect(page.getByTestId('people')).toHaveAttribute('data-layout', 'two');
    await expect(page.getByTestId('remote-video')).toHaveCount(2);
  }
  // Each tile is named the way a child knows the person: 妈妈, 爸爸, and the child's name.
  await expect(kiosk.getByTestId('person-name')).toHaveText(['妈妈', '爸爸']);
  await expect(mum.getByTestId('person-name')).toHaveText(['小明', '爸爸']);
  await expect(dad.getByTestId('person-name')).toHaveText(['小明', '妈妈']);

  // Mum talks: ringed on the kiosk and on dad's phone, and her own picture on hers.
  await speak(mum, true);
  for (const page of [kiosk, dad]) {
    await expect(page.locator('[data-testid="person"][data-speaking="true"]')).toHaveText(['妈妈'], {
      timeout: 10_000,
    });
  }
  await expect(mum.getByTestId('self-tile')).toHaveAttribute('data-speaking', 'true');
  await kiosk.screenshot({ path: path.join(screenshots, 'family-kiosk-mum-talks.png') });
  await mum.screenshot({ path: path.join(screenshots, 'family-mum-phone-mum-talks.png') });
  await dad.screenshot({ path: path.join(screenshots, 'family-dad-phone-sideways-mum-talks.png') });

  // Mum stops, dad talks: the ring moves to him everywhere.
  await speak(mum, false);
  await speak(dad, true);
  for (const page of [kiosk, mum]) {
    await expect(page.locator('[data-testid="person"][data-speaking="true"]')).toHaveText(['爸爸'], {
      timeout: 10_000,
    });
  }
  await expect(mum.getByTestId('self-tile')).toHaveAttribute('data-speaking', 'false');
  await expect(dad.getByTestId('self-tile')).toHaveAttribute('data-speaking', 'true');
  await kiosk.screenshot({ path: path.join(screenshots, 'family-kiosk-dad-talks.png') });
  await speak(dad, false);

  // A book open: the stage takes the screen, and both parents stay in sight, small, beside it.
  await kiosk.getByTestId('open-books').click();
  await expect(kiosk.getByTestId('activity-stage')).toBeVisible();
  await expect(mum.getByTestId('activity-stage')).toBeVisible();
  for (const page of [kiosk, mum]) {
    for (const tile of await page.getByTestId('person').all()) await expect(tile).toBeInViewport();
  }
  await kiosk.screenshot({ path: path.join(screenshots, 'family-kiosk-book-open.png') });
  await mum.screenshot({ path: path.join(screenshots, 'family-mum-phone-book-open.png') });
  await dad.screenshot({ path: path.join(screenshots, 'family-dad-phone-sideways-book-open.png') });
  // Closed again for everyone (on a phone held sideways the stage covers the buttons).
  await mum.getByTestId('open-books').click();
  await expect(dad.getByTestId('activity-stage')).toHaveCount(0);

  // Grandma joins too: four people, a 2×2 grid on every screen with yourself as the fourth tile.
  const grandma = await openParent(browser, grandmaToken, { width: 390, height: 844 });
  await expectFromEveryone(kiosk, 3);
  await expectFromEveryone(grandma, 3);
  for (const page of [kiosk, mum, dad, grandma]) {
    await expect(page.getByTestId('people')).toHaveAttribute('data-layout', 'grid', { timeout: 15_000 });
    await expect(page.locator('.people [data-peer-id="self"]')).toHaveCount(1);
  }
  await expect(kiosk.getByTestId('person-name')).toHaveText(['妈妈', '爸爸', '奶奶']);
  await expect(kiosk.locator('.people [data-peer-id="self"]')).toContainText('我');
  await speak(grandma, true);
  await expect(kiosk.locator('[data-testid="person"][data-speaking="true"]')).toHaveText(['奶奶'], {
    timeout: 10_000,
  });
  await kiosk.screenshot({ path: path.join(screenshots, 'family-kiosk-four-grandma-talks.png') });
  await grandma.screenshot({ path: path.join(screenshots, 'family-grandma-phone-four.png') });
  await speak(grandma, false);
  await grandma.getByTestId('leave').click();

  // Dad hangs up: the kiosk and mum go back to one large face, and he is "coming" again for them.
  await dad.getByTestId('leave').click();
  for (const page of [kiosk, mum]) {
    await expect(page.getByTestId('person')).toHaveCount(1);
    await expect(page.getByTestId('people')).toHaveAttribute('data-layout', 'one');
  }
  await expect(kiosk.getByTestId('still-coming')).toHaveText('爸爸、奶奶马上就来');
});
