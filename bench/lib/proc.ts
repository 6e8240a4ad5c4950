// CPU time and memory of a process from /proc (Linux), for the worker and for
// server processes the benchmarks start.
import { execFileSync } from 'node:child_process';
import fs from 'node:fs';

let ticksPerSecond: number | undefined;

function clockTicks(): number {
  if (ticksPerSecond === undefined) {
    try {
      ticksPerSecond = Number(execFileSync('getconf', ['CLK_TCK'], { encoding: 'utf8' }).trim()) || 100;
    } catch {
      ticksPerSecond = 100;
    }
  }
  return ticksPerSecond;
}

/** User + system CPU time of `pid` in milliseconds. */
export function cpuTimeMs(pid: number): number {
  const stat = fs.readFileSync(`/proc/${pid}/stat`, 'utf8');
  // Fields after the command name, which may itself contain spaces and parentheses.
  const fields = stat.slice(stat.lastIndexOf(')') + 2).split(' ');
  const utime = Number(fields[11]);
  const stime = Number(fields[12]);
  return ((utime + stime) * 1000) / clockTicks();
}

/** Resident set size of `pid` in bytes. */
export function rssBytes(pid: number): number {
  const status = fs.readFileSync(`/proc/${pid}/status`, 'utf8');
  const match = /^VmRSS:\s+(\d+)\s+kB/m.exec(status);
  return match ? Number(match[1]) * 1024 : Number.NaN;
}

/** Measures the CPU share (percent of one core) of processes over an interval. */
export class CpuMeter {
  private readonly startCpu: number;
  private readonly startAt = performance.now();

  constructor(private readonly read: () => number) {
    this.startCpu = read();
  }

  static forPid(pid: number): CpuMeter {
    return new CpuMeter(() => cpuTimeMs(pid));
  }

  /** This Node process (user + system). */
  static forSelf(): CpuMeter {
    return new CpuMeter(() => {
      const usage = process.cpuUsage();
      return (usage.user + usage.system) / 1000;
    });
  }

  /** Percent of one core used since the meter was made. */
  percent(): number {
    const elapsed = performance.now() - this.startAt;
    return elapsed > 0 ? ((this.read() - this.startCpu) / elapsed) * 100 : Number.NaN;
  }
}

/** System-wide UDP counters (this network namespace), to tell kernel drops from SFU drops. */
export function udpCounters(): { inDatagrams: number; rcvbufErrors: number; inErrors: number } {
  const lines = fs
    .readFileSync('/proc/net/snmp', 'utf8')
    .split('\n')
    .filter((line) => line.startsWith('Udp:'));
  const names = lines[0]?.split(/\s+/) ?? [];
  const values = lines[1]?.split(/\s+/) ?? [];
  const get = (name: string) => Number(values[names.indexOf(name)] ?? Number.NaN);
  return { inDatagrams: get('InDatagrams'), rcvbufErrors: get('RcvbufErrors'), inErrors: get('InErrors') };
}

/** CPU time used by every process on the machine (all cores), in milliseconds, from /proc/stat. */
export function machineBusyMs(): number {
  const fields = (fs.readFileSync('/proc/stat', 'utf8').split('\n')[0] ?? '')
    .trim()
    .split(/\s+/)
    .slice(1)
    .map(Number);
  // user nice system idle iowait irq softirq steal …: everything but idle and iowait is busy.
  const busy = fields.reduce(
    (total, value, index) => (index === 3 || index === 4 ? total : total + (value || 0)),
    0,
  );
  return (busy * 1000) / clockTicks();
}

/** Parent, own CPU ticks (utime + stime) and reaped children's ticks (cutime + cstime) of every process now. */
function processTable(): Map<number, { parent: number; ticks: number; children: number }> {
  const table = new Map<number, { parent: number; ticks: number; children: number }>();
  for (const entry of fs.readdirSync('/proc')) {
    if (!/^\d+$/.test(entry)) continue;
    try {
      const stat = fs.readFileSync(`/proc/${entry}/stat`, 'utf8');
      const fields = stat.slice(stat.lastIndexOf(')') + 2).split(' ');
      table.set(Number(entry), {
        parent: Number(fields[1]),
        ticks: Number(fields[11]) + Number(fields[12]),
        children: Number(fields[13]) + Number(fields[14]),
      });
    } catch {
      // The process ended while we looked.
    }
  }
  return table;
}

/**
 * CPU used by a process and all its descendants over an interval, counted two
 * ways, of which the larger is taken (neither counts anything twice): each
 * descendant's own time sampled every half second, which also counts children
 * nobody reaps before they are re-parented (Chromium's zygote does that with
 * its renderers), and the tree's times including reaped children (cutime),
 * which also counts children that lived between two samples or while the event
 * loop was blocked (spawnSync).
 */
export class TreeCpuSampler {
  /** pid → [ticks when first seen in the tree (0 if born after the start), ticks when last seen]. */
  private readonly seen = new Map<number, [number, number]>();
  private readonly timer: NodeJS.Timeout;
  private readonly startedAt = performance.now();
  private readonly reapedAtStart: number;

  constructor(private readonly rootPid: number) {
    this.reapedAtStart = this.reapedTicks(processTable());
    this.sample(true);
    this.timer = setInterval(() => this.sample(false), 500);
    this.timer.unref();
  }

  private sample(initial: boolean): void {
    const table = processTable();
    for (const [pid, { ticks }] of table) {
      if (!this.inTree(table, pid)) continue;
      const known = this.seen.get(pid);
      if (known) known[1] = ticks;
      else this.seen.set(pid, [initial ? ticks : 0, ticks]);
    }
  }

  private inTree(table: Map<number, { parent: number }>, pid: number): boolean {
    let ancestor: number | undefined = pid;
    while (ancestor !== undefined && ancestor > 1 && ancestor !== this.rootPid)
      ancestor = table.get(ancestor)?.parent;
    return ancestor === this.rootPid;
  }

  /** Own plus reaped-children ticks of every living process in the tree. */
  private reapedTicks(table: Map<number, { parent: number; ticks: number; children: number }>): number {
    let ticks = 0;
    for (const [pid, entry] of table) if (this.inTree(table, pid)) ticks += entry.ticks + entry.children;
    return ticks;
  }

  /** Stops sampling; percent of one core used by the tree since the start. */
  stop(): number {
    this.sample(false);
    clearInterval(this.timer);
    let sampled = 0;
    for (const [first, last] of this.seen.values()) sampled += last - first;
    const reaped = this.reapedTicks(processTable()) - this.reapedAtStart;
    const elapsed = performance.now() - this.startedAt;
    return elapsed > 0 ? ((Math.max(sampled, reaped) * 1000) / clockTicks() / elapsed) * 100 : Number.NaN;
  }
}

/**
 * CPU time of every thread of `pid` in milliseconds, from the scheduler's
 * nanosecond counters (/proc/<pid>/task/<tid>/schedstat): the clock-tick
 * figures above move in 10 ms steps, too coarse for a worker carrying a
 * handful of calls over a few seconds.
 */
export function threadCpuMs(pid: number): number {
  let ns = 0;
  for (const tid of fs.readdirSync(`/proc/${pid}/task`)) {
    try {
      ns += Number(fs.readFileSync(`/proc/${pid}/task/${tid}/schedstat`, 'utf8').split(' ')[0]);
    } catch {
      // The thread ended while we looked.
    }
  }
  return ns / 1e6;
}
