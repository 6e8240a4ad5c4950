// Starts the real server (real socket.io, real mediasoup workers) on free
// ports for a test, with a silent logger unless HHC_TEST_LOG is set.
import { pino } from 'pino';
import {
  createServer,
  type CreateServerOptions,
  type RunningServer,
} from '../../signaling-server/src/server';

export async function startTestServer(overrides: Partial<CreateServerOptions> = {}): Promise<RunningServer> {
  const log = pino({ level: process.env.HHC_TEST_LOG ?? 'silent' });
  return createServer(
    { log },
    {
      host: '127.0.0.1',
      port: 0,
      maxPeersPerCall: 4,
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
}
