// A real call across two server nodes: the kiosk's page talks to node 1, the
// parent's phone page to node 2, both on one PostgreSQL and one Redis. Two
// Chromium contexts with fake camera and microphone must decode each other's
// video and receive each other's audio (getStats), through the one router
// the call was placed on. Then, behind one address, the node carrying a call
// stops mid-call: both sides get media again without anyone pressing anything.
import { expect, test } from '@playwright/test';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { startPostgres, type LocalPostgres } from '../../scripts/lib/postgres';
import { startRedis, type LocalRedis } from '../../scripts/lib/redis';
import { seedSchool, type SchoolFixture } from '../support/fixtures';
import { startNodes, type Nodes } from '../cluster/nodes';
import { startBalancer } from '../../scripts/lib/balancer';
import { expectMediaFlowing, startCall } from '../e2e/media';

const here = path.dirname(fileURLToPath(import.meta.url));
const staticDir = path.resolve(here, '../../renderer/dist');

let postgres: LocalPostgres;
let redis: LocalRedis;
let cluster: Nodes;
let school: SchoolFixture;

test.beforeAll(async () => {
  postgres = await startPostgres();
  redis = await startRedis();
  cluster = await startNodes(
    2,
    {
      database: { engine: 'postgres', url: await postgres.createDatabase() },
      redisUrl: redis.url,
      now: Date.now(),
    },
    { staticDir },
  );
  school = await seedSchool(cluster.nodes[0]!.store, cluster.clock.now);
});

test.afterAll(async () => {
  await cluster?.stop();
  await redis?.stop();
  await postgres?.stop();
});

test('kiosk on node 1 and parent on node 2 see and hear each other', async ({ browser }) => {
  const [node1, node2] = [cluster.nodes[0]!, cluster.nodes[1]!];
  const call = await startCall(browser, { kiosk: node1.url, parent: node2.url }, school);
  try {
    // One room in the whole cluster, with both peers: the call was placed once, not once per node.
    const counts = [node1.rooms.counts(), node2.rooms.counts()];
    expect(counts.map((c) => c.rooms).reduce((a, b) => a + b)).toBe(1);
    expect(counts.map((c) => c.peers).reduce((a, b) => a + b)).toBe(2);
  } finally {
    await call.close();
  }
});

test('the node carrying a call stops mid-call: both sides come back through the other node', async ({
  browser,
}) => {
  const balancer = await startBalancer(cluster.nodes.map((node) => node.port));
  const address = `http://127.0.0.1:${balancer.port}`;
  const call = await startCall(browser, address, school);
  try {
    const carrier = cluster.nodes.find((node) => node.rooms.counts().rooms === 1)!;
    expect(carrier).toBeDefined();
    await carrier.stop();
    cluster.nodes.splice(cluster.nodes.indexOf(carrier), 1);
    // The stopped node's router is gone: rising counters are media through the new room on the other node.
    await expectMediaFlowing(call.kiosk, 60_000);
    await expectMediaFlowing(call.parent, 60_000);
    expect(cluster.nodes[0]!.rooms.counts()).toMatchObject({ rooms: 1, peers: 2 });
  } finally {
    await call.close();
    await balancer.close();
  }
});
