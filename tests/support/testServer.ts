// Starts the real server (real socket.io, real mediasoup workers, a real
// SQLite file in a temporary folder — or, under test:cluster, a database of its
// own on a real PostgreSQL) on free ports for a test, with a silent logger
// unless HHC_TEST_LOG is set, and a clock the test can move.
import { pino } from 'pino';
import {
  createServer,
  type CreateServerOptions,
  type RunningServer,
} from '../../signaling-server/src/server';
import type { DatabaseLocation } from '../../signaling-server/src/store/location';
import { openStore } from '../../signaling-server/src/store/sql/openStore';
import type { Store } from '../../signaling-server/src/store/Store';
import { newTestDatabase } from './database';

export interface TestServer extends RunningServer {
  store: Store;
  database: DatabaseLocation;
  /** The SQLite file (tests that read it directly run on SQLite only). */
  databaseFile: string;
  clock: { now: number };
  /** Stops the server and closes the database (the file stays for restart tests). */
  stop(): Promise<void>;
}

export async function startTestServer(
  overrides: Partial<CreateServerOptions> = {},
  reuse?: { database: DatabaseLocation; clock: { now: number } },
): Promise<TestServer> {
  const log = pino({ level: process.env.HHC_TEST_LOG ?? 'silent' });
  const database = reuse?.database ?? (await newTestDatabase());
  const store = await openStore(database);
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
    database,
    databaseFile: database.engine === 'sqlite' ? database.file : '',
    clock,
    async stop() {
      await server.close();
      await store.close();
    },
  };
}
