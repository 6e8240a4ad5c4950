// Sound only on a weak link, end to end: the server decides the parent's link
// is too weak (its guard is fed weak samples, since loopback cannot be made
// weak; tests/network does it for real), both screens say so calmly, the
// parent's phone stops sending its camera while the sound goes on, and the
// picture comes back when the link is good again.
import { test, expect, type Page } from '@playwright/test';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { startTestServer, type TestServer } from '../support/testServer';
import { seedSchool, type SchoolFixture } from '../support/fixtures';
import type {} from '../../renderer/src/ui/debugHandle';
import { defaultLinkOptions } from '../../signaling-server/src/config';
import { expectMediaFlowing, received, startCall } from './media';

const here = path.dirname(fileURLToPath(import.meta.url));
const staticDir = path.resolve(here, '../../renderer/dist');
const screenshots = path.resolve(here, '../screenshots');

let server: TestServer;
let school: SchoolFixture;

test.beforeAll(async () => {
  // The guard's own (good, loopback) samples must not bring video back while the test looks.
  if (!defaultLinkOptions) throw new Error('the link guard is on by default');
  server = await startTestServer({ staticDir, link: { ...defaultLinkOptions, videoReturnAfterMs: 300_000 } });
  school = await seedSchool(server.store, server.clock.now);
});

test.afterAll(async () => {
  await server?.stop();
});

const linkState = (page: Page) => page.evaluate(() => window.hhcCall?.linkState());

test('a weak parent link turns the call to sound only on both screens, and video comes back', async ({
  browser,
}) => {
  const call = await startCall(browser, server.url, school);
  const { kiosk, parent } = call;
  const room = server.rooms.get(school.bookingId)!;
  const parentPeer = [...room.peers.values()].find((peer) => peer.role === 'parent')!;
  const guard = parentPeer.linkGuard!;
  expect(guard.running).toBe(true); // started when the parent's media connected

  // Three weak samples in a row (the guard's own loopback samples in between are good).
  const weak = { estimateKbps: 80, videoFlowing: true, audioScore: 10 };
  for (let i = 0; i < 3; i++) guard.observe({ atMs: Date.now() + i, ...weak });
  expect(guard.state).toBe('audio-only');

  await expect(parent.getByTestId('link-notice')).toHaveText('网络较弱，暂时只有声音');
  await expect(parent.getByTestId('self-paused')).toHaveText('画面已暂停');
  await expect(parent.getByTestId('remote-video')).toHaveCount(0);
  await expect(kiosk.getByTestId('call-overlay')).toHaveAttribute('data-sound-only', 'true');
  await expect(kiosk.getByTestId('call-overlay')).toContainText('妈妈那边网络较弱，暂时只有声音');
  await expect(kiosk.getByTestId('remote-video')).toHaveCount(0);
  expect(await linkState(parent)).toEqual({ self: 'audio-only', other: 'video' });
  expect(await linkState(kiosk)).toEqual({ self: 'video', other: 'audio-only' });
  await parent.screenshot({ path: path.join(screenshots, 'parent-sound-only-390x844.png') });
  await kiosk.screenshot({ path: path.join(screenshots, 'kiosk-sound-only-1366x768.png') });

  // The server holds the parent's incoming video; the parent's phone stops sending its camera.
  const parentVideoIn = [...parentPeer.consumers.values()].filter((c) => c.kind === 'video');
  expect(parentVideoIn.every((c) => c.paused)).toBe(true);
  const parentCamera = [...parentPeer.producers.values()].find((p) => p.kind === 'video')!;
  await expect.poll(() => parentCamera.paused).toBe(true);
  // The voices go on both ways.
  for (const page of [kiosk, parent]) {
    const before = (await received(page)).audioPacketsReceived;
    await expect.poll(async () => (await received(page)).audioPacketsReceived).toBeGreaterThan(before);
  }

  // The link has been good long enough: video returns on both sides and the notices go.
  const good = { estimateKbps: 800, videoFlowing: false, audioScore: 10 };
  guard.observe({ atMs: Date.now() + 1_000, ...good });
  guard.observe({ atMs: Date.now() + 302_000, ...good });
  expect(guard.state).toBe('video');
  await expect(parent.getByTestId('link-notice')).toHaveCount(0);
  await expect(parent.getByTestId('self-paused')).toHaveCount(0);
  await expect(kiosk.getByTestId('call-overlay')).toHaveCount(0);
  await expect.poll(() => parentCamera.paused).toBe(false);
  await expectMediaFlowing(kiosk);
  await expectMediaFlowing(parent);
  expect(await linkState(parent)).toEqual({ self: 'video', other: 'video' });

  await call.close();
});

test('a weak kiosk link: the child sees a crossed-out camera instead of a black self-view, the parent a notice', async ({
  browser,
}) => {
  const call = await startCall(browser, server.url, school);
  const { kiosk, parent } = call;
  const room = server.rooms.get(school.bookingId)!;
  const kioskPeer = [...room.peers.values()].find((peer) => peer.role === 'kiosk')!;
  const weak = { estimateKbps: 60, videoFlowing: true, audioScore: 10 };
  for (let i = 0; i < 3; i++) kioskPeer.linkGuard!.observe({ atMs: Date.now() + i, ...weak });

  await expect(kiosk.getByTestId('self-paused')).toBeVisible();
  await expect(kiosk.getByTestId('local-video')).toHaveCount(0);
  await expect(parent.getByTestId('link-notice')).toContainText('网络较弱，暂时只有声音');
  expect(await linkState(kiosk)).toEqual({ self: 'audio-only', other: 'video' });
  await kiosk.screenshot({ path: path.join(screenshots, 'kiosk-self-weak-1366x768.png') });
  await call.close();
});
