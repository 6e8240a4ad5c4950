// Time to a usable first screen of the parent link page (/p/<token>): from
// navigation start until the child's name is on screen, on Chromium's network
// emulation at 400 ms latency and 400 kbit/s each way with the cache off, also
// with the CPU slowed 4× (a cheap Android phone); and, behind it, until the
// call's code has arrived (the "join" button works). The page whose first
// screen the server writes as HTML, side by side with the one whose script
// draws it (the design before), in the same run.
import type { Browser, CDPSession } from '@playwright/test';
import { deadline, waitUntil, type Benchmark } from './lib/benchmark';
import { launchChromium } from './lib/browser';
import { staticDir } from './lib/paths';
import { fmt, summarize, versusGoal } from './lib/stats';
import { printTable, type Cell } from './lib/table';
import { seedSchool } from '../tests/support/fixtures';
import { startTestServer } from '../tests/support/testServer';

const RUNS = 5;
/** The lazily loaded chunk with the call's code (Vite names it after renderer/src/parent/CallFlow.tsx). */
const CALL_CODE = /\/assets\/CallFlow-[\w-]+\.js$/;
/** Goals for the server-written first screen: slow 3G, and slow 3G on a 4× slower CPU. */
const GOAL_MS = 1_200;
const GOAL_SLOW_CPU_MS = 1_500;
const RUN_TIMEOUT_MS = 45_000;
const TIME_LIMIT_MS = 400_000;
const SLOW_3G = {
  offline: false,
  latency: 400,
  downloadThroughput: 400_000 / 8,
  uploadThroughput: 400_000 / 8,
};

/** Runs in the page from its first moment: notes when the child's name is first shown. */
const probe = `(() => {
  const check = () => {
    const name = document.querySelector('[data-testid="child-name"]');
    if (name && name.textContent && name.getBoundingClientRect().height > 0) {
      window.__hhcBench = { childNameAt: performance.now() };
      return;
    }
    requestAnimationFrame(check);
  };
  requestAnimationFrame(check);
})();`;

/** What the probe leaves on the page's window (the bench type-checks without DOM types). */
interface ProbeWindow {
  __hhcBench?: { childNameAt: number };
}

interface Load {
  childNameMs: number;
  firstContentfulPaintMs: number;
  transferredBytes: number;
  requests: number;
  /** From the document request to the call's code downloaded (fetched behind the first screen). */
  callCodeLoadedMs: number;
  scriptEncoding: string;
}

interface Condition {
  name: string;
  throttle: boolean;
  cpuSlowdown: number;
  goalMs?: number;
}

async function loadOnce(browser: Browser, url: string, condition: Condition): Promise<Load> {
  const context = await browser.newContext({
    viewport: { width: 390, height: 844 },
    hasTouch: true,
    isMobile: true,
  });
  try {
    const page = await context.newPage();
    await page.addInitScript({ content: probe });
    const cdp: CDPSession = await context.newCDPSession(page);
    await cdp.send('Network.enable');
    await cdp.send('Network.setCacheDisabled', { cacheDisabled: true });
    if (condition.throttle) await cdp.send('Network.emulateNetworkConditions', SLOW_3G);
    if (condition.cpuSlowdown > 1)
      await cdp.send('Emulation.setCPUThrottlingRate', { rate: condition.cpuSlowdown });
    let transferredBytes = 0;
    let requests = 0;
    // CDP timestamps (monotonic seconds): when the document was requested and the last script arrived.
    let documentRequestedAt = Number.NaN;
    let callCodeLoadedAt = Number.NaN;
    let callCodeRequest: string | undefined;
    cdp.on('Network.requestWillBeSent', (event) => {
      if (event.type === 'Document' && Number.isNaN(documentRequestedAt))
        documentRequestedAt = event.timestamp;
      if (event.type === 'Script' && CALL_CODE.test(event.request.url)) callCodeRequest = event.requestId;
    });
    const encodings = new Set<string>();
    cdp.on('Network.loadingFinished', (event) => {
      transferredBytes += event.encodedDataLength;
      requests++;
      if (event.requestId === callCodeRequest) callCodeLoadedAt = event.timestamp;
    });
    cdp.on('Network.responseReceived', (event) => {
      if (event.type === 'Script') {
        const headers = Object.fromEntries(
          Object.entries(event.response.headers).map(([k, v]) => [k.toLowerCase(), v]),
        );
        encodings.add(String(headers['content-encoding'] ?? 'none'));
      }
    });
    await page.goto(url, { waitUntil: 'commit', timeout: RUN_TIMEOUT_MS });
    // Functions, not strings: the page's CSP forbids eval, and these run through CDP instead.
    await page.waitForFunction(
      () => (globalThis as unknown as ProbeWindow).__hhcBench !== undefined,
      undefined,
      {
        timeout: RUN_TIMEOUT_MS,
        polling: 50,
      },
    );
    const timing = await page.evaluate(() => ({
      childNameMs: (globalThis as unknown as ProbeWindow).__hhcBench!.childNameAt,
      fcp: performance.getEntriesByName('first-contentful-paint')[0]?.startTime ?? Number.NaN,
    }));
    if (!(await waitUntil(() => !Number.isNaN(callCodeLoadedAt), RUN_TIMEOUT_MS)))
      throw new Error('the call code never loaded');
    return {
      childNameMs: timing.childNameMs,
      firstContentfulPaintMs: timing.fcp,
      transferredBytes,
      requests,
      callCodeLoadedMs: (callCodeLoadedAt - documentRequestedAt) * 1000,
      scriptEncoding: [...encodings].join('+') || 'none',
    };
  } finally {
    await context.close();
  }
}

async function run(): Promise<void> {
  const budget = deadline(TIME_LIMIT_MS);
  // The same database behind both: the page as it is now, and as it was (the script draws the screen).
  const server = await startTestServer({ staticDir });
  const before = await startTestServer({ staticDir, parentFirstScreen: 'client' }, server);
  const browser = await launchChromium();
  const rows: Cell[][] = [];
  try {
    const school = await seedSchool(server.store, server.clock.now);
    const pages = [
      { name: 'server-written first screen', base: server.url },
      { name: 'script-drawn (before)', base: before.url },
    ];
    const conditions: Condition[] = [
      { name: 'no throttling', throttle: false, cpuSlowdown: 1 },
      { name: 'slow 3G', throttle: true, cpuSlowdown: 1, goalMs: GOAL_MS },
      { name: 'slow 3G, CPU 4× slower', throttle: true, cpuSlowdown: 4, goalMs: GOAL_SLOW_CPU_MS },
    ];
    // One load first so that server-side start-up costs do not land on the first measured run.
    for (const page of pages)
      await loadOnce(browser, `${page.base}/p/${school.guardianToken}`, conditions[0]!);
    for (const condition of conditions) {
      for (const page of pages) {
        const loads: Load[] = [];
        for (let runIndex = 0; runIndex < RUNS && !budget.passed(); runIndex++) {
          try {
            loads.push(await loadOnce(browser, `${page.base}/p/${school.guardianToken}`, condition));
          } catch (error) {
            console.log(
              `  ${page.name}, ${condition.name}: run ${runIndex + 1} failed: ${error instanceof Error ? error.message.split('\n')[0] : String(error)}`,
            );
          }
        }
        const shown = summarize(loads.map((load) => load.childNameMs));
        const fcp = summarize(loads.map((load) => load.firstContentfulPaintMs));
        const bytes = summarize(loads.map((load) => load.transferredBytes / 1000));
        const callCode = summarize(loads.map((load) => load.callCodeLoadedMs));
        console.log(
          `  ${page.name}, ${condition.name}: ${loads.map((load) => fmt(load.childNameMs)).join(', ')} ms`,
        );
        rows.push([
          page.name,
          condition.name,
          shown.n,
          fmt(shown.median),
          `${fmt(shown.min)}–${fmt(shown.max)}`,
          fmt(fcp.median),
          fmt(callCode.median),
          fmt(bytes.median, 1),
          loads[0]?.requests ?? '–',
          loads[0]?.scriptEncoding ?? '–',
          condition.goalMs
            ? `${versusGoal(shown.median, condition.goalMs, 'lower')} (${condition.goalMs} ms)`
            : '',
        ]);
      }
    }
  } finally {
    await browser.close();
    await before.stop();
    await server.stop();
  }
  printTable(
    "slow3g: parent link page until the child's name is shown (ms from navigation start)",
    [
      'page',
      'condition',
      'runs',
      'median ms',
      'min–max ms',
      'first paint ms (median)',
      'call code loaded ms (median)',
      'KB transferred',
      'requests',
      'JS Content-Encoding',
      'vs goal',
    ],
    rows,
    [
      'Chromium network emulation through CDP (Network.emulateNetworkConditions): 400 ms latency, 400 kbit/s down and up; cache disabled; a fresh browser context per run; 390×844 mobile viewport.',
      'Measured in the page: performance.now() at the first animation frame where [data-testid="child-name"] has text and a size, i.e. from navigation start. The child and the calls come inlined in the page, so no connection is needed for them. "first paint" is first-contentful-paint.',
      '"call code loaded" is when the call\'s code (device check, call screen, mediasoup-client; fetched behind the first screen once the socket is connected) finished downloading (CDP timestamps from the document request): from then on "join" opens the device check at once. Transferred KB and requests count the first screen and everything fetched until then.',
      'The server sends its precompressed copies (brotli, else gzip) of the scripts and styles; the HTML itself is small and sent as it is.',
      '"CPU 4× slower" is Chromium\'s CPU throttling (Emulation.setCPUThrottlingRate 4), the usual stand-in for a cheap Android phone.',
      '"server-written": the server writes the first screen into the page as HTML (common/parentFirstScreen.ts); "script-drawn (before)": the same page and data with the screen left to the script, as before (server option parentFirstScreen: \'client\').',
    ],
  );
}

export const benchmark: Benchmark = {
  name: 'slow3g',
  title: 'parent link page to first usable screen on slow 3G (and a 4× slower CPU), vs 1.2 s / 1.5 s',
  run,
};
