// `npm run bench [-- --only=<name>[,<name>]]`: runs the benchmarks one after
// another and prints their tables. Figures are measured, never judged: a
// missed goal is printed as such and the run still succeeds; only a benchmark
// that could not run at all makes the exit code non-zero.
import fs from 'node:fs';
import { execFileSync } from 'node:child_process';
import path from 'node:path';
import type { Benchmark } from './lib/benchmark';
import { machine } from './lib/machine';
import { CpuMeter, machineBusyMs, TreeCpuSampler } from './lib/proc';
import { repoRoot, staticDir } from './lib/paths';

/** Loaded on demand, so that `--only=page` does not start mediasoup or Chromium. */
const benchmarks: Record<string, () => Promise<{ benchmark: Benchmark }>> = {
  page: () => import('./page'),
  slow3g: () => import('./slow3g'),
  join: () => import('./join'),
  longjoin: () => import('./longjoin'),
  kioskcpu: () => import('./kioskcpu'),
  capacity: () => import('./capacity'),
  webrtc: () => import('./webrtc'),
  server: () => import('./server'),
  kiosklog: () => import('./kiosklog'),
  logins: () => import('./logins'),
  activities: () => import('./activities'),
  bookings: () => import('./bookings'),
  scaleout: () => import('./scaleout'),
};
const needsPages = new Set(['page', 'slow3g', 'join', 'longjoin', 'kioskcpu']);

function selected(argv: readonly string[]): string[] {
  const only = argv.find((arg) => arg.startsWith('--only='))?.slice('--only='.length);
  if (!only) return Object.keys(benchmarks);
  const names = only
    .split(',')
    .map((name) => name.trim())
    .filter(Boolean);
  const unknown = names.filter((name) => !(name in benchmarks));
  if (unknown.length > 0) {
    console.error(
      `Unknown benchmark(s): ${unknown.join(', ')}. Known: ${Object.keys(benchmarks).join(', ')}`,
    );
    process.exit(2);
  }
  return names;
}

function ensurePagesBuilt(): void {
  if (fs.existsSync(path.join(staticDir, 'parent.html')) && fs.existsSync(path.join(staticDir, 'kiosk.html')))
    return;
  console.log('renderer/dist is missing: running `npm run build:renderer` first.');
  execFileSync('npm', ['run', 'build:renderer'], { cwd: repoRoot, stdio: 'inherit' });
}

async function main(): Promise<void> {
  const names = selected(process.argv.slice(2));
  const info = machine();
  console.log('# Happy Home Connect benchmarks\n');
  console.log(
    `- command: npm run bench${process.argv.slice(2).length > 0 ? ` -- ${process.argv.slice(2).join(' ')}` : ''}`,
  );
  console.log(`- date: ${new Date().toISOString()}`);
  console.log(`- machine: ${info.cores} cores, ${info.cpuModel}, ${info.memoryGiB} GiB`);
  console.log(`- OS: ${info.os}`);
  console.log(`- Node ${info.node}; ${info.chromium}`);
  if (names.some((name) => needsPages.has(name))) ensurePagesBuilt();

  const failed: string[] = [];
  for (const name of names) {
    const { benchmark } = await benchmarks[name]!();
    console.log(`\n## ${benchmark.name}: ${benchmark.title}`);
    const startedAt = performance.now();
    const machineCpu = new CpuMeter(machineBusyMs);
    const ownCpu = new TreeCpuSampler(process.pid);
    try {
      await benchmark.run();
    } catch (error) {
      failed.push(name);
      console.error(
        `\n${name} could not run: ${error instanceof Error ? (error.stack ?? error.message) : String(error)}`,
      );
    }
    // Figures from a shared machine are only as good as its quiet: say how busy the rest of it was.
    const seconds = (performance.now() - startedAt) / 1000;
    const busy = machineCpu.percent();
    const own = ownCpu.stop();
    console.log(
      seconds < 2
        ? `\n(${name} took ${seconds.toFixed(1)} s)`
        : `\n(${name} took ${seconds.toFixed(0)} s; the machine was busy ${busy.toFixed(0)} % of one core on average: ` +
            `this benchmark's processes ${own.toFixed(0)} %, everything else ${Math.max(0, busy - own).toFixed(0)} %)`,
    );
  }
  if (failed.length > 0) console.error(`\nBenchmarks that could not run: ${failed.join(', ')}`);
  // Sockets, timers or browser pipes left by a failed benchmark must not keep the run alive.
  process.exit(failed.length > 0 ? 1 : 0);
}

void main();
