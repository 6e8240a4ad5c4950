// Join time as the child feels it on loopback: from pressing join on the
// kiosk to the first decoded frame of the parent's video, over many calls
// (bench/join/calls.ts). The long-link variant is bench/longjoin.ts.
import type { Benchmark } from './lib/benchmark';
import { launchChromium } from './lib/browser';
import { staticDir } from './lib/paths';
import { startTestServer } from '../tests/support/testServer';
import { measureJoins } from './join/calls';
import { printJoinTable } from './join/table';

const MEASURED_CALLS = 20;
const WARMUP_CALLS = 1;
const TIME_LIMIT_MS = 240_000;

async function run(): Promise<void> {
  const server = await startTestServer({ staticDir });
  const browser = await launchChromium();
  let result;
  try {
    result = await measureJoins({
      server,
      pageUrl: server.url,
      browser,
      calls: MEASURED_CALLS,
      warmup: WARMUP_CALLS,
      timeLimitMs: TIME_LIMIT_MS,
    });
  } finally {
    await browser.close();
    await server.stop();
  }
  printJoinTable(
    `join: kiosk press join → first remote frame, ${result.figures.length} calls on loopback (ms)`,
    result.figures,
    { p50: 200, p95: 800, roundTrips: 2 },
    [
      `${WARMUP_CALLS} warm-up call not counted; ${result.failures} call(s) failed and are not counted. Each call is a new booking; the parent page has joined and waits before the kiosk presses join.`,
      "Press time is the click event's own timestamp on the kiosk page; first frame is window.hhcCall.metrics().firstRemoteFrameAt (requestVideoFrameCallback on the remote video); first voice is the first audio packet in getStats (polled every 10 ms).",
      'One Chromium, two contexts (kiosk 1366×768, parent 390×844 touch) with fake camera and microphone, both encoding three simulcast layers on the same 2 cores as the server.',
      "Goal p50 ≤ 200 ms is issue 15's (it was ≤ 400 ms before).",
    ],
  );
}

export const benchmark: Benchmark = {
  name: 'join',
  title: 'kiosk join → first remote frame over 20+ calls, and round trips before ICE',
  run,
};
