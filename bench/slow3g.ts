// Time to a usable first screen of the parent link page (/p/<token>): from
// navigation start until the child's name is on screen, on Chromium's network
// emulation at 400 ms latency and 400 kbit/s each way with the cache off.
// Also without throttling, and, as a what-if, through a gzip proxy.
import type { Browser, CDPSession } from '@playwright/test';
import { deadline, type Benchmark } from './lib/benchmark';
import { launchChromium } from './lib/browser';
import { startGzipProxy } from './lib/gzipProxy';
import { staticDir } from './lib/paths';
import { fmt, summarize, versusGoal } from './lib/stats';
import { printTable, type Cell } from './lib/table';
import { seedSchool } from '../tests/support/fixtures';
import { startTestServer } from '../tests/support/testServer';

const RUNS = 5;
const GOAL_MS = 3_000;
const RUN_TIMEOUT_MS = 45_000;
const TIME_LIMIT_MS = 200_000;
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
  /** From the document request to the last script downloaded. */
  scriptsLoadedMs: number;
  scriptEncoding: string;
}

async function loadOnce(browser: Browser, url: string, throttle: boolean): Promise<Load> {
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
    if (throttle) await cdp.send('Network.emulateNetworkConditions', SLOW_3G);
    let transferredBytes = 0;
    let requests = 0;
    // CDP timestamps (monotonic seconds): when the document was requested and the last script arrived.
    let documentRequestedAt = Number.NaN;
    let scriptsLoadedAt = Number.NaN;
    const scriptRequests = new Set<string>();
    cdp.on('Network.requestWillBeSent', (event) => {
      if (event.type === 'Document' && Number.isNaN(documentRequestedAt))
        documentRequestedAt = event.timestamp;
      if (event.type === 'Script') scriptRequests.add(event.requestId);
    });
    const encodings = new Set<string>();
    cdp.on('Network.loadingFinished', (event) => {
      transferredBytes += event.encodedDataLength;
      requests++;
      if (scriptRequests.has(event.requestId))
        scriptsLoadedAt = Number.isNaN(scriptsLoadedAt)
          ? event.timestamp
          : Math.max(scriptsLoadedAt, event.timestamp);
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
    return {
      childNameMs: timing.childNameMs,
      firstContentfulPaintMs: timing.fcp,
      transferredBytes,
      requests,
      scriptsLoadedMs: (scriptsLoadedAt - documentRequestedAt) * 1000,
      scriptEncoding: [...encodings].join('+') || 'none',
    };
  } finally {
    await context.close();
  }
}

async function run(): Promise<void> {
  const budget = deadline(TIME_LIMIT_MS);
  const server = await startTestServer({ staticDir });
  const proxy = await startGzipProxy(server.port);
  const browser = await launchChromium();
  const rows: Cell[][] = [];
  try {
    const school = await seedSchool(server.store, server.clock.now);
    const conditions = [
      { name: 'no throttling, as served', base: server.url, throttle: false },
      { name: 'slow 3G, as served', base: server.url, throttle: true },
      { name: 'slow 3G, via gzip proxy (what-if)', base: proxy.url, throttle: true },
    ];
    // One load first so that server-side start-up costs do not land on the first measured run.
    await loadOnce(browser, `${server.url}/p/${school.guardianToken}`, false);
    for (const condition of conditions) {
      const loads: Load[] = [];
      for (let runIndex = 0; runIndex < RUNS && !budget.passed(); runIndex++) {
        try {
          loads.push(
            await loadOnce(browser, `${condition.base}/p/${school.guardianToken}`, condition.throttle),
          );
        } catch (error) {
          console.log(
            `  ${condition.name}: run ${runIndex + 1} failed: ${error instanceof Error ? error.message.split('\n')[0] : String(error)}`,
          );
        }
      }
      const shown = summarize(loads.map((load) => load.childNameMs));
      const fcp = summarize(loads.map((load) => load.firstContentfulPaintMs));
      const bytes = summarize(loads.map((load) => load.transferredBytes / 1000));
      const scripts = summarize(loads.map((load) => load.scriptsLoadedMs));
      console.log(`  ${condition.name}: ${loads.map((load) => fmt(load.childNameMs)).join(', ')} ms`);
      rows.push([
        condition.name,
        shown.n,
        fmt(shown.median),
        `${fmt(shown.min)}–${fmt(shown.max)}`,
        fmt(scripts.median),
        fmt(fcp.median),
        fmt(bytes.median, 1),
        loads[0]?.requests ?? '–',
        loads[0]?.scriptEncoding ?? '–',
        condition.throttle ? versusGoal(shown.median, GOAL_MS, 'lower') : '',
      ]);
    }
  } finally {
    await browser.close();
    await proxy.close();
    await server.stop();
  }
  printTable(
    "slow3g: parent link page until the child's name is shown (ms from navigation start)",
    [
      'condition',
      'runs',
      'median ms',
      'min–max ms',
      'scripts loaded ms (median)',
      'first paint ms (median)',
      'KB transferred',
      'requests',
      'JS Content-Encoding',
      `vs goal ${GOAL_MS / 1000} s`,
    ],
    rows,
    [
      'Chromium network emulation through CDP (Network.emulateNetworkConditions): 400 ms latency, 400 kbit/s down and up; cache disabled; a fresh browser context per run; 390×844 mobile viewport.',
      'Measured in the page: performance.now() at the first animation frame where [data-testid="child-name"] has text and a size, i.e. from navigation start. "scripts loaded" is when the last script finished downloading (CDP timestamps from the document request); "first paint" is first-contentful-paint (the "connecting" notice); the rest is the socket.io connection and the parent:overview request.',
      'The gzip row puts a proxy in front of the same server that gzips text responses at level 6, to show what compression alone would change; the server itself is unchanged.',
      'No CPU throttling: a low-end phone parses and runs the script more slowly than this machine.',
    ],
  );
}

export const benchmark: Benchmark = {
  name: 'slow3g',
  title: 'parent link page to first usable screen on slow 3G, vs 3 s',
  run,
};
