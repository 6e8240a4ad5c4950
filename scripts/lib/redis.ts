// A throw-away Redis in a temporary folder, for tests and the local cluster:
// Debian's redis-server, run as the unprivileged `redis` user when started as
// root, on loopback and a free port, without persistence (nothing the nodes
// keep there has to outlive it).
import { spawn, type ChildProcess } from 'node:child_process';
import fs from 'node:fs';
import net from 'node:net';
import os from 'node:os';
import path from 'node:path';
import { freePort } from './freePort';

export interface LocalRedis {
  url: string;
  port: number;
  /** Stops the server (as a crash would: SIGKILL) without removing its folder. */
  halt(): Promise<void>;
  /** Starts it again on the same port. */
  resume(): Promise<void>;
  stop(): Promise<void>;
}

function waitForPort(port: number, timeoutMs = 10_000): Promise<void> {
  const deadline = Date.now() + timeoutMs;
  return new Promise((resolve, reject) => {
    const attempt = () => {
      const socket = net.connect(port, '127.0.0.1');
      socket.once('connect', () => {
        socket.destroy();
        resolve();
      });
      socket.once('error', () => {
        socket.destroy();
        if (Date.now() > deadline) reject(new Error(`redis did not open port ${port}`));
        else setTimeout(attempt, 50);
      });
    };
    attempt();
  });
}

export async function startRedis(): Promise<LocalRedis> {
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'hhc-redis-'));
  // As root: the server itself runs as `redis` (spawned with its ids, so the pid below is the server's own).
  const user: { uid?: number; gid?: number } =
    process.getuid?.() === 0 ? { uid: Number(redisUser(2)), gid: Number(redisUser(3)) } : {};
  if (user.uid !== undefined && user.gid !== undefined) fs.chownSync(dir, user.uid, user.gid);
  const port = await freePort();
  const args = [
    '--port',
    String(port),
    '--bind',
    '127.0.0.1',
    '--dir',
    dir,
    '--save',
    '',
    '--appendonly',
    'no',
  ];
  let child: ChildProcess | undefined;
  const start = async () => {
    // Detached: a Ctrl-C meant for the cluster script must not stop Redis before the nodes.
    child = spawn('redis-server', args, { stdio: 'ignore', detached: true, ...user });
    await waitForPort(port);
  };
  const halt = async () => {
    const running = child;
    child = undefined;
    if (!running || running.exitCode !== null) return;
    const exited = new Promise((resolve) => running.once('exit', resolve));
    running.kill('SIGKILL');
    await exited;
  };
  await start();
  return {
    url: `redis://127.0.0.1:${port}`,
    port,
    halt,
    resume: start,
    async stop() {
      await halt();
      fs.rmSync(dir, { recursive: true, force: true });
    },
  };
}

/** A field of the `redis` user's /etc/passwd line (2: uid, 3: gid). */
function redisUser(field: number): string {
  const line = fs
    .readFileSync('/etc/passwd', 'utf8')
    .split('\n')
    .find((l) => l.startsWith('redis:'));
  if (!line) throw new Error("no redis user: install Debian's redis-server (npm run setup)");
  return line.split(':')[field]!;
}
