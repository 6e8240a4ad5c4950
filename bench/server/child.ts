// Starts bench/server/serverProcess.ts in a child process and talks to it.
import { fork, type ChildProcess } from 'node:child_process';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { repoRoot } from '../lib/paths';
import type { MemoryFigures, ServerReady, ServerRequest } from './serverProcess';

type Request = ServerRequest extends infer R ? (R extends { id: number } ? Omit<R, 'id'> : never) : never;

const ASK_TIMEOUT_MS = 60_000;

export interface ServerChild {
  ready: ServerReady;
  bookings(count: number): Promise<string[]>;
  memory(): Promise<MemoryFigures>;
  rooms(): Promise<{ rooms: number; peers: number }>;
  stop(): Promise<void>;
}

export async function startServerChild(): Promise<ServerChild> {
  const script = path.join(path.dirname(fileURLToPath(import.meta.url)), 'serverProcess.ts');
  const child: ChildProcess = fork(script, [], {
    cwd: repoRoot,
    execArgv: ['--import', 'tsx', '--expose-gc'],
    stdio: ['ignore', 'inherit', 'inherit', 'ipc'],
  });
  let nextId = 1;
  const pending = new Map<number, (value: unknown) => void>();
  const ready = await new Promise<ServerReady>((resolve, reject) => {
    child.once('exit', (code) => reject(new Error(`server process exited with ${code}`)));
    child.on('message', (message: ServerReady | { type: 'reply'; id: number; value: unknown }) => {
      if (message.type === 'ready') {
        resolve(message);
        return;
      }
      pending.get(message.id)?.(message.value);
      pending.delete(message.id);
    });
  });
  const ask = <T>(request: Request): Promise<T> =>
    new Promise<T>((resolve, reject) => {
      const id = nextId++;
      // A server process that hangs or dies must not hang the benchmark.
      const timer = setTimeout(() => {
        pending.delete(id);
        reject(new Error(`server process did not answer ${request.type} within ${ASK_TIMEOUT_MS / 1000} s`));
      }, ASK_TIMEOUT_MS);
      pending.set(id, (value) => {
        clearTimeout(timer);
        resolve(value as T);
      });
      child.send({ ...request, id });
    });
  return {
    ready,
    bookings: (count) => ask<string[]>({ type: 'bookings', count }),
    memory: () => ask<MemoryFigures>({ type: 'memory' }),
    rooms: () => ask<{ rooms: number; peers: number }>({ type: 'rooms' }),
    async stop() {
      const exited = new Promise<void>((resolve) => child.once('exit', () => resolve()));
      await Promise.race([ask<boolean>({ type: 'stop' }), exited]);
      await Promise.race([exited, new Promise((resolve) => setTimeout(resolve, 3_000))]);
      if (child.exitCode === null) child.kill('SIGKILL');
    },
  };
}
