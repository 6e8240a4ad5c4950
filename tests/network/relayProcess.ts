// Starts the delay relay (delayRelay.ts) as a child process inside a network
// namespace and waits until it listens; stopping it ends the process.
import { spawn } from 'node:child_process';
import path from 'node:path';
import readline from 'node:readline';
import { fileURLToPath } from 'node:url';
import type { RelayOptions } from './delayRelay';

const main = path.join(path.dirname(fileURLToPath(import.meta.url)), 'delayRelayMain.ts');
const START_TIMEOUT_MS = 20_000;

export interface RelayProcess {
  /** The port of each route, in order. */
  ports: number[];
  stop(): void;
}

export async function startRelayIn(namespace: string, options: RelayOptions): Promise<RelayProcess> {
  const child = spawn(
    'ip',
    ['netns', 'exec', namespace, process.execPath, '--import', 'tsx', main, JSON.stringify(options)],
    { stdio: ['pipe', 'pipe', 'inherit'] },
  );
  const stop = () => {
    if (child.exitCode === null) child.kill('SIGTERM');
  };
  try {
    const line = await new Promise<string>((resolve, reject) => {
      const lines = readline.createInterface({ input: child.stdout });
      const timer = setTimeout(() => reject(new Error('the delay relay did not start')), START_TIMEOUT_MS);
      lines.once('line', (first) => {
        clearTimeout(timer);
        resolve(first);
      });
      child.once('exit', (code) => {
        clearTimeout(timer);
        reject(new Error(`the delay relay exited (${code}) before it listened`));
      });
    });
    const { ports } = JSON.parse(line) as { ports: number[] };
    return { ports, stop };
  } catch (error) {
    stop();
    throw error;
  }
}
