// Signalling requests per second on one node and on three, in one run: the
// same client load (bench/server/eventRate.ts: session:whoami at an even
// pace, raised step by step) against a cluster of one server process, then
// spread over a cluster of three — each time real PostgreSQL and Redis in
// temporary folders and the nodes as separate processes, as `npm run cluster`
// starts them. On a machine of few shared cores the nodes and the client
// compete for the same cores, so the ratio shows contention, not scale-out.
import os from 'node:os';
import { startCluster } from '../scripts/lib/cluster';
import type { Benchmark } from './lib/benchmark';
import { fmt } from './lib/stats';
import { printTable, type Cell } from './lib/table';
import { measureEventRate, PER_SOCKET_PER_SECOND, type RateStep } from './server/eventRate';

const NODE_COUNTS = [1, 3] as const;

interface Run {
  nodes: number;
  steps: RateStep[];
  stoppedBecause: string;
}

async function measure(nodes: number): Promise<Run> {
  console.log(`  ${nodes} node${nodes > 1 ? 's' : ''} (PostgreSQL + Redis, separate processes):`);
  const cluster = await startCluster({ nodes, logLevel: 'warn' });
  try {
    const target = {
      urls: cluster.nodes.map((node) => node.url),
      pids: cluster.nodes.map((node) => node.process.pid!),
    };
    return { nodes, ...(await measureEventRate(target)) };
  } finally {
    await cluster.stop();
  }
}

/** Highest offered rate answered in full (≥ 95 %) with p95 ≤ 100 ms. */
function sustained(run: Run): RateStep | undefined {
  return run.steps.filter((step) => step.answered >= 0.95 * step.offered && step.p95Ms <= 100).at(-1);
}

async function run(): Promise<void> {
  const [one, three] = [await measure(NODE_COUNTS[0]), await measure(NODE_COUNTS[1])] as [Run, Run];
  const offered = [...new Set([...one.steps, ...three.steps].map((step) => step.offered))].sort(
    (a, b) => a - b,
  );
  const cells = (step: RateStep | undefined): Cell[] =>
    step
      ? [fmt(step.answered), fmt(step.p50Ms, 1), fmt(step.p95Ms, 1), fmt(step.serverCpu), fmt(step.clientCpu)]
      : ['—', '—', '—', '—', '—'];
  const rows: Cell[][] = offered.map((rate) => {
    const a = one.steps.find((step) => step.offered === rate);
    const b = three.steps.find((step) => step.offered === rate);
    return [
      rate,
      ...cells(a),
      ...cells(b),
      a && b ? fmt(b.answered / a.answered, 2) : '—',
      fmt(Math.max(a?.otherCpu ?? 0, b?.otherCpu ?? 0)),
    ];
  });
  const best = [sustained(one), sustained(three)];
  const peak = (run: Run) => run.steps.reduce((max, step) => Math.max(max, step.answered), 0);
  printTable(
    'scaleout: signalling requests per second, 1 node vs 3 nodes (session:whoami, acknowledged)',
    [
      'offered req/s',
      '1 node answered/s',
      'p50 ms',
      'p95 ms',
      'server CPU %',
      'client CPU %',
      '3 nodes answered/s',
      'p50 ms',
      'p95 ms',
      'servers CPU % (sum)',
      'client CPU %',
      'ratio 3/1',
      'other CPU % (max)',
    ],
    rows,
    [
      `The same load both times: sockets each sending ${PER_SOCKET_PER_SECOND} session:whoami/s, evenly paced; with three nodes socket i connects straight to node i mod 3 (no balancer in the path), so each node gets a third. Steps, windows and stop rules as in the server benchmark.`,
      'Each cluster as `npm run cluster` starts it (scripts/lib/cluster.ts): PostgreSQL 15 and Redis 7 in temporary folders, every node a separate `signaling-server/src/index.ts` process with HHC_DATABASE_URL, HHC_REDIS_URL (Streams adapter) and one mediasoup worker. "server CPU" counts the Node processes, not their idle workers.',
      `Stopped: 1 node: ${one.stoppedBecause}; 3 nodes: ${three.stoppedBecause}.`,
      `Highest offered rate answered in full (≥ 95 %) with p95 ≤ 100 ms: 1 node ${best[0]?.offered ?? '—'}/s, 3 nodes ${best[1]?.offered ?? '—'}/s. Peak answered: 1 node ${fmt(peak(one))}/s, 3 nodes ${fmt(peak(three))}/s (ratio ${fmt(peak(three) / peak(one), 2)}).`,
      `This machine has ${os.cpus().length} cores, shared with other work: three nodes and the one client process compete for them, so this ratio measures contention on one machine, not what three machines would give. The client process (socket.io-client) needs about as much CPU as the server it loads. session:whoami touches neither PostgreSQL nor Redis; requests that cross nodes cost an inter-server round trip through Redis on top.`,
    ],
  );
}

export const benchmark: Benchmark = {
  name: 'scaleout',
  title: 'signalling requests per second, 1 node vs 3 nodes (PostgreSQL + Redis, separate processes)',
  run,
};
