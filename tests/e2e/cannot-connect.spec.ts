// A call whose media cannot connect (here: the media server announces an
// address nothing answers on, as when a firewall drops UDP and TCP alike).
// Within MEDIA_CONNECT_TIMEOUT_MS both screens say so in plain words, with
// "try again", never a black screen or a silent rejoin loop; the camera is
// off while they say it; the server's call log records "could not connect"
// for both sides, the kiosk's own call log "could not connect" (not "connection
// lost"), and the booking does not count as a call. The network lab
// (tests/network/blocked.spec.ts) does the same with real firewalls.
import { test, expect } from '@playwright/test';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { MEDIA_CONNECT_TIMEOUT_MS } from '../../renderer/src/call/connectClock';
import { startTestServer, type TestServer } from '../support/testServer';
import { seedSchool, type SchoolFixture } from '../support/fixtures';
import { expectAllTracksEnded, recordLocalTracks } from './localTracks';
import { openKioskMain, type KioskMain } from './kioskMain';

const here = path.dirname(fileURLToPath(import.meta.url));
const staticDir = path.resolve(here, '../../renderer/dist');

let server: TestServer;
let school: SchoolFixture;
let kioskMain: KioskMain;

test.beforeAll(async () => {
  server = await startTestServer({
    staticDir,
    // Candidates point at 127.0.0.2, where nothing listens: ICE fails on every path, on loopback only.
    media: {
      workers: 1,
      listenIp: '127.0.0.1',
      announcedIp: '127.0.0.2',
      rtcPort: 0,
      connectTimeoutMs: 60_000,
    },
  });
  school = await seedSchool(server.store, server.clock.now);
  kioskMain = await openKioskMain(server.url, school.kioskCredential, 'cannot-connect');
});

test.afterAll(async () => {
  kioskMain?.close();
  await server?.stop();
});

test('when media cannot connect both screens say so, release the camera, and offer to try again', async ({
  browser,
}) => {
  test.setTimeout(MEDIA_CONNECT_TIMEOUT_MS * 2 + 60_000);
  const parentContext = await browser.newContext({ viewport: { width: 390, height: 844 }, hasTouch: true });
  const kioskContext = await browser.newContext({ viewport: { width: 1366, height: 768 } });
  await kioskContext.addInitScript(
    (pairing) => localStorage.setItem('hhc.kioskPairing', JSON.stringify(pairing)),
    { serverUrl: server.url, credential: school.kioskCredential },
  );
  await recordLocalTracks(parentContext);
  await recordLocalTracks(kioskContext);
  await kioskMain.expose(kioskContext);
  const parent = await parentContext.newPage();
  const kiosk = await kioskContext.newPage();
  await parent.goto(`${server.url}/p/${school.guardianToken}`);
  await parent.getByTestId('open-call').click();
  await parent.getByTestId('devices-ready').click();
  await kiosk.goto(`${server.url}/kiosk`);
  await kiosk.getByTestId('open-call').first().click();

  const bound = { timeout: MEDIA_CONNECT_TIMEOUT_MS + 15_000 };
  await expect(parent.getByTestId('call-outcome')).toHaveAttribute('data-outcome', 'cannot-connect', bound);
  await expect(kiosk.getByTestId('after-call')).toHaveAttribute('data-outcome', 'cannot-connect', bound);
  await expect(parent.getByTestId('network-advice')).toBeVisible();
  await expect(kiosk.getByTestId('call-status')).toHaveText('这次没有连上');
  await expectAllTracksEnded(parent);
  await expectAllTracksEnded(kiosk);

  // The server's call log: two attempts that could not connect, no call.
  await expect
    .poll(async () =>
      (await server.store.callRecords.listForBooking(school.bookingId))
        .map((record) => `${record.participant}:${record.endReason}`)
        .sort(),
    )
    .toEqual(['kiosk:could-not-connect', 'parent:could-not-connect']);
  await expect.poll(() => server.rooms.counts().peers).toBe(0);
  // The kiosk's own log tells the teacher the network blocked the call, not that a call broke.
  await expect
    .poll(async () => {
      const recent = await kioskMain.invoke('calls:recent', {});
      return recent.ok
        ? (recent.value as Array<{ endReason: string | null }>).map((row) => row.endReason)
        : [];
    })
    .toEqual(['could-not-connect']);

  // "Try again" is a fresh attempt on both screens (it cannot connect here either, and says so again).
  await parent.getByTestId('try-again').click();
  await expect(parent.locator('main.call')).toBeVisible();
  await kiosk.getByTestId('try-again').click();
  await expect(kiosk.getByTestId('child-call')).toBeVisible();
  await expect(parent.getByTestId('call-outcome')).toHaveAttribute('data-outcome', 'cannot-connect', bound);
  await parent.getByTestId('back-to-calls').click();
  await expect(parent.getByTestId('child-name')).toHaveText('小明');

  await parentContext.close();
  await kioskContext.close();
});
