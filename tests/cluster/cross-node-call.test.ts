// A call whose two sides signal through different nodes: the kiosk's socket on
// node 1, the parent's on node 2. The call lives on one router (the node that
// claimed it in Redis); the other node forwards the parent's requests to it
// and its pushes come back through the adapter. Then the node carrying the
// call goes away: the parent is told, and its rejoin places the call anew.
// Between the two, Redis restarts: the call goes on.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { LocalRedis } from '../../scripts/lib/redis';
import type { SchoolFixture } from '../support/fixtures';
import { callClients, type CallClients, type Side, sendMicAndCamera } from '../support/callClients';
import { fakeDtlsParameters, opusParameters } from '../support/rtpFixtures';
import { nextEvent, request, requestOk, type TestSocket } from '../support/socketClient';
import { eventually, startSchoolCluster, type Nodes } from './nodes';

let redis: LocalRedis;
let cluster: Nodes;
let school: SchoolFixture;
let calls: CallClients;
/** The call the first test leaves running (kiosk through node 1, parent through node 2). */
let inCall: { kiosk: TestSocket; parent: TestSocket; kioskAudio: string; parentConsumer: string } | undefined;

/** A connection of the school's kiosk or parent through node `node`. */
const on = (node: number, as: Side) => calls.client(as, cluster.nodes[node]!.url);
const join = (socket: TestSocket) => calls.join(socket, school.bookingId);

beforeAll(async () => {
  ({ redis, cluster, school } = await startSchoolCluster(2));
  calls = await callClients(cluster.nodes[0]!.url, school);
});

afterAll(async () => {
  calls?.closeAll();
  await cluster?.stop();
  await redis?.stop();
});

describe('a call with its two sides on two nodes', () => {
  it('runs on one router: media, pushes and leaving cross the nodes', async () => {
    const [node1, node2] = cluster.nodes as [(typeof cluster.nodes)[0], (typeof cluster.nodes)[0]];
    const kiosk = await on(0, 'kiosk');
    const parent = await on(1, 'parent');

    const kioskJoin = await join(kiosk);
    const { audio, video } = await sendMicAndCamera(kiosk, kioskJoin);

    const peerJoined = nextEvent(kiosk, 'peer:joined');
    const parentJoin = await join(parent);
    expect((await peerJoined).role).toBe('parent');
    // The parent's transports are on the kiosk's node's worker: the same media port as the kiosk's.
    const port = (join: typeof kioskJoin) => join.recvTransport.iceCandidates.map((c) => c.port).sort();
    expect(port(parentJoin)).toEqual(port(kioskJoin));
    expect(parentJoin.peers.map((p) => p.role)).toEqual(['kiosk']);
    expect(parentJoin.consumers.map((c) => c.producerId).sort()).toEqual(
      [audio.producerId, video.producerId].sort(),
    );
    expect(node1.rooms.counts()).toMatchObject({ rooms: 1, peers: 2 });
    expect(node2.rooms.counts()).toMatchObject({ rooms: 0, peers: 0 });

    // Requests of the parent (node 2) act on node 1's router.
    for (const consumer of parentJoin.consumers) {
      await requestOk(parent, 'media:resume-consumer', { consumerId: consumer.consumerId });
    }
    await requestOk(parent, 'transport:connect', {
      transportId: parentJoin.sendTransport.id,
      dtlsParameters: fakeDtlsParameters,
    });
    const kioskGetsConsumer = nextEvent(kiosk, 'media:consumer-new');
    const parentAudio = await requestOk(parent, 'media:produce', {
      transportId: parentJoin.sendTransport.id,
      kind: 'audio',
      source: 'microphone',
      rtpParameters: opusParameters(33333333),
    });
    expect((await kioskGetsConsumer).producerId).toBe(parentAudio.producerId);

    // Pushes for the parent come back from node 1 through the adapter.
    const paused = nextEvent(parent, 'media:consumer-paused');
    await requestOk(kiosk, 'media:set-producer-paused', { producerId: audio.producerId, paused: true });
    expect((await paused).paused).toBe(true);

    // Both sides' call records are kept by the node carrying the call.
    expect(
      (await node1.store.callRecords.listForBooking(school.bookingId)).map((r) => r.participant).sort(),
    ).toEqual(['kiosk', 'parent']);

    // The parent leaves through node 2: node 1 removes it and tells the kiosk.
    const peerLeft = nextEvent(kiosk, 'peer:left');
    await requestOk(parent, 'call:leave', {});
    expect((await peerLeft).peerId).toBe(parentJoin.peerId);
    expect(node1.rooms.counts()).toMatchObject({ rooms: 1, peers: 1 });

    // And can join again.
    const again = await join(parent);
    expect(again.peers.map((p) => p.role)).toEqual(['kiosk']);
    inCall = { kiosk, parent, kioskAudio: audio.producerId, parentConsumer: again.consumers[0]!.consumerId };
  });

  it('goes on through a Redis restart: nothing is torn down, forwarded requests work again after', async () => {
    const { kiosk, parent, kioskAudio, parentConsumer } = inCall!;
    let closed = false;
    parent.once('call:closed', () => (closed = true));
    await redis.halt();
    // A request that must cross nodes says "try again"; the call stays as it was.
    expect(await request(parent, 'media:resume-consumer', { consumerId: parentConsumer })).toMatchObject({
      ok: false,
      error: { code: 'UNAVAILABLE' },
    });
    // The carrying node's own side is untouched.
    await requestOk(kiosk, 'media:set-producer-paused', { producerId: kioskAudio, paused: false });
    expect(cluster.nodes[0]!.rooms.counts()).toMatchObject({ rooms: 1, peers: 2 });
    await redis.resume();
    await eventually(
      async () => (await request(parent, 'media:resume-consumer', { consumerId: parentConsumer })).ok,
      30_000,
    );
    expect(closed).toBe(false);
    expect(cluster.nodes[0]!.rooms.counts()).toMatchObject({ rooms: 1, peers: 2 });
  });

  it('when the node carrying the call stops, the parent is told and its rejoin places the call again', async () => {
    // The parent of the first test, still in the call through node 2.
    const parentSocket = inCall!.parent;
    const closed = nextEvent(parentSocket!, 'call:closed', 10_000);
    await cluster.nodes.shift()!.stop();
    expect((await closed).reason).toBe('server-shutdown');
    const rejoined = await join(parentSocket!);
    expect(rejoined.peers).toEqual([]);
    expect(cluster.nodes[0]!.rooms.counts()).toMatchObject({ rooms: 1, peers: 1 });
  });
});
