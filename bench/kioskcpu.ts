// How much of this machine the kiosk's page takes during a call: the
// Chromium renderer process(es) of the kiosk's own browser (from /proc), the
// whole kiosk browser, and what the camera's encoder says about itself
// (outbound-rtp qualityLimitationReason, sampled by the session's
// EncoderLoadWatcher, and the highest simulcast layer it sends).
import { chromium, type Page } from '@playwright/test';
import { sleep, type Benchmark } from './lib/benchmark';
import { chromiumArgs, chromiumPath, launchChromium } from './lib/browser';
import { childProcessesOfType, taggedBrowserPid } from './lib/chromiumProcesses';
import { staticDir } from './lib/paths';
import { CpuMeter, cpuTimeMs, machineBusyMs, TreeCpuSampler } from './lib/proc';
import { fmt, summarize } from './lib/stats';
import { printTable } from './lib/table';
import { startTestServer } from '../tests/support/testServer';
import { measureJoins } from './join/calls';

const CALLS = 2;
const SETTLE_MS = 5_000;
const MEASURE_MS = 15_000;
const SAMPLE_MS = 1_000;
const GOAL_PERCENT = 50;

interface CallCpu {
  renderer: number;
  browserTree: number;
  other: number;
  cpuLimitedSamples: number;
  samples: number;
  maxLayers: number[];
}

interface EncoderWindow {
  hhcCall?: { encoder(): { maxLayer: number; cpuLimited: boolean } };
}

function encoder(kiosk: Page) {
  return kiosk.evaluate(() => (globalThis as unknown as EncoderWindow).hhcCall?.encoder());
}

async function run(): Promise<void> {
  const tag = `kiosk-${process.pid}`;
  const server = await startTestServer({ staticDir });
  const parentBrowser = await launchChromium();
  const kioskBrowser = await chromium.launch({
    executablePath: chromiumPath,
    args: [...chromiumArgs, `--hhc-bench-tag=${tag}`],
  });
  const calls: CallCpu[] = [];
  try {
    const browserPid = taggedBrowserPid(tag);
    if (browserPid === undefined) throw new Error('the kiosk browser process was not found in /proc');
    await measureJoins({
      server,
      pageUrl: server.url,
      browser: parentBrowser,
      kioskBrowser,
      calls: CALLS,
      warmup: 0,
      timeLimitMs: 120_000,
      inCall: async (kiosk) => {
        await sleep(SETTLE_MS);
        const renderers = childProcessesOfType(browserPid, 'renderer');
        const cpuOf = () => renderers.reduce((total, pid) => total + safeCpu(pid), 0);
        const rendererCpu = new CpuMeter(cpuOf);
        const tree = new TreeCpuSampler(browserPid);
        const machine = new CpuMeter(machineBusyMs);
        const figures: CallCpu = {
          renderer: 0,
          browserTree: 0,
          other: 0,
          cpuLimitedSamples: 0,
          samples: 0,
          maxLayers: [],
        };
        const end = performance.now() + MEASURE_MS;
        while (performance.now() < end) {
          await sleep(SAMPLE_MS);
          const state = await encoder(kiosk);
          if (!state) continue;
          figures.samples++;
          if (state.cpuLimited) figures.cpuLimitedSamples++;
          figures.maxLayers.push(state.maxLayer);
        }
        figures.renderer = rendererCpu.percent();
        figures.browserTree = tree.stop();
        figures.other = Math.max(0, machine.percent() - figures.browserTree);
        calls.push(figures);
        console.log(
          `  call ${calls.length}: kiosk renderer ${fmt(figures.renderer)} % of a core (${renderers.length} renderer process(es)), ` +
            `whole kiosk browser ${fmt(figures.browserTree)} %, encoder CPU-limited in ${figures.cpuLimitedSamples} of ${figures.samples} samples, ` +
            `highest layer ${Math.min(...figures.maxLayers)}–${Math.max(...figures.maxLayers)}`,
        );
      },
    });
  } finally {
    await kioskBrowser.close();
    await parentBrowser.close();
    await server.stop();
  }
  const renderer = summarize(calls.map((c) => c.renderer));
  printTable(
    `kioskcpu: the kiosk page's CPU during a call (${calls.length} calls, ${MEASURE_MS / 1000} s each)`,
    ['measure', 'calls', 'median', 'min', 'max', 'goal', 'verdict'],
    [
      [
        'kiosk renderer process CPU, % of one core',
        renderer.n,
        fmt(renderer.median),
        fmt(renderer.min),
        fmt(renderer.max),
        `< ${GOAL_PERCENT}`,
        renderer.max < GOAL_PERCENT
          ? 'meets goal (every call)'
          : renderer.median < GOAL_PERCENT
            ? 'meets goal (median)'
            : 'misses goal',
      ],
      row(
        'whole kiosk browser (browser, GPU, utility, renderers), %',
        calls.map((c) => c.browserTree),
      ),
      row(
        'everything else on the machine (parent browser, server, others), %',
        calls.map((c) => c.other),
      ),
      row(
        'samples with the encoder CPU-limited, %',
        calls.map((c) => (c.samples > 0 ? (c.cpuLimitedSamples / c.samples) * 100 : NaN)),
      ),
      row(
        'highest simulcast layer sent at the end (2 = all three)',
        calls.map((c) => c.maxLayers[c.maxLayers.length - 1] ?? NaN),
      ),
    ],
    [
      "The kiosk page runs in a Chromium of its own (Debian's, fake camera and microphone, 1366×768), the parent's in another; both on this machine's 2 cores with the server.",
      `Renderer CPU is every --type=renderer process of the kiosk browser (the page's, plus any idle spare) from /proc/<pid>/stat over ${MEASURE_MS / 1000} s, ${SETTLE_MS / 1000} s after the first frame. Encoding (three VP8 layers up to 640×360) and decoding run in the renderer.`,
      'CPU-limited is outbound-rtp qualityLimitationReason === "cpu" on a layer still sent, as sampled every 2 s by the session (renderer/src/call/encoderLoad.ts), which drops a layer after 6 s of it.',
    ],
  );
}

function row(name: string, values: number[]): Array<string | number> {
  const s = summarize(values);
  return [name, s.n, fmt(s.median), fmt(s.min), fmt(s.max), '', ''];
}

function safeCpu(pid: number): number {
  try {
    return cpuTimeMs(pid);
  } catch {
    return 0;
  }
}

export const benchmark: Benchmark = {
  name: 'kioskcpu',
  title: "the kiosk page's renderer CPU during a call and its encoder's quality limitation",
  run,
};
