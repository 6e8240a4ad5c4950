// A network namespace of the tests' own, joined to the root namespace by a
// veth pair on a private /30, with the impairments the network tests apply to
// it: a tbf rate limit on both directions, random loss and a full cut with
// nftables (this kernel has no netem). Everything is named `hhc-…`/`hhc_…` and
// carries the owning process id, so a run killed half-way is cleaned up by
// the next one without touching a namespace another live run is using.
import { spawnSync } from 'node:child_process';
import crypto from 'node:crypto';

export interface NetNs {
  /** `hhc-<owner pid>-<id>`. */
  name: string;
  id: string;
  /** The veth end in the root namespace, and its address (the server's side). */
  rootIf: string;
  rootIp: string;
  /** The veth end inside the namespace, and its address (the parent's side). */
  nsIf: string;
  nsIp: string;
}

const NAME_PREFIX = 'hhc-';
const NAME_PATTERN = /^hhc-(\d+)-([0-9a-f]{6})$/;
/** Private /30s are picked inside this /16, away from the usual 10.0.x.x LANs. */
const SUBNET_PREFIX = '10.201';

/** Runs a command and returns its stdout, or throws with the command, exit code and stderr. */
export function run(command: string, args: readonly string[], input?: string): string {
  const result = spawnSync(command, args, { encoding: 'utf8', input, timeout: 15_000 });
  if (result.error) throw new Error(`${command} ${args.join(' ')}: ${result.error.message}`);
  if (result.status !== 0) {
    const stderr = result.stderr.trim() || '(no output)';
    throw new Error(`${command} ${args.join(' ')} failed (exit ${result.status}): ${stderr}`);
  }
  return result.stdout;
}

/** Runs a command inside the namespace. */
function runIn(ns: NetNs, command: string, args: readonly string[], input?: string): string {
  return run('ip', ['netns', 'exec', ns.name, command, ...args], input);
}

/** Why these tests cannot run here (not root, no `ip netns`, no tc or nft), or undefined when they can. */
export function missingPrerequisite(): string | undefined {
  if (process.getuid?.() !== 0) return 'they need root (network namespaces, tc and nftables)';
  for (const [command, args] of [
    ['ip', ['netns', 'list']],
    ['tc', ['-V']],
    ['nft', ['--version']],
  ] as const) {
    const result = spawnSync(command, args, { encoding: 'utf8' });
    if (result.error || result.status !== 0) {
      const detail = result.error?.message ?? result.stderr.trim();
      return `\`${command} ${args.join(' ')}\` does not work here (${detail}); install iproute2 and nftables`;
    }
  }
  return undefined;
}

function namespaceNames(): string[] {
  return run('ip', ['netns', 'list'])
    .split('\n')
    .map((line) => line.split(' ')[0] ?? '')
    .filter((name) => name.startsWith(NAME_PREFIX));
}

function processAlive(pid: number): boolean {
  try {
    process.kill(pid, 0);
    return true;
  } catch (error) {
    return (error as NodeJS.ErrnoException).code === 'EPERM';
  }
}

/** Deletes `hhc-<pid>-<id>` namespaces (and their root-side veth) whose owning process is gone. */
export function removeStaleNamespaces(): string[] {
  const removed: string[] = [];
  for (const name of namespaceNames()) {
    const match = NAME_PATTERN.exec(name);
    if (!match || processAlive(Number(match[1]))) continue;
    run('ip', ['netns', 'delete', name]);
    deleteLinkIfPresent(`hhc${match[2]}r`);
    removed.push(name);
  }
  return removed;
}

function deleteLinkIfPresent(link: string): void {
  // The kernel removes a veth's root end by itself, a moment after its namespace is deleted: a
  // link that vanishes between the look and the delete is gone, which is what was wanted.
  const deleted = spawnSync('ip', ['link', 'delete', link], { encoding: 'utf8' });
  if (deleted.status !== 0 && !/Cannot find device/.test(deleted.stderr)) {
    throw new Error(`ip link delete ${link} failed (exit ${deleted.status}): ${deleted.stderr.trim()}`);
  }
}

/** A /30 in 10.201.0.0/16 that no interface of the root namespace uses yet. */
function freeSubnet(): { rootIp: string; nsIp: string } {
  const used = run('ip', ['-4', '-o', 'addr', 'show']);
  for (let attempt = 0; attempt < 50; attempt++) {
    const third = crypto.randomInt(0, 256);
    const base = crypto.randomInt(0, 64) * 4;
    const rootIp = `${SUBNET_PREFIX}.${third}.${base + 1}`;
    const nsIp = `${SUBNET_PREFIX}.${third}.${base + 2}`;
    if (!used.includes(` ${SUBNET_PREFIX}.${third}.${base + 1}/`) && !used.includes(` ${nsIp}/`)) {
      return { rootIp, nsIp };
    }
  }
  throw new Error(`no free /30 found in ${SUBNET_PREFIX}.0.0/16`);
}

/**
 * Creates the namespace with loopback up and a veth pair to the root
 * namespace. Interface names stay within Linux's 15 characters.
 */
export function createNetNs(): NetNs {
  const id = crypto.randomBytes(3).toString('hex');
  const { rootIp, nsIp } = freeSubnet();
  const ns: NetNs = {
    name: `${NAME_PREFIX}${process.pid}-${id}`,
    id,
    rootIf: `hhc${id}r`,
    nsIf: `hhc${id}n`,
    rootIp,
    nsIp,
  };
  run('ip', ['netns', 'add', ns.name]);
  try {
    run('ip', ['link', 'add', ns.rootIf, 'type', 'veth', 'peer', 'name', ns.nsIf]);
    run('ip', ['link', 'set', ns.nsIf, 'netns', ns.name]);
    run('ip', ['addr', 'add', `${rootIp}/30`, 'dev', ns.rootIf]);
    run('ip', ['link', 'set', ns.rootIf, 'up']);
    run('ip', ['-n', ns.name, 'addr', 'add', `${nsIp}/30`, 'dev', ns.nsIf]);
    run('ip', ['-n', ns.name, 'link', 'set', ns.nsIf, 'up']);
    run('ip', ['-n', ns.name, 'link', 'set', 'lo', 'up']);
  } catch (error) {
    destroyNetNs(ns);
    throw error;
  }
  return ns;
}

/** Removes the namespace (its veth end goes with it, and so does the peer). Safe to call twice. */
export function destroyNetNs(ns: NetNs): void {
  if (namespaceNames().includes(ns.name)) run('ip', ['netns', 'delete', ns.name]);
  deleteLinkIfPresent(ns.rootIf);
}

/**
 * Limits both directions of the link to `kbit` kbit/s with a token bucket on
 * each veth end's egress: towards the parent on the root side, from the
 * parent inside the namespace. The queue holds about 200 ms, as a congested
 * mobile link does before it drops; the burst is a few full-size packets.
 */
export function setRateLimit(ns: NetNs, kbit: number): void {
  const tbf = ['root', 'tbf', 'rate', `${kbit}kbit`, 'burst', '6kb', 'latency', '200ms'];
  run('tc', ['qdisc', 'replace', 'dev', ns.rootIf, ...tbf]);
  run('tc', ['-n', ns.name, 'qdisc', 'replace', 'dev', ns.nsIf, ...tbf]);
}

/** Lifts the rate limit on both directions. */
export function clearRateLimit(ns: NetNs): void {
  run('tc', ['qdisc', 'delete', 'dev', ns.rootIf, 'root']);
  run('tc', ['-n', ns.name, 'qdisc', 'delete', 'dev', ns.nsIf, 'root']);
}

function lossTable(ns: NetNs): string {
  return `hhc_net_${ns.id}_loss`;
}

function cutTable(ns: NetNs): string {
  return `hhc_net_${ns.id}_cut`;
}

/**
 * Drops `percent` % of the packets crossing the link, at random and in each
 * direction on its own, with nftables inside the namespace. Counters record
 * what crossed and what was dropped (see lossCounters).
 */
export function setLoss(ns: NetNs, percent: number): void {
  if (!Number.isInteger(percent) || percent < 0 || percent > 100) {
    throw new Error(`loss must be a whole percentage, got ${percent}`);
  }
  clearLoss(ns);
  const table = lossTable(ns);
  runIn(
    ns,
    'nft',
    ['-f', '-'],
    `table inet ${table} {
  chain input {
    type filter hook input priority -10; policy accept;
    iifname "${ns.nsIf}" counter
    iifname "${ns.nsIf}" numgen random mod 100 < ${percent} counter drop
  }
  chain output {
    type filter hook output priority -10; policy accept;
    oifname "${ns.nsIf}" counter
    oifname "${ns.nsIf}" numgen random mod 100 < ${percent} counter drop
  }
}
`,
  );
}

export interface LossCounters {
  /** Packets that reached the loss rules, per direction as seen from the parent. */
  toParent: { packets: number; dropped: number };
  fromParent: { packets: number; dropped: number };
}

/** What the loss rules have seen and dropped since setLoss. */
export function lossCounters(ns: NetNs): LossCounters {
  const listing = JSON.parse(runIn(ns, 'nft', ['-j', 'list', 'table', 'inet', lossTable(ns)])) as {
    nftables: Array<{ rule?: { chain: string; expr: Array<{ counter?: { packets: number } }> } }>;
  };
  const counts: Record<string, number[]> = { input: [], output: [] };
  for (const item of listing.nftables) {
    const counter = item.rule?.expr.find((expr) => expr.counter)?.counter;
    if (item.rule && counter) counts[item.rule.chain]?.push(counter.packets);
  }
  const direction = (chain: string) => ({
    packets: counts[chain]?.[0] ?? 0,
    dropped: counts[chain]?.[1] ?? 0,
  });
  return { toParent: direction('input'), fromParent: direction('output') };
}

/** Removes the random loss, if any. */
export function clearLoss(ns: NetNs): void {
  deleteTableIfPresent(ns, lossTable(ns));
}

/**
 * Cuts the link: every packet crossing it is dropped silently, as in a lift
 * or a tunnel. The interface stays up, so neither side is told; they only
 * notice that nothing arrives.
 */
export function cutLink(ns: NetNs): void {
  deleteTableIfPresent(ns, cutTable(ns));
  runIn(
    ns,
    'nft',
    ['-f', '-'],
    `table inet ${cutTable(ns)} {
  chain input { type filter hook input priority -20; policy accept; iifname "${ns.nsIf}" drop; }
  chain output { type filter hook output priority -20; policy accept; oifname "${ns.nsIf}" drop; }
}
`,
  );
}

/** Ends a cut. */
export function restoreLink(ns: NetNs): void {
  deleteTableIfPresent(ns, cutTable(ns));
}

function deleteTableIfPresent(ns: NetNs, table: string): void {
  const tables = runIn(ns, 'nft', ['list', 'tables']);
  if (tables.split('\n').some((line) => line.trim() === `table inet ${table}`)) {
    runIn(ns, 'nft', ['delete', 'table', 'inet', table]);
  }
}

function blockTable(ns: NetNs): string {
  return `hhc_net_${ns.id}_block`;
}

/**
 * A firewall on the link, as schools and mobile carriers have: `udp` drops
 * every UDP packet (TCP passes); `all-but-tcp` drops everything except TCP to
 * and from `tcpPort` (the page and its signalling still load, media cannot).
 */
export function setFirewall(
  ns: NetNs,
  rule: { kind: 'udp' } | { kind: 'all-but-tcp'; tcpPort: number },
): void {
  clearFirewall(ns);
  const [inbound, outbound] =
    rule.kind === 'udp'
      ? [`iifname "${ns.nsIf}" meta l4proto udp drop`, `oifname "${ns.nsIf}" meta l4proto udp drop`]
      : [
          `iifname "${ns.nsIf}" tcp sport ${rule.tcpPort} accept; iifname "${ns.nsIf}" drop`,
          `oifname "${ns.nsIf}" tcp dport ${rule.tcpPort} accept; oifname "${ns.nsIf}" drop`,
        ];
  runIn(
    ns,
    'nft',
    ['-f', '-'],
    `table inet ${blockTable(ns)} {
  chain input { type filter hook input priority -15; policy accept; ${inbound}; }
  chain output { type filter hook output priority -15; policy accept; ${outbound}; }
}
`,
  );
}

/** Takes the firewall away. */
export function clearFirewall(ns: NetNs): void {
  deleteTableIfPresent(ns, blockTable(ns));
}
