// A whole local cluster on one machine: PostgreSQL and Redis in temporary
// folders (as their unprivileged users), several signalling server processes
// on ports of their own sharing them, and a balancer in front as the one
// address. Used by `npm run cluster` and by the cluster smoke test.
import { spawn, type ChildProcess } from 'node:child_process';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { startBalancer, type Balancer } from './balancer';
import { freePort } from './freePort';
import { startPostgres, type LocalPostgres } from './postgres';
import { startRedis, type LocalRedis } from './redis';

const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '../..');

export interface ClusterNode {
  index: number;
  port: number;
  url: string;
  process: ChildProcess;
}

export interface Cluster {
  url: string;
  databaseUrl: string;
  redisUrl: string;
  nodes: ClusterNode[];
  postgres: LocalPostgres;
  redis: LocalRedis;
  balancer: Balancer;
  /** Output of node `index` so far (its log lines, the demo summary). */
  output(index: number): string;
  stop(): Promise<void>;
}

export interface ClusterOptions {
  nodes?: number;
  /** Port of the one address; 0: a free one. */
  port?: number;
  /** Fill the empty database with the demo school (first node, before the others start). */
  demo?: boolean;
  /** Built pages to serve (renderer/dist), if any. */
  staticDir?: string;
  logLevel?: string;
  /** Echo the nodes' output. */
  echo?: boolean;
}

async function waitForHealth(url: string, node: ChildProcess, timeoutMs = 60_000): Promise<void> {
  const deadline = Date.now() + timeoutMs;
  while (Date.now() < deadline) {
    if (node.exitCode !== null) throw new Error(`a server node exited with code ${node.exitCode}`);
    try {
      if ((await fetch(`${url}/healthz`)).ok) return;
    } catch {
      // not listening yet
    }
    await new Promise((resolve) => setTimeout(resolve, 250));
  }
  throw new Error(`${url}/healthz did not answer in time`);
}

export function stopProcess(child: ChildProcess, timeoutMs = 10_000): Promise<void> {
  if (child.exitCode !== null || child.signalCode !== null) return Promise.resolve();
  return new Promise((resolve) => {
    const timer = setTimeout(() => child.kill('SIGKILL'), timeoutMs);
    child.once('exit', () => {
      clearTimeout(timer);
      resolve();
    });
    child.kill('SIGTERM');
  });
}

export async function startCluster(options: ClusterOptions = {}): Promise<Cluster> {
  const count = options.nodes ?? 3;
  const dataDir = fs.mkdtempSync(path.join(os.tmpdir(), 'hhc-cluster-'));
  const postgres = await startPostgres();
  const started: Array<() => Promise<void>> = [() => postgres.stop()];
  const stopStarted = async () => {
    for (const stop of started.reverse()) await stop().catch(() => undefined);
    fs.rmSync(dataDir, { recursive: true, force: true });
  };
  try {
    const databaseUrl = await postgres.createDatabase('happy_home');
    const redis = await startRedis();
    started.push(() => redis.stop());
    const ports: number[] = [];
    for (let i = 0; i < count; i++) ports.push(await freePort());
    const balancer = await startBalancer(ports, options.port ?? 0);
    started.push(() => balancer.close());
    const url = `http://127.0.0.1:${balancer.port}`;
    const outputs = ports.map(() => '');
    const nodes: ClusterNode[] = [];
    for (const [index, port] of ports.entries()) {
      const child = spawn(process.execPath, ['--import', 'tsx', 'signaling-server/src/index.ts'], {
        cwd: root,
        stdio: ['ignore', 'pipe', 'pipe'],
        // Its own process group: Ctrl-C reaches only npm run cluster, which stops the nodes before the database.
        detached: true,
        env: {
          ...process.env,
          HHC_HOST: '127.0.0.1',
          HHC_PORT: String(port),
          HHC_DATABASE_URL: databaseUrl,
          HHC_REDIS_URL: redis.url,
          HHC_DATA_DIR: path.join(dataDir, `node-${index + 1}`),
          HHC_MEDIA_WORKERS: '1',
          HHC_RTC_LISTEN_IP: '127.0.0.1',
          HHC_RTC_PORT: String(await freePort()),
          HHC_PUBLIC_URL: url,
          HHC_LOG_LEVEL: options.logLevel ?? 'info',
          HHC_DEMO_WHEN_EMPTY: options.demo && index === 0 ? '1' : '0',
          ...(options.staticDir ? { HHC_STATIC_DIR: options.staticDir } : {}),
        },
      });
      const collect = (chunk: Buffer) => {
        outputs[index] += chunk.toString();
        if (options.echo) process.stdout.write(chunk.toString().replace(/^(?=.)/gm, `[node ${index + 1}] `));
      };
      child.stdout?.on('data', collect);
      child.stderr?.on('data', collect);
      const node = { index, port, url: `http://127.0.0.1:${port}`, process: child };
      nodes.push(node);
      started.push(() => stopProcess(child));
      // One at a time: the first migrates the schema and seeds the demo school alone.
      await waitForHealth(node.url, child);
    }
    return {
      url,
      databaseUrl,
      redisUrl: redis.url,
      nodes,
      postgres,
      redis,
      balancer,
      output: (index) => outputs[index] ?? '',
      stop: stopStarted,
    };
  } catch (error) {
    await stopStarted();
    throw error;
  }
}
