// Real server, real mediasoup worker, real socket.io-client sockets: join,
// produce, consume, leave, and nothing left behind afterwards.
import { afterAll, afterEach, beforeAll, describe, expect, it } from 'vitest';
import type { TestServer } from '../support/testServer';
import { endCalls, startCallServer } from '../support/callServer';
import { nextEvent, request, requestOk, type TestSocket } from '../support/socketClient';
import { anotherOpenBooking, type SchoolFixture } from '../support/fixtures';
import { fakeDtlsParameters, opusParameters } from '../support/rtpFixtures';
import { sendMicAndCamera, type CallClients, type JoinAnswer } from '../support/callClients';

let server: TestServer;
let school: SchoolFixture;
let calls: CallClients;

const anotherBooking = () => anotherOpenBooking(server.store, school, server.clock.now);

/** What mediasoup itself holds, not just our maps. */
async function routersInWorkers(): Promise<number> {
  let routers = 0;
  for (const pid of server.pool.pids()) {
    const slot = server.pool.leastLoaded();
    expect(slot?.worker.pid).toBe(pid);
    const dump = (await slot!.worker.dump()) as { routerIds: string[] };
    routers += dump.routerIds.length;
  }
  return routers;
}

beforeAll(async () => {
  ({ server, school, calls } = await startCallServer());
});
afterEach(() => endCalls(server, calls));
afterAll(() => server.stop());

describe('a call through the real SFU', () => {
  it('joins, produces, consumes and leaves without leaving anything behind', async () => {
    const kiosk = await calls.client('kiosk');
    const parent = await calls.client('parent');
    const bookingId = await anotherBooking();

    const kioskJoin = await calls.join(kiosk, bookingId);
    expect(kioskJoin.self.role).toBe('kiosk');
    expect(kioskJoin.self.displayName).toBe('小明');
    expect(kioskJoin.peers).toEqual([]);
    expect(kioskJoin.consumers).toEqual([]);
    expect(kioskJoin.sendTransport.iceCandidates.length).toBeGreaterThanOrEqual(2); // one UDP, one TCP
    expect(new Set(kioskJoin.sendTransport.iceCandidates.map((c) => c.protocol))).toEqual(
      new Set(['udp', 'tcp']),
    );

    const { audio, video } = await sendMicAndCamera(kiosk, kioskJoin);

    // The parent joins second: its join answer already carries paused consumers of both producers.
    const peerJoined = nextEvent(kiosk, 'peer:joined');
    const parentJoin = await calls.join(parent, bookingId);
    expect((await peerJoined).role).toBe('parent');
    expect(parentJoin.self.displayName).toBe('王丽');
    expect(parentJoin.peers.map((p) => p.role)).toEqual(['kiosk']);
    expect(parentJoin.consumers.map((c) => c.producerId).sort()).toEqual(
      [audio.producerId, video.producerId].sort(),
    );
    expect(parentJoin.consumers.find((c) => c.kind === 'video')?.source).toBe('camera');
    for (const consumer of parentJoin.consumers) {
      await requestOk(parent, 'media:resume-consumer', { consumerId: consumer.consumerId });
    }

    // A producer made after the parent joined reaches it as a push.
    const kioskGetsConsumer = nextEvent(kiosk, 'media:consumer-new');
    const parentAudio = await requestOk(parent, 'media:produce', {
      transportId: parentJoin.sendTransport.id,
      kind: 'audio',
      source: 'microphone',
      rtpParameters: opusParameters(33333333),
    });
    expect((await kioskGetsConsumer).producerId).toBe(parentAudio.producerId);

    expect(server.rooms.counts()).toEqual({ rooms: 1, peers: 2, transports: 4, producers: 3, consumers: 3 });

    // Mute is seen by the other side.
    const paused = nextEvent(parent, 'media:consumer-paused');
    await requestOk(kiosk, 'media:set-producer-paused', { producerId: audio.producerId, paused: true });
    expect((await paused).paused).toBe(true);

    // The kiosk leaves: the parent's consumers of its media close, and it is told.
    const peerLeft = nextEvent(parent, 'peer:left');
    const consumerClosed = nextEvent(parent, 'media:consumer-closed');
    await requestOk(kiosk, 'call:leave', {});
    expect((await peerLeft).peerId).toBe(kioskJoin.peerId);
    await consumerClosed;
    expect(server.rooms.counts()).toEqual({ rooms: 1, peers: 1, transports: 2, producers: 1, consumers: 0 });

    // The last one out closes the room and the router inside the worker.
    parent.disconnect();
    await expect
      .poll(() => server.rooms.counts())
      .toEqual({ rooms: 0, peers: 0, transports: 0, producers: 0, consumers: 0 });
    await expect.poll(routersInWorkers).toBe(0);
  });

  it('puts two simultaneous joins into one room', async () => {
    const [a, b] = await Promise.all([calls.client('kiosk'), calls.client('parent')]);
    const bookingId = await anotherBooking();
    const [joinA, joinB] = await Promise.all([calls.join(a, bookingId), calls.join(b, bookingId)]);
    expect(server.rooms.counts().rooms).toBe(1);
    expect(joinA.peers.length + joinB.peers.length).toBe(1);
  });

  it('gives each party of the booking one place, however many devices it joins from at once', async () => {
    const members = await Promise.all([
      calls.client('kiosk'),
      calls.client('kiosk'),
      calls.client('kiosk'),
      calls.client('parent'),
      calls.client('parent'),
    ]);
    const bookingId = await anotherBooking();
    const results = await Promise.all(
      members.map((socket) =>
        request(socket, 'call:join', { bookingId, rtpCapabilities: calls.capabilities }),
      ),
    );
    // Later joins of the same party replace earlier ones (or overtake them while joining).
    for (const result of results) {
      if (!result.ok) expect(result.error.code).toBe('ALREADY_JOINED');
    }
    expect(server.rooms.get(bookingId)?.peers.size).toBe(2);
    expect([...server.rooms.get(bookingId)!.peers.values()].map((peer) => peer.role).sort()).toEqual([
      'kiosk',
      'parent',
    ]);
  });

  it('refuses a second join on the same connection', async () => {
    const socket = await calls.client('kiosk');
    await calls.join(socket, school.bookingId);
    const again = await request(socket, 'call:join', {
      bookingId: await anotherBooking(),
      rtpCapabilities: calls.capabilities,
    });
    expect(again).toMatchObject({ ok: false, error: { code: 'ALREADY_JOINED' } });
    expect(server.rooms.counts().rooms).toBe(1);
  });
});

/** Runs `test` on a server of its own whose media gives up after 300 ms, with the parent connected to it. */
async function withImpatientMedia(
  test: (
    quick: TestServer,
    parent: TestSocket,
    join: () => Promise<JoinAnswer>,
    bookingId: string,
  ) => Promise<void>,
): Promise<void> {
  const {
    server: quick,
    school: quickSchool,
    calls: quickCalls,
  } = await startCallServer({
    media: { workers: 1, listenIp: '127.0.0.1', rtcPort: 0, connectTimeoutMs: 300 },
  });
  try {
    const parent = await quickCalls.client('parent');
    await test(quick, parent, () => quickCalls.join(parent, quickSchool.bookingId), quickSchool.bookingId);
    quickCalls.closeAll();
  } finally {
    await quick.stop();
  }
}

describe('peers that never finish', () => {
  it('removes a peer whose media never connects', async () => {
    await withImpatientMedia(async (quick, socket, join) => {
      const closed = nextEvent(socket, 'call:closed');
      await join();
      expect((await closed).reason).toBe('media-timeout');
      expect(quick.rooms.counts()).toEqual({ rooms: 0, peers: 0, transports: 0, producers: 0, consumers: 0 });
      // The socket is free to join again.
      await join();
    });
  });
});

describe('a side that tries media and never connects', () => {
  it('is recorded as "could not connect", not as a call, and the slot settles without it', async () => {
    await withImpatientMedia(async (quick, socket, join, bookingId) => {
      const closed = nextEvent(socket, 'call:closed');
      const answer = await join();
      // Its DTLS parameters arrive (ICE starts), but no ICE check ever reaches the server.
      await requestOk(socket, 'transport:connect', {
        transportId: answer.sendTransport.id,
        dtlsParameters: fakeDtlsParameters,
      });
      expect((await closed).reason).toBe('media-timeout');
      const records = await quick.store.callRecords.listForBooking(bookingId);
      expect(records.map((r) => [r.participant, r.endReason])).toEqual([['parent', 'could-not-connect']]);

      // A side that leaves while still connecting is the same attempt, not a call.
      const again = await join();
      await requestOk(socket, 'transport:connect', {
        transportId: again.recvTransport.id,
        dtlsParameters: fakeDtlsParameters,
      });
      await requestOk(socket, 'call:leave', {});
      socket.disconnect();
      await expect
        .poll(async () => (await quick.store.callRecords.listForBooking(bookingId)).map((r) => r.endReason))
        .toEqual(['could-not-connect', 'could-not-connect']);

      // When the slot is over, the parent did not join it: the attempts are no call.
      quick.clock.now += 2 * 60 * 60_000;
      await quick.calls.settle();
      expect((await quick.store.bookings.get(bookingId))?.status).toBe('missed_by_child');
    });
  });
});

describe('a media worker that dies', () => {
  it('closes its rooms with a clear reason and is replaced', async () => {
    const socket = await calls.client('kiosk');
    const other = await calls.client('parent');
    const bookingId = await anotherBooking();
    await calls.join(socket, bookingId);
    await calls.join(other, bookingId);
    const [pid] = server.pool.pids();
    const closedA = nextEvent(socket, 'call:closed');
    const closedB = nextEvent(other, 'call:closed');
    process.kill(pid!, 'SIGKILL');
    expect((await closedA).reason).toBe('media-server-restarted');
    expect((await closedB).reason).toBe('media-server-restarted');
    await expect.poll(() => server.pool.aliveCount, { timeout: 10_000 }).toBe(1);
    expect(server.pool.pids()[0]).not.toBe(pid);
    const health = (await (await fetch(`${server.url}/healthz`)).json()) as { status: string; rooms: number };
    expect(health).toMatchObject({ status: 'ok', rooms: 0 });
    // Both can rejoin the same call on the new worker.
    await calls.join(socket, bookingId);
    await calls.join(other, bookingId);
    expect(server.rooms.counts().peers).toBe(2);
  });
});
