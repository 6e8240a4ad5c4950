// Calls bend, not break: a media worker crash, a dropped connection and a
// server restart in the middle of a call each bring both sides back into the
// same call by themselves, and the server's call log records the interruption.
import { test, expect } from '@playwright/test';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { startTestServer, type TestServer } from '../support/testServer';
import { openBooking, seedSchool, type SchoolFixture } from '../support/fixtures';
import { expectMediaFlowing, received, startCall } from './media';

const staticDir = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '../../renderer/dist');

let server: TestServer;
let school: SchoolFixture;

test.beforeEach(async () => {
  server = await startTestServer({ staticDir });
  school = await seedSchool(server.store, server.clock.now);
});

test.afterEach(async () => {
  await server?.stop();
});

async function kioskRecords(bookingId: string) {
  return (await server.store.callRecords.listForBooking(bookingId)).filter(
    (record) => record.participant === 'kiosk',
  );
}

test('a media worker crash mid-call brings both sides back by themselves', async ({ browser }) => {
  const call = await startCall(browser, server.url, school);
  const [pid] = server.pool.pids();
  process.kill(pid!, 'SIGKILL');
  await expect.poll(() => server.pool.pids()[0], { timeout: 15_000 }).not.toBe(pid);
  await expectMediaFlowing(call.kiosk, 30_000);
  await expectMediaFlowing(call.parent, 30_000);
  await expect(call.kiosk.getByTestId('call-status')).toHaveText('通话中');
  // The log shows the interruption as a closed attempt followed by a new one, not as one long call.
  const records = await kioskRecords(school.bookingId);
  expect(records.length).toBeGreaterThanOrEqual(2);
  expect(records[0]!.endReason).toBe('media-server-restarted');
  await call.close();
});

/** Whether the server holds the kiosk's microphone as paused (muted), or undefined without one. */
function kioskMicrophonePaused(): boolean | undefined {
  const peers = server.rooms.get(school.bookingId)?.peers.values() ?? [];
  const kiosk = [...peers].find((peer) => peer.role === 'kiosk');
  return [...(kiosk?.producers.values() ?? [])].find((producer) => producer.kind === 'audio')?.paused;
}

test('a dropped connection rejoins the same call, still muted if it was', async ({ browser }) => {
  const call = await startCall(browser, server.url, school);
  await call.kiosk.getByTestId('toggle-microphone').click();
  await expect.poll(kioskMicrophonePaused).toBe(true);
  // Kick the kiosk's socket from the server side, as a network drop looks to the server.
  for (const socket of server.io.sockets.sockets.values()) {
    if (socket.data.principal?.kiosk) socket.disconnect(true);
  }
  await expectMediaFlowing(call.kiosk, 30_000);
  // The parent gets the child's picture again (and, the kiosk being muted, no sound).
  const before = (await received(call.parent)).videoFramesDecoded;
  await expect
    .poll(async () => (await received(call.parent)).videoFramesDecoded, { timeout: 30_000 })
    .toBeGreaterThan(before + 10);
  const records = await kioskRecords(school.bookingId);
  expect(records.map((record) => record.endReason)).toContain('disconnected');
  // The rejoin published a new microphone: it must not come back live behind the child's back.
  await expect.poll(kioskMicrophonePaused).toBe(true);
  await call.close();
});

test('a server restart mid-call brings both sides back', async ({ browser }) => {
  const call = await startCall(browser, server.url, school);
  const { database, clock, port } = { ...server, port: server.port };
  await server.stop();
  server = await startTestServer({ staticDir, port }, { database, clock });
  await expectMediaFlowing(call.kiosk, 40_000);
  await expectMediaFlowing(call.parent, 40_000);
  await expect(call.parent.getByTestId('call-status')).toHaveAttribute('data-quiet', 'true');
  await call.close();
});

test('a call that ends at its slot end tells both sides, and the booking is settled once', async ({
  browser,
}) => {
  const teacher = (await server.store.staff.list(school.schoolId))[0]!;
  // A slot ending about 25 s from now: the server closes the call then.
  const startAt = Date.now() - 15 * 60_000 + 25_000;
  server.clock.now = Date.now();
  const bookingId = await openBooking(
    server.store,
    {
      schoolId: school.schoolId,
      childId: school.childId,
      guardianId: school.guardianId,
      teacherId: teacher.id,
    },
    startAt,
    15,
  );
  await server.store.bookings.setStatus(
    school.bookingId,
    ['confirmed'],
    'cancelled',
    server.clock.now,
    'test',
  );
  const call = await startCall(browser, server.url, school);
  await expect(call.kiosk.getByTestId('call-status')).toHaveText('通话结束了', { timeout: 45_000 });
  await expect(call.parent.getByTestId('call-status')).toHaveText('通话结束了');
  // The test clock stands still; move it past the slot and settle, twice: one verdict.
  server.clock.now = startAt + 15 * 60_000 + 1;
  expect(await server.calls.settle()).toBe(1);
  expect(await server.calls.settle()).toBe(0);
  expect((await server.store.bookings.get(bookingId))?.status).toBe('completed');
  await call.close();
});
