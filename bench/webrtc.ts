// What real WebRTC costs the media worker: a few 1:1 calls between Chromium
// pages (DTLS, SRTP, ICE, transport-cc, NACK/RTX, the app's own simulcast and
// Opus settings) against the same number of synthetic PlainTransport calls,
// both counted per packet by mediasoup's own counters, at two call counts so
// that the cost of one more packet can be told from each call's fixed cost.
// The ratio scales the PlainTransport capacity to real calls per core.
import * as mediasoup from 'mediasoup';
import type { Page } from '@playwright/test';
import { sleep, waitUntil, type Benchmark } from './lib/benchmark';
import { launchChromium } from './lib/browser';
import { CpuMeter, machineBusyMs, threadCpuMs, TreeCpuSampler } from './lib/proc';
import { fmt } from './lib/stats';
import { printTable } from './lib/table';
import { openCall, type RiggedCall } from './capacity/callRig';
import { LoadGenerator } from './capacity/loadgen';
import { countPackets, packetsSince } from './webrtc/packets';
import { RealCallRig } from './webrtc/rig';
import type { SideStats } from './webrtc/sideStats';
import { capacityResult } from './capacity';

/**
 * Two and four calls: eight encoders of three layers each nearly fill these two
 * shared cores. The step between them gives the marginal cost per packet.
 */
const CALL_COUNTS = [2, 4] as const;
/** Chromium's bandwidth estimate starts at 300 kbit/s and needs a while to open the top layer. */
const WARMUP_MS = 12_000;
const MEASURE_MS = 10_000;
const PLAIN_WARMUP_MS = 3_000;
const CONNECT_TIMEOUT_MS = 30_000;
const GOAL_CALLS_PER_CORE = 150;
const LOSS_LIMIT_PERCENT = 1;

interface Window {
  label: string;
  calls: number;
  workerCpu: number;
  packetsInPs: number;
  packetsOutPs: number;
  kbpsIn: number;
  usPerPacket: number;
  lossPercent?: number;
  otherCpu: number;
  chromiumCpu?: number;
  limitations?: string;
  ciphers?: string;
}

interface BenchPage {
  hhcStartSide(call: number, side: number): Promise<void>;
  hhcStats(): Promise<SideStats[]>;
}

function stats(page: Page): Promise<SideStats[]> {
  return page.evaluate(() => (globalThis as unknown as BenchPage).hhcStats());
}

/** Worker CPU, packets through it and everything else on the machine over one window. */
async function measure(
  label: string,
  calls: number,
  workerPid: number,
  read: () => ReturnType<typeof countPackets>,
  windowMs: number,
): Promise<Window> {
  const before = await read();
  const cpuBefore = threadCpuMs(workerPid);
  const machine = new CpuMeter(machineBusyMs);
  const self = CpuMeter.forSelf();
  const startedAt = performance.now();
  await sleep(windowMs);
  const seconds = (performance.now() - startedAt) / 1000;
  const workerCpu = ((threadCpuMs(workerPid) - cpuBefore) / 10 / seconds) as number;
  const packets = packetsSince(await read(), before);
  const total = packets.in + packets.out;
  return {
    label,
    calls,
    workerCpu,
    packetsInPs: packets.in / seconds,
    packetsOutPs: packets.out / seconds,
    kbpsIn: (packets.bytesIn * 8) / 1000 / seconds,
    usPerPacket: total > 0 ? ((workerCpu / 100) * seconds * 1e6) / total : Number.NaN,
    otherCpu: Math.max(0, machine.percent() - workerCpu - self.percent()),
  };
}

async function realCalls(count: number): Promise<Window> {
  const rig = await RealCallRig.open();
  const browser = await launchChromium();
  try {
    const pages: Page[] = [];
    for (let call = 0; call < count; call++) {
      const page = await browser.newPage();
      await rig.preparePage(page);
      // The kiosk side first, as in a real call the parent usually waits: the second consumes at join.
      for (const side of [0, 1])
        await page.evaluate(
          ([c, s]) => (globalThis as unknown as BenchPage).hhcStartSide(c!, s!),
          [call, side],
        );
      pages.push(page);
    }
    const flowing = await waitUntil(async () => {
      for (const page of pages)
        if ((await stats(page)).some((side) => side.framesDecoded === 0)) return false;
      return true;
    }, CONNECT_TIMEOUT_MS);
    if (!flowing) throw new Error(`real calls did not show video within ${CONNECT_TIMEOUT_MS / 1000} s`);
    await sleep(WARMUP_MS);
    const sumStats = async () => (await Promise.all(pages.map(stats))).flat();
    const before = await sumStats();
    const tree = new TreeCpuSampler(process.pid);
    const self = CpuMeter.forSelf();
    const window = await measure(
      'real WebRTC (Chromium)',
      count,
      rig.workerPid,
      () => countPackets(rig.producers(), rig.consumers()),
      MEASURE_MS,
    );
    const treeCpu = tree.stop();
    const after = await sumStats();
    let received = 0;
    let lost = 0;
    const limitations: Record<string, number> = {};
    const ciphers = new Set(after.flatMap((side) => side.srtpCiphers));
    after.forEach((side, index) => {
      received += side.packetsReceived - (before[index]?.packetsReceived ?? 0);
      lost += side.packetsLost - (before[index]?.packetsLost ?? 0);
      for (const [reason, count] of Object.entries(side.limitations))
        limitations[reason] = (limitations[reason] ?? 0) + count;
    });
    const chromiumCpu = Math.max(0, treeCpu - window.workerCpu - self.percent());
    return {
      ...window,
      chromiumCpu,
      otherCpu: Math.max(0, window.otherCpu - chromiumCpu),
      ciphers: [...ciphers].join(', '),
      lossPercent: received + lost > 0 ? (Math.max(0, lost) / (received + lost)) * 100 : Number.NaN,
      limitations: Object.entries(limitations)
        .map(([reason, count]) => `${reason} ${count}`)
        .join(', '),
    };
  } finally {
    await browser.close();
    await rig.close();
  }
}

async function plainCalls(count: number): Promise<Window> {
  const worker = await mediasoup.createWorker({ logLevel: 'warn' });
  const generator = new LoadGenerator();
  const calls: RiggedCall[] = [];
  try {
    for (let call = 0; call < count; call++) {
      const rigged = await openCall(worker);
      calls.push(rigged);
      generator.peers.push(...rigged.peers);
    }
    generator.start();
    await sleep(PLAIN_WARMUP_MS);
    return await measure(
      'PlainTransport (synthetic RTP)',
      count,
      worker.pid,
      () =>
        countPackets(
          calls.flatMap((call) => call.producers),
          calls.flatMap((call) => call.consumers),
        ),
      MEASURE_MS,
    );
  } finally {
    generator.stop();
    worker.close();
  }
}

/** Worker µs per packet for the packets the larger window added over the smaller. */
function marginal(small: Window, large: Window): number {
  const packets = (w: Window) => w.packetsInPs + w.packetsOutPs;
  return ((large.workerCpu - small.workerCpu) / 100 / (packets(large) - packets(small))) * 1e6;
}

async function run(): Promise<void> {
  const plain: Window[] = [];
  const real: Window[] = [];
  for (const count of CALL_COUNTS) plain.push(await plainCalls(count));
  for (const count of CALL_COUNTS) real.push(await realCalls(count));
  const [plainSmall, plainLarge] = [plain[0]!, plain[1]!];
  const [realSmall, realLarge] = [real[0]!, real[1]!];
  const ratio = realSmall.usPerPacket / plainSmall.usPerPacket;
  const plainMarginal = marginal(plainSmall, plainLarge);
  const realMarginal = marginal(realSmall, realLarge);
  const marginalRatio = realMarginal / plainMarginal;
  // The design's packets per call (both sides, in and out), as the synthetic calls carry them.
  const plainPerCall = (plainSmall.packetsInPs + plainSmall.packetsOutPs) / plainSmall.calls;
  const stepped = capacityResult.callsPerCore;
  const loss = Math.max(...real.map((w) => w.lossPercent ?? Number.NaN));
  const row = (w: Window) => [
    w.label,
    w.calls,
    fmt(w.workerCpu, 2),
    fmt(w.workerCpu / w.calls, 2),
    fmt(w.packetsInPs),
    fmt(w.packetsOutPs),
    fmt(w.kbpsIn / w.calls),
    fmt(w.usPerPacket, 1),
    w.lossPercent === undefined ? '–' : fmt(w.lossPercent, 2),
    w.chromiumCpu === undefined ? '–' : fmt(w.chromiumCpu),
    fmt(w.otherCpu),
  ];
  const scaled = (by: number) =>
    stepped === undefined
      ? `${fmt(1e6 / (plainSmall.usPerPacket * by * plainPerCall))} (this window's PlainTransport figure ÷ the ratio; run capacity too for its stepped figure)`
      : `${fmt(stepped / by)} (the capacity benchmark's ${fmt(stepped)} ÷ the ratio)`;
  printTable(
    `webrtc: worker CPU per call, real WebRTC vs PlainTransport, ${CALL_COUNTS.join(' and ')} calls`,
    [
      'calls over',
      'calls',
      'worker CPU %',
      'worker CPU % per call',
      'packets/s in',
      'packets/s out',
      'kbit/s in per call',
      'worker µs per packet',
      'loss % (receivers)',
      'Chromium CPU %',
      'other CPU %',
    ],
    [...plain, ...real].map(row),
    [
      `Real calls: one Chromium page per call (Debian's chromium, fake camera and microphone), holding both sides with the app's own publishing code ` +
        '(renderer/src/call/publish.ts: three VP8 simulcast layers up to 640×360, Opus with FEC and DTX), two transports per side, ' +
        "through the server's own Room on a WebRtcServer: ICE, DTLS, SRTP, transport-cc, NACK/RTX all on.",
      `Each measured over ${MEASURE_MS / 1000} s (real calls after ${WARMUP_MS / 1000} s of bandwidth ramp-up); worker CPU from the scheduler's ns counters of every worker thread; packets from mediasoup's producer and consumer counters (RTP only; RTCP, RTX and probation packets are not counted but their cost is in the CPU).`,
      `Chromium encodes and decodes on the same two cores, so its senders may be CPU-limited (reasons seen on outbound video streams at ${realLarge.calls} calls: ${realLarge.limitations || 'none'}) and send less than the design: the comparison is per packet.`,
      `SRTP overhead ratio (worker µs per packet, real ÷ plain) at ${realSmall.calls} calls: ${fmt(ratio, 2)}; for the packets the ${realLarge.calls - realSmall.calls} added calls brought ` +
        `(their whole cost, without the worker's own idle baseline, which weighs on few calls): ${fmt(realMarginal, 1)} ÷ ${fmt(plainMarginal, 1)} µs = ${fmt(marginalRatio, 2)}. ` +
        `SRTP profile negotiated: ${realSmall.ciphers || 'not reported'}.`,
      `Real calls per worker core at the design's ${fmt(plainPerCall)} packets/s per call (in + out): ${scaled(marginalRatio)} by the marginal ratio; ` +
        `${fmt(1e6 / (realMarginal * plainPerCall))} from the real calls' own marginal cost (${fmt(realMarginal, 1)} µs per packet); ` +
        `${scaled(ratio)} by the ratio at ${realSmall.calls} calls (baseline included: pessimistic). ` +
        `Worst receiver loss in the real calls: ${fmt(loss, 2)} %. Goal: ≥ ${GOAL_CALLS_PER_CORE} calls per core with SRTP at < ${LOSS_LIMIT_PERCENT} % loss.`,
      'Why Chromium and not a Node WebRTC stack: it is what both ends really run (same SRTP suites, header extensions, RTCP feedback, simulcast), needs no new dependency, and a JS stack (werift) would saturate the load generator long before the worker.',
    ],
  );
}

export const benchmark: Benchmark = {
  name: 'webrtc',
  title:
    'worker CPU per call with real WebRTC (Chromium: DTLS/SRTP/transport-cc/NACK) vs PlainTransport, SRTP overhead ratio',
  run,
};
