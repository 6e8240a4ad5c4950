// Starts the real server (real socket.io, real mediasoup workers, a real
// SQLite file in a temporary folder) on free ports for a test, with a silent
// logger unless HHC_TEST_LOG is set, and a clock the test can move.
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { pino } from 'pino';
import {
  createServer,
  type CreateServerOptions,
  type RunningServer,
} from '../../signaling-server/src/server';
import { createSqliteStore } from '../../signaling-server/src/store/sqlite/SqliteStore';
import type { Store } from '../../signaling-server/src/store/Store';

export interface TestServer extends RunningServer {
  store: Store;
  databaseFile: string;
  clock: { now: number };
  /** Stops the server and closes the database (the file stays for restart tests). */
  stop(): Promise<void>;
}

export async function startTestServer(
  overrides: Partial<CreateServerOptions> = {},
  reuse?: { databaseFile: string; clock: { now: number } },
): Promise<TestServer> {
  const log = pino({ level: process.env.HHC_TEST_LOG ?? 'silent' });
  const databaseFile =
    reuse?.databaseFile ??
    path.join(fs.mkdtempSync(path.join(os.tmpdir(), 'hhc-test-')), 'happy-home.sqlite');
  const store = createSqliteStore(databaseFile);
  const clock = reuse?.clock ?? { now: Date.now() };
  const server = await createServer(
    { log, store, now: () => clock.now },
    {
      host: '127.0.0.1',
      port: 0,
      maxPeersPerCall: 4,
      // The link guard off unless a test is about it (sound-only, link-guard, the network tests): on two
      // busy cores a loopback call's bandwidth estimate can sag while both browsers encode, and a call
      // turned to sound only would fail tests that are about something else.
      link: false,
      ...overrides,
      media: {
        workers: 1,
        listenIp: '127.0.0.1',
        rtcPort: 0,
        connectTimeoutMs: 30_000,
        ...overrides.media,
      },
    },
  );
  return {
    ...server,
    store,
    databaseFile,
    clock,
    async stop() {
      await server.close();
      store.close();
    },
  };
}
