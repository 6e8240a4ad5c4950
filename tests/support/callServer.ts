// A server for call tests: one fixture school and its call clients, and the
// check after each test that its connections are closed and every room is gone
// with them (a room left open would carry state into the next test).
import { expect } from 'vitest';
import type { CreateServerOptions } from '../../signaling-server/src/server';
import { callClients, type CallClients } from './callClients';
import { seedSchool, type SchoolFixture } from './fixtures';
import { startTestServer, type TestServer } from './testServer';

export interface CallServer {
  server: TestServer;
  school: SchoolFixture;
  calls: CallClients;
}

export async function startCallServer(overrides: Partial<CreateServerOptions> = {}): Promise<CallServer> {
  const server = await startTestServer(overrides);
  const school = await seedSchool(server.store, server.clock.now);
  return { server, school, calls: await callClients(server.url, school) };
}

/** Closes the test's connections and waits until the server has closed their rooms. */
export async function endCalls(server: TestServer, calls: CallClients): Promise<void> {
  calls.closeAll();
  await expect.poll(() => server.rooms.counts().rooms).toBe(0);
}
