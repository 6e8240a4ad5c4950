// The parent's page in WebKit: Debian's WebKitGTK (MiniBrowser through
// WebKitWebDriver, on a virtual display), the closest engine to an iPhone's
// Safari and to WeChat on iOS available here. What it can do here is recorded
// in docs/browsers.md; in short, Debian 12's WebKitGTK 2.50 is built without
// WebRTC (no RTCPeerConnection), so the link page, asking for a time and the
// camera and microphone work, and the call itself cannot. The page must then
// say so in plain words and lead back, which is what this engine tests. Where
// a WebKitGTK with WebRTC is installed the device check and waiting room run.
import { test, expect } from '@playwright/test';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { startTestServer, type TestServer } from '../support/testServer';
import { seedSchool, type SchoolFixture } from '../support/fixtures';
import { WebKitSession, webkitMissing } from './engines/webkit';

const here = path.dirname(fileURLToPath(import.meta.url));
const staticDir = path.resolve(here, '../../renderer/dist');
const screenshots = path.resolve(here, '../screenshots');

let server: TestServer;
let school: SchoolFixture;
let webkit: WebKitSession | undefined;
let hasWebRtc = false;

test.beforeAll(async () => {
  // Missing browsers fail the run with the reason: a WebKit test that skips itself proves nothing.
  const missing = webkitMissing();
  if (missing) throw new Error(`WebKit tests cannot run: ${missing}`);
  server = await startTestServer({ staticDir });
  school = await seedSchool(server.store, server.clock.now);
  webkit = await WebKitSession.start();
  await webkit.setWindowSize(390, 844);
  await webkit.goto(`${server.url}/p/${school.guardianToken}`);
  hasWebRtc = await webkit.evaluate<boolean>('return typeof RTCPeerConnection === "function";');
  console.log(`WebKitGTK: RTCPeerConnection ${hasWebRtc ? 'present' : 'absent (built without WebRTC)'}`);
});

test.afterAll(async () => {
  await webkit?.close();
  await server?.stop();
});

test('in WebKit the link page shows the child and a parent can ask for a time', async () => {
  const page = webkit!;
  await page.goto(`${server.url}/p/${school.guardianToken}`);
  expect(await page.textOf('child-name')).toBe('小明');
  expect(
    await page.evaluate<number>('return document.querySelectorAll("[data-testid=call-item]").length;'),
  ).toBe(1);
  await page.screenshot(path.join(screenshots, 'webkit-parent-link-390x844.png'));
  await page.click('request-open');
  await page.click('request-slot-time');
  expect(await page.textOf('request-message')).toBe('已经发给老师了，请等老师确认。');
  const requested = await server.store.bookings.list({
    guardianId: school.guardianId,
    statuses: ['requested'],
  });
  expect(requested).toHaveLength(1);
});

test('in WebKit the camera and microphone open (mock devices) and an AudioContext runs', async () => {
  const page = webkit!;
  await page.goto(`${server.url}/p/${school.guardianToken}`);
  await page.textOf('child-name');
  const media = await page.evaluate<{ kinds: string[]; audio: string }>(`
    const stream = await navigator.mediaDevices.getUserMedia({ audio: true, video: true });
    const context = new AudioContext();
    await new Promise((resolve) => setTimeout(resolve, 500));
    const result = { kinds: stream.getTracks().map((track) => track.kind).sort(), audio: context.state };
    stream.getTracks().forEach((track) => track.stop());
    await context.close();
    return result;`);
  expect(media).toEqual({ kinds: ['audio', 'video'], audio: 'running' });
});

test('without WebRTC the page says this browser cannot call, and leads back to the link page', async () => {
  test.skip(hasWebRtc, 'this WebKitGTK has WebRTC: the device check and waiting room run instead');
  const page = webkit!;
  await page.goto(`${server.url}/p/${school.guardianToken}`);
  await page.click('open-call');
  expect(await page.textOf('permission-help')).toContain('这个浏览器不能视频通话');
  await page.screenshot(path.join(screenshots, 'webkit-parent-no-webrtc-390x844.png'));
  await page.click('back-to-calls');
  expect(await page.textOf('child-name')).toBe('小明');
});

test('with WebRTC the device check and the waiting room work', async () => {
  test.skip(!hasWebRtc, 'Debian’s WebKitGTK is built without WebRTC (no RTCPeerConnection)');
  const page = webkit!;
  await page.goto(`${server.url}/p/${school.guardianToken}`);
  await page.click('open-call');
  await page.waitFor('document.querySelector("[data-testid=preview]")?.videoWidth > 0');
  await page.click('devices-ready');
  expect(await page.waitFor<string>('document.querySelector("[data-testid=call-status]")?.textContent')).toBe(
    '小明马上就来',
  );
  await page.click('leave');
  await page.waitFor('document.querySelector("[data-testid=call-outcome]")');
});
