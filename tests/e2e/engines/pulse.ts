// A private PulseAudio server with one null sink, for browsers that need an
// audio device before an AudioContext will run (Firefox: without one it stays
// 'suspended' for ever, and the device check's microphone bar never moves).
// Started by the test, in a temporary directory, on a socket of its own, so it
// never meets a desktop's sound server or another test run's.
import { spawn, spawnSync, type ChildProcess } from 'node:child_process';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';

export interface PulseServer {
  /** For the browser's environment: PULSE_SERVER=<this>. */
  address: string;
  stop(): Promise<void>;
}

const START_TIMEOUT_MS = 10_000;

/** Why no PulseAudio server can be started here, or undefined when one can. */
export function pulseMissing(): string | undefined {
  const probe = spawnSync('pulseaudio', ['--version'], { encoding: 'utf8' });
  return probe.error || probe.status !== 0
    ? 'pulseaudio is not installed (Debian package pulseaudio; `npm run setup` installs it)'
    : undefined;
}

export async function startPulse(): Promise<PulseServer> {
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'hhc-pulse-'));
  const socket = path.join(dir, 'native');
  // -n: no default configuration (no hardware, no D-Bus); only a null sink and the socket.
  // As root it warns that it is "not intended to be run as root" and runs anyway: a
  // per-user server needs no system-wide setup, unlike --system.
  const child: ChildProcess = spawn(
    'pulseaudio',
    [
      '-n',
      '--daemonize=no',
      '--exit-idle-time=-1',
      '--use-pid-file=no',
      '--log-target=stderr',
      '--log-level=error',
      '-L',
      'module-null-sink sink_name=hhc_null',
      '-L',
      `module-native-protocol-unix socket=${socket} auth-anonymous=1`,
    ],
    { env: { ...process.env, HOME: dir, XDG_RUNTIME_DIR: dir, XDG_CONFIG_HOME: dir }, stdio: 'ignore' },
  );
  const exited = new Promise<void>((resolve) => child.once('exit', () => resolve()));
  const stop = async () => {
    if (child.exitCode === null) child.kill('SIGTERM');
    await exited;
    fs.rmSync(dir, { recursive: true, force: true });
  };
  const deadline = Date.now() + START_TIMEOUT_MS;
  while (!fs.existsSync(socket)) {
    if (child.exitCode !== null || Date.now() > deadline) {
      await stop();
      throw new Error(`pulseaudio did not start (exit code ${child.exitCode ?? 'none'})`);
    }
    await new Promise((resolve) => setTimeout(resolve, 50));
  }
  return { address: `unix:${socket}`, stop };
}
