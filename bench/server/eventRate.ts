// Signalling requests per second one server process answers: many socket.io
// connections each sending the cheap acknowledged 'session:whoami' at an
// even pace under the server's per-socket request limit, with the
// offered total raised step by step until the server no longer keeps up.
import { connect, type TestSocket } from '../../tests/support/socketClient';
import { deadline, sleep, waitUntil } from '../lib/benchmark';
import { REQUEST_BURST, REQUESTS_PER_SECOND } from '../../signaling-server/src/socket/register';
import { CpuMeter, machineBusyMs } from '../lib/proc';
import { summarize } from '../lib/stats';

/** The server processes under load: the sockets are spread over `urls` in turn, `pids` are their CPU. */
export interface RateTarget {
  urls: readonly string[];
  pids: readonly number[];
}

export const OFFERED_STEPS = [1_000, 2_000, 4_000, 6_000, 8_000, 12_000, 16_000, 24_000, 32_000];
/** The server's per-socket limit, so that the load stays under it when it changes. */
export function socketRequestLimit(): { perSecond: number; burst: number } {
  return { perSecond: REQUESTS_PER_SECOND, burst: REQUEST_BURST };
}

/** Per socket: 16/s, or 80 % of the server's sustained limit if that is lower. */
export const PER_SOCKET_PER_SECOND = Math.min(16, Math.floor(0.8 * REQUESTS_PER_SECOND));
const WARMUP_MS = 1_000;
const MEASURE_MS = 4_000;
const TICK_MS = 5;
const TIME_LIMIT_MS = 150_000;
const MAX_ATTEMPTS = 3;
/** Another process took this much of the machine while the server fell behind: not the server's own limit. */
const DISTURBED_OTHER_PERCENT = 25;

function fellBehind(step: RateStep): boolean {
  return step.answered < 0.9 * step.offered || step.p95Ms > 1_000;
}

function disturbed(step: RateStep): boolean {
  return step.otherCpu > DISTURBED_OTHER_PERCENT && (fellBehind(step) || step.p95Ms > 100);
}

export interface RateStep {
  offered: number;
  sockets: number;
  answered: number;
  rateLimited: number;
  otherErrors: number;
  /** Requests sent per second in the window (the client's actual pace). */
  sent: number;
  p50Ms: number;
  p95Ms: number;
  serverCpu: number;
  clientCpu: number;
  /** Everything else on the machine meanwhile, percent of one core (with several nodes: their sum). */
  otherCpu: number;
  /** Measurements of this step, counting repeats after a disturbed window. */
  attempts: number;
}

async function addSockets(urls: readonly string[], sockets: TestSocket[], target: number): Promise<void> {
  while (sockets.length < target) {
    const batch = Math.min(50, target - sockets.length);
    const from = sockets.length;
    // Socket i goes to node i mod n, so any first k sockets are spread evenly over the nodes.
    const opened = Array.from({ length: batch }, (_, i) => connect(urls[(from + i) % urls.length]!));
    sockets.push(...(await Promise.all(opened)));
  }
}

async function runStep(
  sockets: TestSocket[],
  offered: number,
  serverPids: readonly number[],
): Promise<RateStep> {
  const active = sockets.slice(0, Math.ceil(offered / PER_SOCKET_PER_SECOND));
  const latencies: number[] = [];
  let answered = 0;
  let rateLimited = 0;
  let otherErrors = 0;
  let measuring = false;
  let outstanding = 0;
  let issued = 0;
  let next = 0;
  const startedAt = performance.now();
  const timer = setInterval(() => {
    const due = Math.floor(((performance.now() - startedAt) / 1000) * offered) - issued;
    for (let i = 0; i < due; i++) {
      const socket = active[next]!;
      next = (next + 1) % active.length;
      const sentAt = performance.now();
      issued++;
      outstanding++;
      socket.emit('session:whoami', {}, (result) => {
        outstanding--;
        // Throughput: answers that arrive inside the measured window, whenever they were asked.
        if (!measuring) return;
        if (result.ok) {
          answered++;
          latencies.push(performance.now() - sentAt);
        } else if (result.error.code === 'RATE_LIMITED') rateLimited++;
        else otherErrors++;
      });
    }
  }, TICK_MS);
  await sleep(WARMUP_MS);
  const serverCpus = serverPids.map((pid) => CpuMeter.forPid(pid));
  const clientCpu = CpuMeter.forSelf();
  const machineCpu = new CpuMeter(machineBusyMs);
  const issuedBefore = issued;
  measuring = true;
  const measureStart = performance.now();
  await sleep(MEASURE_MS);
  measuring = false;
  const seconds = (performance.now() - measureStart) / 1000;
  const serverPercent = serverCpus.reduce((sum, meter) => sum + meter.percent(), 0);
  const clientPercent = clientCpu.percent();
  const machinePercent = machineCpu.percent();
  const sent = issued - issuedBefore;
  clearInterval(timer);
  // Let the backlog drain before the next step.
  await waitUntil(() => outstanding === 0, 5_000, 20);
  const latency = summarize(latencies);
  return {
    offered,
    sockets: active.length,
    answered: answered / seconds,
    rateLimited,
    otherErrors,
    sent: sent / seconds,
    p50Ms: latency.median,
    p95Ms: latency.p95,
    serverCpu: serverPercent,
    clientCpu: clientPercent,
    otherCpu: Math.max(0, machinePercent - serverPercent - clientPercent),
    attempts: 1,
  };
}

export async function measureEventRate(
  target: RateTarget,
): Promise<{ steps: RateStep[]; stoppedBecause: string }> {
  const budget = deadline(TIME_LIMIT_MS);
  const sockets: TestSocket[] = [];
  const steps: RateStep[] = [];
  let stoppedBecause = 'reached the last step';
  try {
    for (const offered of OFFERED_STEPS) {
      if (budget.remaining() < WARMUP_MS + MEASURE_MS + 10_000) {
        stoppedBecause = `time limit (${TIME_LIMIT_MS / 1000} s)`;
        break;
      }
      await addSockets(target.urls, sockets, Math.ceil(offered / PER_SOCKET_PER_SECOND));
      let step = await runStep(sockets, offered, target.pids);
      // Other load on the shared machine can starve the server for a while: measure such a window again.
      for (let attempt = 2; attempt <= MAX_ATTEMPTS && disturbed(step); attempt++) {
        console.log(
          `  offered ${offered}/s: window disturbed (other CPU ${step.otherCpu.toFixed(0)} %), measuring again`,
        );
        step = { ...(await runStep(sockets, offered, target.pids)), attempts: attempt };
      }
      steps.push(step);
      console.log(
        `  offered ${offered}/s over ${step.sockets} sockets: answered ${step.answered.toFixed(0)}/s, ` +
          `p50 ${step.p50Ms.toFixed(1)} ms, p95 ${step.p95Ms.toFixed(1)} ms, server ${step.serverCpu.toFixed(0)} % CPU, clients ${step.clientCpu.toFixed(0)} % CPU, others ${step.otherCpu.toFixed(0)} %`,
      );
      if (disturbed(step)) {
        stoppedBecause = `other load on the machine spoiled ${MAX_ATTEMPTS} windows at ${offered}/s offered`;
        break;
      }
      if (fellBehind(step)) {
        stoppedBecause = `server fell behind at ${offered}/s offered`;
        break;
      }
      if (step.clientCpu >= 95) {
        stoppedBecause = `the client process saturated its core at ${offered}/s offered`;
        break;
      }
    }
  } finally {
    for (const socket of sockets) socket.disconnect();
  }
  return { steps, stoppedBecause };
}
