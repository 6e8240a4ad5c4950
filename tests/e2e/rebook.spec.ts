// "Same time next week" in one tap from the parent's ended screen, in
// Chromium: after hanging up, the parent taps it and the school's rules (a
// parent's booking is a request the teacher confirms) decide; the new booking
// sits seven days on at the same school time.
import { test, expect } from '@playwright/test';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { startTestServer, type TestServer } from '../support/testServer';
import { openBooking, seedSchool, type SchoolFixture } from '../support/fixtures';
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

test.beforeAll(async () => {
  server = await startTestServer({ staticDir });
  server.clock.now = Date.now();
  school = await seedSchool(server.store, server.clock.now);
  // A call in today's current slot, inside a window open all day (so next week's same slot is too).
  const now = server.clock.now;
  const today = instantToZoned(now, ZONE);
  await server.store.windows.create({
    schoolId: school.schoolId,
    weekday: today.weekday,
    startMinute: 0,
    endMinute: 24 * 60 - 15,
    slotMinutes: 15,
    capacity: 2,
    validFrom: today.date,
    validUntil: null,
  });
  await server.store.bookings.setStatus(school.bookingId, ['confirmed'], 'cancelled', now, 'test');
  const teacherId = (await server.store.staff.list(school.schoolId))[0]!.id;
  await openBooking(server.store, { ...school, teacherId }, now - (now % SLOT_MS), 15);
});

test.afterAll(async () => {
  await call?.close();
  await server?.stop();
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
