// A call the other side never came to, in Chromium: the kiosk child waits
// alone until the slot ends and gets a kind screen (mum's picture with a
// heart, no blame) with a voice message, same time next week and the free
// times; the parent waits alone and gets "小明这次没能来" with next week and
// the free times; and a parent whose page another phone took over (the same
// link) is told so, with nothing that would take the call back.
import { test, expect, type Browser, type Page } from '@playwright/test';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { startTestServer, type TestServer } from '../support/testServer';
import { openAllDay, openBooking, seedSchool, type SchoolFixture } from '../support/fixtures';
import { instantToZoned } from '../../signaling-server/src/domain/time';

const here = path.dirname(fileURLToPath(import.meta.url));
const staticDir = path.resolve(here, '../../renderer/dist');
const screenshots = path.resolve(here, '../screenshots/teacher-view');
const ZONE = 'Asia/Shanghai';
const SLOT_MS = 15 * 60_000;

let server: TestServer;
let school: SchoolFixture;
let tick: ReturnType<typeof setInterval>;

test.beforeEach(async () => {
  test.skip(
    instantToZoned(Date.now(), ZONE).minuteOfDay >= 24 * 60 - 20,
    'the slot would cross midnight at the school',
  );
  server = await startTestServer({ staticDir });
  server.clock.now = Date.now();
  // The server's clock follows the wall clock: the slot below really ends.
  tick = setInterval(() => (server.clock.now = Date.now()), 200);
  school = await seedSchool(server.store, server.clock.now);
  const now = server.clock.now;
  await server.store.bookings.setStatus(school.bookingId, ['confirmed'], 'cancelled', now, 'test');
  // Parents may ask for a time, and the school's window is open all day (free times to show).
  const stored = (await server.store.schools.get(school.schoolId))!;
  await server.store.schools.update(school.schoolId, {
    policy: { ...stored.policy, parentsMayRequest: true },
  });
  await openAllDay(server.store, school.schoolId, now, ZONE);
  await server.store.messages.setConsent(school.guardianId, { date: '2030-06-01', recordedBy: 'teacher' });
});

test.afterEach(async () => {
  clearInterval(tick);
  await server?.stop();
});

/** A call in the current 15-minute slot (so next week's same time is a slot too) that ends `secondsLeft` from now. */
async function endingSoon(secondsLeft: number): Promise<string> {
  const teacherId = (await server.store.staff.list(school.schoolId))[0]!.id;
  const now = Date.now();
  const startAt = now - (now % SLOT_MS);
  return openBooking(
    server.store,
    { ...school, teacherId },
    startAt,
    (now + secondsLeft * 1000 - startAt) / 60_000,
  );
}

async function kioskPage(browser: Browser): Promise<Page> {
  const context = await browser.newContext({ viewport: { width: 1366, height: 768 } });
  await context.addInitScript(
    (pairing) => localStorage.setItem('hhc.kioskPairing', JSON.stringify(pairing)),
    { serverUrl: server.url, credential: school.kioskCredential },
  );
  const page = await context.newPage();
  await page.goto(`${server.url}/kiosk`);
  return page;
}

async function phonePage(browser: Browser): Promise<Page> {
  const context = await browser.newContext({ viewport: { width: 390, height: 844 }, hasTouch: true });
  const page = await context.newPage();
  await page.goto(`${server.url}/p/${school.guardianToken}`);
  return page;
}

async function parentJoins(phone: Page) {
  await phone.getByTestId('open-call').click();
  await phone.getByTestId('devices-ready').click();
  await expect(phone.getByTestId('call-status')).toHaveText(/马上就来|通话中/);
}

test('the parent never came: the child gets a kind word, a message to leave and the next times', async ({
  browser,
}) => {
  test.setTimeout(120_000);
  await endingSoon(30);
  const kiosk = await kioskPage(browser);
  await kiosk.getByTestId('child-tile').filter({ hasText: '小明' }).click();
  for (const digit of school.pin) await kiosk.getByTestId(`pin-${digit}`).click();
  await kiosk.getByTestId('join-call').click();
  await expect(kiosk.getByTestId('call-overlay')).toHaveAttribute('data-scene', 'parent-coming');
  // The slot ends with the child alone: the server closes the call, the kiosk asks who came.
  await expect(kiosk.getByTestId('after-call')).toHaveAttribute('data-outcome', 'missed', {
    timeout: 60_000,
  });
  await expect(kiosk.getByTestId('call-status')).toHaveText('妈妈这次没能来');
  await expect(kiosk.getByText('妈妈很想你！不是你的错。')).toBeVisible();
  // No "how was the call?" faces for a call that did not happen.
  await expect(kiosk.getByTestId('feeling-happy')).toHaveCount(0);
  for (const id of ['leave-message', 'rebook', 'after-book', 'after-done'])
    await expect(kiosk.getByTestId(id)).toBeInViewport();
  await kiosk.screenshot({ path: path.join(screenshots, 'missed-kiosk-1366x768.png') });
  await kiosk.getByTestId('after-book').click();
  await expect(kiosk.getByTestId('slot').first()).toBeVisible();
  await kiosk.context().close();
});

test('a call started from the picture screen (nobody logged in) that the parent missed: kind words, a teacher helps', async ({
  browser,
}) => {
  test.setTimeout(120_000);
  await endingSoon(25);
  const kiosk = await kioskPage(browser);
  await kiosk.getByTestId('open-call').first().click();
  await expect(kiosk.getByTestId('after-call')).toHaveAttribute('data-outcome', 'missed', {
    timeout: 60_000,
  });
  await expect(kiosk.getByTestId('call-status')).toHaveText('妈妈这次没能来');
  await expect(kiosk.getByText('请老师帮你再约一次。')).toBeVisible();
  // Nothing to book or record without a child logged in.
  for (const id of ['rebook', 'after-book', 'leave-message'])
    await expect(kiosk.getByTestId(id)).toHaveCount(0);
  await kiosk.screenshot({ path: path.join(screenshots, 'missed-kiosk-nobody-1366x768.png') });
  await kiosk.context().close();
});

test('the child never came: the parent is told kindly and can book again in one tap', async ({ browser }) => {
  test.setTimeout(120_000);
  await endingSoon(25);
  const phone = await phonePage(browser);
  await parentJoins(phone);
  await expect(phone.getByTestId('call-outcome')).toHaveAttribute('data-outcome', 'missed', {
    timeout: 60_000,
  });
  await expect(phone.getByTestId('call-status')).toHaveText('小明这次没能来');
  await expect(phone.getByTestId('rebook')).toBeVisible();
  // The mother agreed to messages: she can leave the child a few words instead.
  await expect(phone.getByTestId('voice-record')).toBeVisible();
  await phone.screenshot({ path: path.join(screenshots, 'missed-parent-390x844.png'), fullPage: true });
  await expect(phone.getByTestId('request-slot-time').first()).toBeVisible();
  await phone.screenshot({ path: path.join(screenshots, 'missed-parent-slots-390x844.png') });
  await phone.getByTestId('rebook').click();
  await expect(phone.getByTestId('rebook-done')).toBeVisible();
  await phone.context().close();
});

test('an ended call both sides came to is not called missed', async ({ browser }) => {
  test.setTimeout(120_000);
  await endingSoon(40);
  const phone = await phonePage(browser);
  await parentJoins(phone);
  const kiosk = await kioskPage(browser);
  await kiosk.getByTestId('open-call').first().click();
  await expect(phone.getByTestId('remote-video')).toBeVisible({ timeout: 30_000 });
  await expect(phone.getByTestId('call-outcome')).toHaveAttribute('data-outcome', 'ended', {
    timeout: 60_000,
  });
  await expect(kiosk.getByTestId('feeling-happy')).toBeVisible();
  await phone.context().close();
  await kiosk.context().close();
});

test('a parent whose link was opened on another phone is told so, with no way to take the call back', async ({
  browser,
}) => {
  await endingSoon(10 * 60);
  const first = await phonePage(browser);
  await parentJoins(first);
  const second = await phonePage(browser);
  await parentJoins(second);
  await expect(first.getByTestId('call-outcome')).toHaveAttribute('data-outcome', 'replaced');
  await expect(first.getByTestId('call-status')).toHaveText('你在另一部手机上加入了这次通话');
  for (const id of ['rebook', 'try-again', 'open-call', 'back-to-calls'])
    await expect(first.getByTestId(id)).toHaveCount(0);
  await first.screenshot({ path: path.join(screenshots, 'replaced-parent-390x844.png') });
  // The other phone is still in the call.
  await expect(second.getByTestId('call-outcome')).toHaveCount(0);
  await first.context().close();
  await second.context().close();
});
