// Child mode end to end: the kiosk page in Chromium with the real main-process
// IPC handlers bridged in (a real local call log in a temporary folder), the
// real server and SFU, and a parent's phone page. A child logs in with
// pictures, books a call, joins one, talks until the slot ends, and taps a
// face; the local call log then holds the whole attempt.
import { test, expect, type Page } from '@playwright/test';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { startTestServer, type TestServer } from '../support/testServer';
import { openBooking, seedSchool, type SchoolFixture } from '../support/fixtures';
import { addFamily, type Family } from '../support/domain';
import { addDays, instantToZoned, zonedToInstant } from '../../signaling-server/src/domain/time';
import type {} from '../../renderer/src/ui/debugHandle';
import { expectMediaFlowing } from './media';
import { openKioskMain, type KioskMain } from './kioskMain';

const here = path.dirname(fileURLToPath(import.meta.url));
const staticDir = path.resolve(here, '../../renderer/dist');
const screenshots = path.resolve(here, '../screenshots');
const ZONE = 'Asia/Shanghai';

let server: TestServer;
let school: SchoolFixture;
let other: Family;
let kioskMain: KioskMain;
let tick: ReturnType<typeof setInterval>;

const invoke = (channel: string, input: unknown) => kioskMain.invoke(channel, input);

test.beforeAll(async () => {
  server = await startTestServer({ staticDir });
  // The browser's clock is real time; the server's follows it so both agree on when a call ends.
  server.clock.now = Date.now();
  tick = setInterval(() => (server.clock.now = Date.now()), 200);
  school = await seedSchool(server.store, server.clock.now);
  other = await addFamily(server.store, school.schoolId, { name: '小红' });
  // The fixture's call open now would be "next"; this test places its own calls.
  await server.store.bookings.setStatus(
    school.bookingId,
    ['confirmed'],
    'cancelled',
    server.clock.now,
    'test',
  );
  kioskMain = await openKioskMain(server.url, school.kioskCredential);
});

test.afterAll(async () => {
  clearInterval(tick);
  kioskMain?.close();
  await server?.stop();
});

const shot = (page: Page, name: string) =>
  page.screenshot({ path: path.join(screenshots, `kiosk-child-${name}-1366x768.png`) });

async function tapPin(page: Page, pin: number[]) {
  for (const digit of pin) await page.getByTestId(`pin-${digit}`).click();
}

test('a child logs in with pictures, books, talks until the slot ends and says how it felt', async ({
  browser,
}) => {
  test.setTimeout(150_000);
  const teacherId = (await server.store.staff.list(school.schoolId))[0]!.id;
  const who = {
    schoolId: school.schoolId,
    childId: school.childId,
    guardianId: school.guardianId,
    teacherId,
  };
  // The next call: tomorrow 16:00 at the school (the fixture's windows run 16:00–18:00 daily).
  const tomorrow = addDays(instantToZoned(Date.now(), ZONE).date, 1);
  const tomorrowCall = await openBooking(server.store, who, zonedToInstant(tomorrow, 16 * 60, ZONE), 15);
  expect(tomorrowCall).toBeTruthy();

  const kioskContext = await browser.newContext({ viewport: { width: 1366, height: 768 } });
  await kioskMain.expose(kioskContext);
  await kioskContext.addInitScript(
    (pairing) => localStorage.setItem('hhc.kioskPairing', JSON.stringify(pairing)),
    { serverUrl: server.url, credential: school.kioskCredential },
  );
  const kiosk = await kioskContext.newPage();
  await kiosk.goto(`${server.url}/kiosk`);

  // Who are you? Two classes, two children.
  await expect(kiosk.getByTestId('child-tile')).toHaveCount(2);
  await expect(kiosk.getByTestId('class-filter')).toHaveCount(3);
  await shot(kiosk, 'login');
  await kiosk.getByTestId('class-filter').filter({ hasText: '三年级二班' }).click();
  await expect(kiosk.getByTestId('child-tile')).toHaveCount(1);
  await kiosk.getByTestId('class-filter').filter({ hasText: '全部' }).click();

  // 小红 forgets her pictures too often: a calm "wait or ask your teacher" with a ring.
  await kiosk.getByTestId('child-tile').filter({ hasText: '小红' }).click();
  const wrong = other.pin.join() === '8,8,8' ? [7, 7, 7] : [8, 8, 8];
  for (let attempt = 0; attempt < 6; attempt++) {
    await tapPin(kiosk, wrong);
    const locked = await kiosk
      .getByTestId('pin-locked')
      .or(kiosk.getByTestId('pin-status').filter({ hasText: '不对哦' }))
      .first()
      .waitFor()
      .then(() => kiosk.getByTestId('pin-locked').isVisible());
    if (locked) break;
    if (attempt === 0) await shot(kiosk, 'pin-wrong');
  }
  await expect(kiosk.getByTestId('pin-locked')).toBeVisible();
  await shot(kiosk, 'locked');
  await kiosk.getByTestId('locked-back').click();

  // 小明 taps himself and his three pictures.
  await kiosk.getByTestId('child-tile').filter({ hasText: '小明' }).click();
  await expect(kiosk.getByTestId('pin-pad')).toBeVisible();
  await tapPin(kiosk, school.pin.slice(0, 2));
  await expect(kiosk.getByTestId('pin-slots')).toHaveAttribute('data-filled', '2');
  await shot(kiosk, 'pin');
  await kiosk.getByTestId('pin-undo').click();
  await expect(kiosk.getByTestId('pin-slots')).toHaveAttribute('data-filled', '1');
  await tapPin(kiosk, school.pin.slice(1));

  // Home: the next call with mum, a countdown ring, the join button not lit yet.
  await expect(kiosk.getByTestId('next-call-title')).toContainText('妈妈 · ');
  await expect(kiosk.getByTestId('join-call')).toBeDisabled();
  await expect(kiosk.getByTestId('countdown-ring')).toBeVisible();
  await shot(kiosk, 'home');

  // Book a free time with mum.
  await kiosk.getByTestId('book').click();
  await expect(kiosk.getByTestId('slot').first()).toBeVisible();
  await shot(kiosk, 'booking');
  const slotStart = Number(await kiosk.getByTestId('slot').first().getAttribute('data-start'));
  expect(slotStart).toBeGreaterThanOrEqual(Date.now() + 29 * 60_000);
  await kiosk.getByTestId('slot').first().click();
  await expect(kiosk.getByTestId('pick-parent')).toHaveCount(1);
  await shot(kiosk, 'pick-parent');
  // Mum is already picked (the only guardian); one green button books.
  await expect(kiosk.getByTestId('pick-parent')).toHaveAttribute('aria-pressed', 'true');
  await kiosk.getByTestId('book-it').click();
  await expect(kiosk.getByTestId('booked')).toBeVisible();
  await expect(kiosk.getByTestId('booking-result')).toContainText('妈妈');
  await shot(kiosk, 'booked');
  const mine = await server.store.bookings.list({ childId: school.childId, statuses: ['confirmed'] });
  expect(mine.map((b) => b.startAt)).toContain(slotStart);
  await kiosk.getByTestId('booking-ok').click();
  await expect(kiosk.getByTestId('child-home')).toBeVisible();

  // A call open now that ends in about 50 seconds; the school's kiosks are told the schedule changed.
  const now = Date.now();
  const callId = await openBooking(server.store, who, now - 60_000, (60_000 + 50_000) / 60_000);
  const endAt = now + 50_000;
  server.io.to(`school:${school.schoolId}`).emit('schedule:changed', { schoolId: school.schoolId });
  await expect(kiosk.getByTestId('join-call')).toBeEnabled();
  // The camera opens while the button is lit, so the press goes straight to connecting.
  await expect
    .poll(() => kiosk.getByTestId('self-preview').evaluate((video: HTMLVideoElement) => video.videoWidth))
    .toBeGreaterThan(0);
  await shot(kiosk, 'home-join');

  // Mum opens her link and checks camera and microphone.
  const parentContext = await browser.newContext({ viewport: { width: 390, height: 844 }, hasTouch: true });
  const parent = await parentContext.newPage();
  await parent.goto(`${server.url}/p/${school.guardianToken}`);
  await parent.getByTestId('open-call').click();
  await expect(parent.getByTestId('device-check')).toBeVisible();

  // The child joins first and is told mum is coming.
  await kiosk.getByTestId('join-call').click();
  await expect(kiosk.getByTestId('call-overlay')).toHaveAttribute('data-scene', 'parent-coming');
  await shot(kiosk, 'call-waiting');
  await parent.getByTestId('devices-ready').click();

  await expectMediaFlowing(kiosk);
  await expectMediaFlowing(parent);
  await expect(kiosk.getByTestId('call-overlay')).toHaveCount(0);
  await expect(kiosk.getByTestId('call-status')).toHaveText('通话中');
  // Under two minutes left: the soft banner and the orange ring.
  await expect(kiosk.getByTestId('ending-soon')).toBeVisible();
  await expect(kiosk.locator('.ring--warning')).toBeVisible();
  await shot(kiosk, 'in-call');

  // The server ends the call at the slot's end; the faces appear.
  await expect(kiosk.getByTestId('after-call')).toBeVisible({ timeout: endAt - Date.now() + 15_000 });
  await shot(kiosk, 'after-call');
  await kiosk.getByTestId('feeling-happy').click();
  await expect(kiosk.getByTestId('child-home')).toBeVisible();

  // The kiosk's own call log holds the whole attempt.
  await expect
    .poll(async () => {
      const recent = await invoke('calls:recent', { childId: school.childId });
      return recent.ok ? (recent.value as Array<{ feeling: string | null }>)[0]?.feeling : undefined;
    })
    .toBe('happy');
  const recent = await invoke('calls:recent', { childId: school.childId });
  if (!recent.ok) throw new Error(recent.error.message);
  const rows = recent.value as Array<Record<string, unknown> & { quality: { samples: number } }>;
  expect(rows).toHaveLength(1);
  const row = rows[0]!;
  expect(row).toMatchObject({
    bookingId: callId,
    endReason: 'slot-ended',
    feeling: 'happy',
    guardianRelation: 'mother',
  });
  for (const key of ['kioskJoinedAt', 'kioskLeftAt', 'parentJoinedAt', 'parentLeftAt'])
    expect(row[key], key).toEqual(expect.any(Number));
  expect(row.quality.samples).toBeGreaterThan(0);
  console.log('call log row:', JSON.stringify({ ...row, id: undefined }));

  await parentContext.close();
  await kioskContext.close();
});
