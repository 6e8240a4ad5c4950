// A kiosk on a PC too slow for three simulcast layers: the page's encoder
// reports itself CPU-limited (here by making getStats say so, as Chromium does
// when its encoder falls behind), and the kiosk stops sending its largest
// layers by itself — read from its RTCRtpSender's parameters — while the
// parent keeps seeing the child and the child's screen says nothing about it.
import { test, expect } from '@playwright/test';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { startTestServer, type TestServer } from '../support/testServer';
import { seedSchool, type SchoolFixture } from '../support/fixtures';
import type {} from '../../renderer/src/ui/debugHandle';
import { expectMediaFlowing, startCall, type CallPages } from './media';

const staticDir = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '../../renderer/dist');

/**
 * On the kiosk's page only: every outbound video stream in an RTCRtpSender's
 * stats says its quality is limited by the CPU (media itself is untouched),
 * and the page's transceivers are kept where the test can read their senders.
 */
const cpuLimitedEncoder = `(() => {
  if (!location.pathname.startsWith('/kiosk')) return;
  const addTransceiver = RTCPeerConnection.prototype.addTransceiver;
  RTCPeerConnection.prototype.addTransceiver = function (...args) {
    const transceiver = addTransceiver.apply(this, args);
    (window.__hhcTransceivers ??= []).push(transceiver);
    return transceiver;
  };
  const original = RTCRtpSender.prototype.getStats;
  RTCRtpSender.prototype.getStats = async function () {
    const report = await original.call(this);
    const changed = new Map();
    report.forEach((entry, id) => {
      changed.set(id, entry.type === 'outbound-rtp' && entry.kind === 'video'
        ? { ...entry, qualityLimitationReason: 'cpu' }
        : entry);
    });
    return changed;
  };
})();`;

let server: TestServer;
let school: SchoolFixture;
let call: CallPages | undefined;

test.beforeAll(async () => {
  server = await startTestServer({ staticDir });
  school = await seedSchool(server.store, server.clock.now);
});

test.afterAll(async () => {
  await call?.close();
  await server?.stop();
});

function encoder(call: CallPages) {
  return call.kiosk.evaluate(() => window.hhcCall?.encoder());
}

/** Which of the kiosk camera's simulcast layers are being sent, smallest first ('' before there is one). */
function layersSent(call: CallPages) {
  return call.kiosk.evaluate(() => {
    const transceivers =
      (window as unknown as { __hhcTransceivers?: RTCRtpTransceiver[] }).__hhcTransceivers ?? [];
    const camera = transceivers
      .filter((t) => t.sender.track?.kind === 'video' && t.currentDirection !== 'stopped')
      .at(-1);
    return (camera?.sender.getParameters().encodings ?? [])
      .map((encoding) => (encoding.active ? 'on' : 'off'))
      .join(',');
  });
}

/** What the child can read on the call screen, besides the clock that counts down. */
function childNotices(call: CallPages) {
  return call.kiosk.evaluate(() =>
    [
      ...document.querySelectorAll(
        '[data-testid="call-status"], [data-testid="low-data-notice"], [data-testid="link-notice"], [data-testid="self-paused"]',
      ),
    ]
      .filter((element) => (element as HTMLElement).offsetParent !== null)
      .map((element) => `${element.getAttribute('data-testid')}: ${element.textContent ?? ''}`),
  );
}

test('a CPU-limited kiosk encoder steps down to smaller layers by itself, and the child is told nothing', async ({
  browser,
}) => {
  test.setTimeout(120_000);
  call = await startCall(browser, server.url, school, {
    prepare: async (context) => void (await context.addInitScript({ content: cpuLimitedEncoder })),
  });
  // At first every layer goes out.
  await expect.poll(() => layersSent(call!), { timeout: 10_000 }).toBe('on,on,on');
  const before = await childNotices(call);

  // After a spell of CPU limits the largest layer stops, after another the middle one; the smallest stays.
  await expect.poll(async () => (await encoder(call!))?.maxLayer, { timeout: 30_000 }).toBe(1);
  expect((await encoder(call))?.cpuLimited).toBe(true);
  await expect.poll(() => layersSent(call!), { timeout: 10_000 }).toBe('on,on,off');
  await expect.poll(async () => (await encoder(call!))?.maxLayer, { timeout: 30_000 }).toBe(0);
  await expect.poll(() => layersSent(call!), { timeout: 10_000 }).toBe('on,off,off');

  // The parent still sees the child (on the smallest layer), and the child's screen says what it said before.
  await expectMediaFlowing(call.parent);
  expect(await childNotices(call)).toEqual(before);
});
