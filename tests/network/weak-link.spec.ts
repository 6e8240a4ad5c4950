// A parent on a weak mobile link: 150 kbit/s each way with 5 % of packets
// lost at random in each direction. What the people in the call should feel:
// the voice keeps coming with little concealment, the video steps down (to
// the smallest simulcast layer, or off), and comes back when the link does.
import { test, expect } from '@playwright/test';
import { cameraConstraints, cameraEncodings } from '../../renderer/src/call/encodings';
import { startCallAcross, stats, type CallPages } from './call';
import { openLab, parentLinkNote, parentTuples, type Lab } from './lab';
import { clearLoss, clearRateLimit, lossCounters, missingPrerequisite, setLoss, setRateLimit } from './netns';
import { concealment, describeRows, untilWindows, WindowRecorder, type MediaWindow } from './windows';

const missing = missingPrerequisite();
// globalSetup fails the run when the tests cannot run, unless HHC_SKIP_NETWORK_TESTS=1 asked to skip them.
test.skip(missing !== undefined, `network tests skipped: ${missing}`);

const RATE_KBIT = 150;
const LOSS_PERCENT = 5;

/**
 * The smallest simulcast layer's width: the camera's width over the largest
 * downscale (640 / 4 = 160). Anything at or under it is the fallback layer.
 */
const LOWEST_LAYER_WIDTH =
  Number((cameraConstraints.width as ConstrainULongRange).ideal) /
  Math.max(...cameraEncodings.map((encoding) => encoding.scaleResolutionDownBy ?? 1));

/**
 * Concealed share of the parent's audio over ten seconds once video has
 * stepped down. Measured in nine runs on this machine (2 cores, both browsers
 * and the SFU on it): 0.023–0.040, single 2-s windows up to 0.11, which is
 * about the 5 % of packets dropped towards the parent (probably because that
 * loss is on the SFU's leg, which the kiosk's Opus encoder does not hear of,
 * so its FEC does not step up; the kiosk, hearing the parent over the same
 * lossy link, measured 0.000–0.019). In the seconds before video
 * gave way, when it still competed with the voice for 150 kbit/s, windows
 * reached 0.15–0.37. The bound sits well above the first and below the
 * second: it fails when the voice is starved, not on an unlucky window.
 */
const MAX_CONCEALMENT = 0.15;

/** Windows over which audio is judged once video has stepped down (about ten seconds). */
const AUDIO_WINDOWS = 5;

/**
 * Upper bound for video to come back once the link is good. Measured: 28–60 s
 * (the server waits for the link to stay good first). After return attempts
 * that failed, the server may wait up to two minutes before the next one
 * (HHC_LINK_VIDEO_RETURN_MAX_S), so the bound leaves room above that.
 */
const VIDEO_RETURN_TIMEOUT_MS = 180_000;

/**
 * What the parent's video did over a window. 'frozen' is congestion (packets
 * arrive, nothing decodes: a lost key frame, a layer too big for the link),
 * which is not a step down; 'stopped' is video no longer sent at all.
 */
type VideoState = 'stopped' | 'frozen' | 'lowest-layer' | 'higher-layer';

function videoState(window: MediaWindow): VideoState {
  if (window.videoPackets === 0) return 'stopped';
  if (window.videoFrames === 0) return 'frozen';
  return window.videoWidth <= LOWEST_LAYER_WIDTH ? 'lowest-layer' : 'higher-layer';
}

/** Stepped down: the smallest layer decodes, or nobody sends video. */
function steppedDown(window: MediaWindow): boolean {
  const state = videoState(window);
  return state === 'lowest-layer' || state === 'stopped';
}

function lowDataMode(call: CallPages): Promise<string | null> {
  return call.parent
    .getByTestId('low-data')
    .getAttribute('data-mode', { timeout: 1_000 })
    .catch(() => null);
}

test.describe.serial('a parent on a weak link', () => {
  let lab: Lab;
  let call: CallPages;

  test.beforeAll(async () => {
    lab = await openLab();
  });

  test.afterAll(async () => {
    await call?.close().catch(() => undefined);
    await lab?.close();
  });

  test('baseline: the call comes up across the namespace link, media both ways', async () => {
    call = await startCallAcross(lab.browsers, lab.server.url, lab.school);
    // The server sees the parent's media arrive over UDP from the namespace's address.
    expect(parentTuples(lab)).toEqual([
      { protocol: 'udp', remoteIp: lab.ns.nsIp },
      { protocol: 'udp', remoteIp: lab.ns.nsIp },
    ]);
    // Before the link gets worse the parent gets more than the smallest layer
    // (the estimate climbs for a few seconds first); else stepping down would prove nothing.
    await untilWindows([new WindowRecorder(call.parent)], ([p]) => videoState(p!) === 'higher-layer', {
      consecutive: 1,
      timeout: 60_000,
      message: `on the good link the parent should receive video wider than ${LOWEST_LAYER_WIDTH}px`,
    });
    const [parent, kiosk] = await Promise.all([stats(call.parent), stats(call.kiosk)]);
    expect(parent?.videoFramesDecoded).toBeGreaterThan(0);
    expect(parent?.audioPacketsReceived).toBeGreaterThan(0);
    expect(kiosk?.videoFramesDecoded).toBeGreaterThan(0);
    expect(kiosk?.audioPacketsReceived).toBeGreaterThan(0);
    console.log(
      `[network] baseline: parent receives ${parent?.videoFrameWidth}px, kiosk receives ${kiosk?.videoFrameWidth}px`,
    );
  });

  test(`${RATE_KBIT} kbit/s and ${LOSS_PERCENT} % loss: audio keeps flowing, video steps down`, async () => {
    const parent = new WindowRecorder(call.parent);
    const kiosk = new WindowRecorder(call.kiosk);
    // A window that ends now, so that the first impaired window starts with the impairment.
    await Promise.all([parent.next(), kiosk.next()]);
    setRateLimit(lab.ns, RATE_KBIT);
    setLoss(lab.ns, LOSS_PERCENT);
    const startedAt = Date.now();
    const note = () => parentLinkNote(lab);

    // Video steps down: the smallest layer or none at all (a server or page
    // that switches to audio only), two windows in a row.
    const steppingDown = await untilWindows([parent, kiosk], ([p]) => steppedDown(p!), {
      consecutive: 2,
      timeout: 90_000,
      message: `the parent's video should step down to ≤ ${LOWEST_LAYER_WIDTH}px or stop`,
      note,
    });
    const steppedDownAfterMs = Date.now() - startedAt;
    // Audio kept arriving through every window, including those before video gave way.
    expect(
      steppingDown.every((row) => row.windows[0]!.audioPackets > 0),
      describeRows(steppingDown),
    ).toBe(true);

    const steady = await untilWindows([parent, kiosk], () => true, {
      consecutive: AUDIO_WINDOWS,
      timeout: 60_000,
      message: 'reading the audio windows',
      note,
    });
    const steadyParent = steady.map((row) => row.windows[0]!);
    const steadyKiosk = steady.map((row) => row.windows[1]!);
    // The parent's voice keeps coming, and crosses the same link the other way to the kiosk.
    expect(
      steady.every((row) => row.windows.every((w) => w.audioPackets > 0)),
      describeRows(steady),
    ).toBe(true);
    expect(concealment(steadyParent), describeRows(steady)).toBeLessThan(MAX_CONCEALMENT);
    // Still stepped down: the link has not changed. mediasoup's bandwidth estimate probes upward now and
    // then and may lift the layer for one window before falling back (seen once in ~12 runs, before the
    // server's sound-only switch settled it), so one such window is allowed, not more.
    const higher = steadyParent.map(videoState).filter((state) => state === 'higher-layer');
    expect(higher.length, describeRows(steady)).toBeLessThanOrEqual(1);

    const counters = lossCounters(lab.ns);
    const share = (d: { packets: number; dropped: number }) =>
      d.packets === 0 ? 'n/a' : `${((100 * d.dropped) / d.packets).toFixed(1)} %`;
    console.log(
      [
        `[network] impaired: video stepped down after ${(steppedDownAfterMs / 1000).toFixed(1)} s ` +
          `(${steppingDown.length} windows), parent low-data mode: ${await lowDataMode(call)}`,
        `[network] stepping down (audio packets a / video packets v / frames f @ width / concealed c):`,
        describeRows(steppingDown),
        `[network] steady: parent concealment ${concealment(steadyParent).toFixed(3)}, ` +
          `kiosk concealment ${concealment(steadyKiosk).toFixed(3)}`,
        describeRows(steady),
        `[network] nft dropped towards the parent ${counters.toParent.dropped}/${counters.toParent.packets} ` +
          `(${share(counters.toParent)}), from the parent ${counters.fromParent.dropped}/${counters.fromParent.packets} ` +
          `(${share(counters.fromParent)})`,
      ].join('\n'),
    );
  });

  test('the limit lifted: video returns both ways', async () => {
    const parent = new WindowRecorder(call.parent);
    const kiosk = new WindowRecorder(call.kiosk);
    await Promise.all([parent.next(), kiosk.next()]);
    clearLoss(lab.ns);
    clearRateLimit(lab.ns);
    const liftedAt = Date.now();
    // Frames decoded rise again on the parent's side, and the kiosk gets the
    // parent's video: a server that paused video brings it back by itself.
    const returning = await untilWindows(
      [parent, kiosk],
      ([p, k]) => p!.videoFrames > 0 && k!.videoFrames > 0 && p!.audioPackets > 0 && k!.audioPackets > 0,
      {
        consecutive: 2,
        timeout: VIDEO_RETURN_TIMEOUT_MS,
        message: 'video should flow both ways again',
        note: () => parentLinkNote(lab),
      },
    ).catch(async (error: Error) => {
      // A low-data mode the page chose by itself and kept ('audio') would hold video back.
      throw new Error(`${error.message}\n  parent low-data mode: ${await lowDataMode(call)}`, {
        cause: error,
      });
    });
    console.log(
      [
        `[network] lifted: video both ways after ${((Date.now() - liftedAt) / 1000).toFixed(1)} s ` +
          `(${returning.length} windows), parent low-data mode: ${await lowDataMode(call)}`,
        describeRows(returning),
      ].join('\n'),
    );
  });
});
