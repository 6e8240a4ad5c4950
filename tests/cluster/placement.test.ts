// Where calls go when there are several nodes: each node's heartbeat in Redis
// carries its load; a new call is placed on the least-loaded live node that
// is not draining, whichever node its first join arrives at. A draining node
// takes no new calls and says 503 to the load balancer, while the call it
// already carries goes on.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createClient, type RedisClientType } from 'redis';
import type { LocalRedis } from '../../scripts/lib/redis';
import { liveNodes } from '../../signaling-server/src/cluster/callPlacement';
import { BASE } from '../support/domain';
import { anotherOpenBooking, type SchoolFixture } from '../support/fixtures';
import { callClients, type CallClients } from '../support/callClients';
import type { TestServer } from '../support/testServer';
import { eventually, startSchoolCluster, type Nodes } from './nodes';

let redis: LocalRedis;
let cluster: Nodes;
let school: SchoolFixture;
let calls: CallClients;

const kioskOn = (node: number) => calls.client('kiosk', cluster.nodes[node]!.url);
const roomsOn = () => cluster.nodes.map((node) => node.rooms.counts().rooms);
let reader: RedisClientType;
const drained = new Set<TestServer>();

/** Until every node's heartbeat in Redis shows the load and draining state it really has. */
const heartbeatsSettled = () =>
  eventually(async () => {
    const beats = await liveNodes(reader);
    const seen = beats.map((b) => `${b.peers}${b.draining ? 'd' : ''}`).sort();
    const real = cluster.nodes.map((n) => `${n.rooms.counts().peers}${drained.has(n) ? 'd' : ''}`).sort();
    return JSON.stringify(seen) === JSON.stringify(real);
  });

beforeAll(async () => {
  ({ redis, cluster, school } = await startSchoolCluster(3));
  reader = createClient({ url: redis.url });
  await reader.connect();
  calls = await callClients(cluster.nodes[0]!.url, school);
});

afterAll(async () => {
  calls?.closeAll();
  await reader?.close();
  await cluster?.stop();
  await redis?.stop();
});

describe('placing calls on several nodes', () => {
  it('puts each new call on the least-loaded node, wherever its first join arrives', async () => {
    // Three calls whose first joins all arrive at node 1: one lands on each node.
    for (let i = 0; i < 3; i++) {
      await calls.join(await kioskOn(0), await anotherOpenBooking(cluster.nodes[0]!.store, school, BASE));
      await heartbeatsSettled();
    }
    expect(roomsOn()).toEqual([1, 1, 1]);
  });

  it('a draining node takes no new calls and says 503, while its running call goes on', async () => {
    const draining = cluster.nodes[1]!;
    draining.drain();
    drained.add(draining);
    const health = await fetch(`${draining.url}/healthz`);
    expect(health.status).toBe(503);
    expect(await health.json()).toMatchObject({ draining: true, rooms: 1 });
    await heartbeatsSettled();
    // New calls, first joins at the draining node itself: placed on the others.
    for (let i = 0; i < 2; i++) {
      await calls.join(await kioskOn(1), await anotherOpenBooking(cluster.nodes[0]!.store, school, BASE));
      await heartbeatsSettled();
    }
    expect(roomsOn()).toEqual([2, 1, 2]);
    // The call it carried is still there, with its peer.
    expect(draining.rooms.counts()).toMatchObject({ rooms: 1, peers: 1 });
  });
});
