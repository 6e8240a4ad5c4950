// "Same time next week" in one tap from the parent's ended screen, in
// Chromium: after hanging up, the parent taps it and the school's rules (a
// parent's booking is a request the teacher confirms) decide; the new booking
// sits seven days on at the same school time.
import { test, expect } from '@playwright/test';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { startTestServer, type TestServer } from '../support/testServer';
import { openAllDay, openBooking, seedSchool, type SchoolFixture } from '../support/fixtures';
import { addDays, instantToZoned, zonedToInstant } from '../../signaling-server/src/domain/time';
import { startCall, type CallPages } from './media';

const here = path.dirname(fileURLToPath(import.meta.url));
const staticDir = path.resolve(here, '../../renderer/dist');
const screenshots = path.resolve(here, '../screenshots');
const ZONE = 'Asia/Shanghai';
const SLOT_MS = 15 * 60_000;

let server: TestServer;
let school: SchoolFixture;
let call: CallPages | undefined;

/** A fresh server per test: a call in today's current slot, inside a window open all day (so next week's is too). */
test.beforeEach(async () => {
  server = await startTestServer({ staticDir });
  server.clock.now = Date.now();
  school = await seedSchool(server.store, server.clock.now);
  const now = server.clock.now;
  await openAllDay(server.store, school.schoolId, now, ZONE);
  await server.store.bookings.setStatus(school.bookingId, ['confirmed'], 'cancelled', now, 'test');
  const teacherId = (await server.store.staff.list(school.schoolId))[0]!.id;
  await openBooking(server.store, { ...school, teacherId }, now - (now % SLOT_MS), 15);
});

test.afterEach(async () => {
  await call?.close();
  call = undefined;
  await server?.stop();
});

test('a call that did not happen: the kiosk child gets same time next week, the free times and a message', async ({
  browser,
}) => {
  test.skip(
    instantToZoned(Date.now(), ZONE).minuteOfDay >= 24 * 60 - 20,
    'the slot would cross midnight at the school',
  );
  await server.store.messages.setConsent(school.guardianId, { date: '2030-06-01', recordedBy: 'teacher' });
  const context = await browser.newContext({ viewport: { width: 1366, height: 768 } });
  await context.addInitScript(
    (pairing) => localStorage.setItem('hhc.kioskPairing', JSON.stringify(pairing)),
    { serverUrl: server.url, credential: school.kioskCredential },
  );
  const kiosk = await context.newPage();
  await kiosk.goto(`${server.url}/kiosk`);
  await kiosk.getByTestId('child-tile').filter({ hasText: '小明' }).click();
  for (const digit of school.pin) await kiosk.getByTestId(`pin-${digit}`).click();
  await kiosk.getByTestId('join-call').click();
  // The child gives up before the call starts (nobody came).
  await kiosk.getByTestId('leave').click();
  await expect(kiosk.getByTestId('after-call')).toBeVisible();
  await expect(kiosk.getByTestId('leave-message')).toBeVisible();
  await expect(kiosk.getByTestId('after-book')).toBeVisible();
  await kiosk.screenshot({ path: path.join(screenshots, 'rebook-kiosk-after-1366x768.png') });
  await kiosk.getByTestId('rebook').click();
  await expect(kiosk.getByTestId('rebook-done')).toHaveAttribute('data-status', 'confirmed');
  const [next] = await server.store.bookings.list({
    childId: school.childId,
    from: Date.now() + 6 * 86_400_000,
  });
  expect(next).toMatchObject({ status: 'confirmed', createdBy: { kind: 'child' } });
  // The next free times are one tap away.
  await kiosk.getByTestId('after-book').click();
  await expect(kiosk.getByTestId('slot').first()).toBeVisible();
  await kiosk.screenshot({ path: path.join(screenshots, 'rebook-kiosk-slots-1366x768.png') });
  await context.close();
});

test('the parent rebooks the same time next week with one tap after hanging up', async ({ browser }) => {
  test.skip(
    instantToZoned(Date.now(), ZONE).minuteOfDay >= 24 * 60 - 20,
    'the slot would cross midnight at the school',
  );
  call = await startCall(browser, server.url, school);
  const { parent } = call;
  const [booking] = await server.store.bookings.list({
    childId: school.childId,
    statuses: ['confirmed', 'in_progress'],
  });
  await parent.getByTestId('leave').click();
  await expect(parent.getByTestId('call-outcome')).toHaveAttribute('data-outcome', 'ended');
  await expect(parent.getByTestId('rebook')).toBeVisible();
  await parent.screenshot({ path: path.join(screenshots, 'rebook-parent-ended-390x844.png') });
  await parent.getByTestId('rebook').click();
  await expect(parent.getByTestId('rebook-done')).toHaveAttribute('data-status', 'requested');
  await parent.screenshot({ path: path.join(screenshots, 'rebook-parent-done-390x844.png') });
  const { date, minuteOfDay } = instantToZoned(booking!.startAt, ZONE);
  const nextWeek = await server.store.bookings.list({ childId: school.childId, statuses: ['requested'] });
  expect(nextWeek.map((b) => b.startAt)).toEqual([zonedToInstant(addDays(date, 7), minuteOfDay, ZONE)]);
});
