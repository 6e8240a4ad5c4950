// Several server nodes for the cluster tests: each a whole server (its own
// socket.io, media worker, database pool and Redis connection) sharing one
// PostgreSQL database and one Redis, as separate machines behind a load
// balancer would; a client picks its node by URL.
import { startRedis, type LocalRedis } from '../../scripts/lib/redis';
import type { DatabaseLocation } from '../../signaling-server/src/store/location';
import type { CreateServerOptions } from '../../signaling-server/src/server';
import { newTestDatabase } from '../support/database';
import { BASE } from '../support/domain';
import { seedSchool, type SchoolFixture } from '../support/fixtures';
import { startTestServer, type TestServer } from '../support/testServer';

export interface Nodes {
  nodes: TestServer[];
  clock: { now: number };
  stop(): Promise<void>;
}

export async function startNodes(
  count: number,
  shared: { database: DatabaseLocation; redisUrl?: string; now: number },
  overrides: Partial<CreateServerOptions> = {},
): Promise<Nodes> {
  const clock = { now: shared.now };
  const nodes: TestServer[] = [];
  try {
    for (let i = 0; i < count; i++) {
      nodes.push(
        await startTestServer(
          { ...overrides, ...(shared.redisUrl ? { redisUrl: shared.redisUrl } : {}) },
          {
            database: shared.database,
            clock,
          },
        ),
      );
    }
  } catch (error) {
    await Promise.all(nodes.map((node) => node.stop()));
    throw error;
  }
  return {
    nodes,
    clock,
    async stop() {
      await Promise.all(nodes.map((node) => node.stop()));
    },
  };
}

export interface SchoolCluster {
  redis: LocalRedis;
  cluster: Nodes;
  school: SchoolFixture;
}

/** A Redis of its own and `count` nodes on a new PostgreSQL database, clocks at BASE, with a fixture school. */
export async function startSchoolCluster(count: number): Promise<SchoolCluster> {
  const redis = await startRedis();
  let cluster: Nodes | undefined;
  try {
    cluster = await startNodes(count, {
      database: await newTestDatabase('postgres'),
      redisUrl: redis.url,
      now: BASE,
    });
    return { redis, cluster, school: await seedSchool(cluster.nodes[0]!.store, BASE) };
  } catch (error) {
    await cluster?.stop();
    await redis.stop();
    throw error;
  }
}

/** Polls `check` until it holds (cross-node state settles within a heartbeat or two). */
export async function eventually(check: () => Promise<boolean>, timeoutMs = 15_000): Promise<void> {
  const deadline = Date.now() + timeoutMs;
  while (!(await check())) {
    if (Date.now() > deadline) throw new Error('condition not met in time');
    await new Promise((resolve) => setTimeout(resolve, 100));
  }
}
