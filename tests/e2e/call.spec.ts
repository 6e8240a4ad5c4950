// Two Chromium contexts with fake camera and microphone join one call through
// the real server and the real mediasoup SFU; each proves it receives the
// other: video frames decoded and audio packets received, rising.
import { test, expect } from '@playwright/test';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { startTestServer, type TestServer } from '../support/testServer';
import { seedSchool, type SchoolFixture } from '../support/fixtures';
import type {} from '../../renderer/src/ui/debugHandle';
import { expectMediaFlowing, received } from './media';

const here = path.dirname(fileURLToPath(import.meta.url));
const staticDir = path.resolve(here, '../../renderer/dist');
const screenshots = path.resolve(here, '../screenshots');

let server: TestServer;
let school: SchoolFixture;

test.beforeAll(async () => {
  server = await startTestServer({ staticDir });
  school = await seedSchool(server.store, server.clock.now);
});

test.afterAll(async () => {
  await server?.stop();
});

test('a kiosk and a parent see and hear each other through the SFU', async ({ browser }) => {
  const parentContext = await browser.newContext({ viewport: { width: 390, height: 844 }, hasTouch: true });
  const kioskContext = await browser.newContext({ viewport: { width: 1366, height: 768 } });
  const parent = await parentContext.newPage();
  const kiosk = await kioskContext.newPage();

  // The kiosk was paired before (its credential is stored); the parent opens the link from the teacher.
  await kioskContext.addInitScript(
    (pairing) => localStorage.setItem('hhc.kioskPairing', JSON.stringify(pairing)),
    { serverUrl: server.url, credential: school.kioskCredential },
  );
  await parent.goto(`${server.url}/p/${school.guardianToken}`);
  await kiosk.goto(`${server.url}/kiosk`);
  await expect(parent.getByTestId('child-name')).toHaveText('小明');
  await parent.screenshot({ path: path.join(screenshots, 'parent-link-390x844.png') });
  await kiosk.screenshot({ path: path.join(screenshots, 'kiosk-today-1366x768.png') });
  // The parent checks camera and microphone first, then waits in the call for the child.
  await parent.getByTestId('open-call').click();
  await expect(parent.getByTestId('device-check')).toBeVisible();
  await expect
    .poll(() => parent.getByTestId('mic-level').getAttribute('data-level').then(Number), { timeout: 10_000 })
    .toBeGreaterThan(0);
  await parent.screenshot({ path: path.join(screenshots, 'parent-device-check-390x844.png') });
  await parent.getByTestId('devices-ready').click();
  await expect(parent.getByTestId('call-status')).toHaveText('小明马上就来');
  await parent.screenshot({ path: path.join(screenshots, 'parent-call-waiting-390x844.png') });

  // The child taps the call once: it starts.
  await kiosk.getByTestId('open-call').click();

  const kioskReceived = await expectMediaFlowing(kiosk);
  const parentReceived = await expectMediaFlowing(parent);
  expect(kioskReceived.videoFramesDecoded).toBeGreaterThan(0);
  expect(parentReceived.audioPacketsReceived).toBeGreaterThan(0);

  // Join time as the child feels it: join pressed → first remote frame shown.
  await expect.poll(() => kiosk.evaluate(() => window.hhcCall!.metrics().firstRemoteFrameAt)).toBeDefined();
  const joinFigures = await kiosk.evaluate(() => {
    const metrics = window.hhcCall!.metrics();
    const firstFrame = metrics.firstRemoteFrameAt;
    return {
      joinToFirstFrameMs:
        firstFrame !== undefined && metrics.joinStartedAt !== undefined
          ? firstFrame - metrics.joinStartedAt
          : -1,
      roundTripsBeforeIce: metrics.roundTripsBeforeIce,
    };
  });
  console.log(
    `kiosk join → first remote frame: ${joinFigures.joinToFirstFrameMs.toFixed(0)} ms; ` +
      `signalling round trips before ICE: ${joinFigures.roundTripsBeforeIce}`,
  );
  expect(joinFigures.roundTripsBeforeIce).toBeLessThanOrEqual(2);
  test
    .info()
    .annotations.push({ type: 'join-time-ms', description: joinFigures.joinToFirstFrameMs.toFixed(0) });

  await expect(kiosk.getByTestId('call-status')).toHaveText('通话中');
  await kiosk.screenshot({ path: path.join(screenshots, 'kiosk-in-call-1366x768.png') });
  await parent.screenshot({ path: path.join(screenshots, 'parent-in-call-390x844.png') });

  // Switching the camera keeps the call going (the fake device has one camera: it reopens it).
  await parent.getByTestId('switch-camera').click();
  await expectMediaFlowing(kiosk);

  // Low-data mode, sound only: the parent's video stops, the voices go on.
  await parent.getByTestId('low-data').click();
  await expect(parent.getByTestId('low-data')).toHaveAttribute('data-mode', 'small');
  await parent.getByTestId('low-data').click();
  await expect(parent.getByTestId('low-data')).toHaveAttribute('data-mode', 'audio');
  await parent.screenshot({ path: path.join(screenshots, 'parent-sound-only-390x844.png') });
  const settle = await received(parent);
  await expect
    .poll(async () => (await received(parent)).audioPacketsReceived, { timeout: 10_000 })
    .toBeGreaterThan(settle.audioPacketsReceived + 50);
  const paused = await received(parent);
  await parent.waitForTimeout(1500); // a quiet stretch: frames must not grow while audio does
  const later = await received(parent);
  expect(later.videoFramesDecoded - paused.videoFramesDecoded).toBeLessThanOrEqual(2);
  expect(later.audioPacketsReceived).toBeGreaterThan(paused.audioPacketsReceived);
  // And back: video returns.
  await parent.getByTestId('low-data').click();
  await expect(parent.getByTestId('low-data')).toHaveAttribute('data-mode', 'off');
  await expectMediaFlowing(parent);

  // Hang up on both sides: the server keeps nothing.
  await kiosk.getByTestId('leave').click();
  await parent.getByTestId('leave').click();
  await expect(kiosk.getByTestId('call-status')).toHaveText('通话结束了');
  await expect
    .poll(() => server.rooms.counts())
    .toEqual({ rooms: 0, peers: 0, transports: 0, producers: 0, consumers: 0 });

  await parentContext.close();
  await kioskContext.close();
});

test('a wrong or revoked parent link says so kindly and shows nothing else', async ({ page }) => {
  await page.setViewportSize({ width: 390, height: 844 });
  await page.goto(`${server.url}/p/${'x'.repeat(43)}`);
  await expect(page.getByTestId('invalid-link')).toHaveText('这个链接已经失效了。请向老师要一个新的链接。');
  await page.screenshot({ path: path.join(screenshots, 'parent-invalid-link-390x844.png') });
  await server.store.guardians.revokeLink(school.guardianId, server.clock.now);
  await page.goto(`${server.url}/p/${school.guardianToken}`);
  await expect(page.getByTestId('invalid-link')).toBeVisible();
  await expect(page.getByText('小明')).toHaveCount(0);
});
