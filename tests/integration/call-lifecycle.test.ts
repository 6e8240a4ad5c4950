// Real server, real mediasoup worker, real socket.io-client sockets: join,
// produce, consume, leave, and nothing left behind afterwards.
import { afterAll, afterEach, beforeAll, describe, expect, it } from 'vitest';
import { startTestServer, type TestServer } from '../support/testServer';
import { connect, nextEvent, request, requestOk, type TestSocket } from '../support/socketClient';
import { anotherOpenBooking, seedSchool, type SchoolFixture } from '../support/fixtures';
import { fakeDtlsParameters, opusParameters, vp8SimulcastParameters } from '../support/rtpFixtures';
import type { RtpCapabilities } from '../../common/mediaSchemas';

let server: TestServer;
let school: SchoolFixture;
let capabilities: RtpCapabilities;
const sockets: TestSocket[] = [];

async function client(as: 'kiosk' | 'parent'): Promise<TestSocket> {
  const socket = await connect(
    server.url,
    as === 'kiosk' ? { kioskCredential: school.kioskCredential } : { guardianToken: school.guardianToken },
  );
  sockets.push(socket);
  return socket;
}

async function join(socket: TestSocket, bookingId: string) {
  return requestOk(socket, 'call:join', { bookingId, rtpCapabilities: capabilities });
}

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
  server = await startTestServer();
  school = await seedSchool(server.store, server.clock.now);
  const probe = await connect(server.url, { kioskCredential: school.kioskCredential });
  capabilities = (await requestOk(probe, 'call:capabilities', {})).routerRtpCapabilities;
  probe.disconnect();
});

afterEach(async () => {
  for (const socket of sockets.splice(0)) socket.disconnect();
  await expect.poll(() => server.rooms.counts().rooms).toBe(0);
});

afterAll(async () => {
  await server.stop();
});

describe('a call through the real SFU', () => {
  it('joins, produces, consumes and leaves without leaving anything behind', async () => {
    const kiosk = await client('kiosk');
    const parent = await client('parent');
    const bookingId = await anotherBooking();

    const kioskJoin = await join(kiosk, bookingId);
    expect(kioskJoin.self.role).toBe('kiosk');
    expect(kioskJoin.self.displayName).toBe('小明');
    expect(kioskJoin.peers).toEqual([]);
    expect(kioskJoin.consumers).toEqual([]);
    expect(kioskJoin.sendTransport.iceCandidates.length).toBeGreaterThanOrEqual(2); // one UDP, one TCP
    expect(new Set(kioskJoin.sendTransport.iceCandidates.map((c) => c.protocol))).toEqual(
      new Set(['udp', 'tcp']),
    );

    await requestOk(kiosk, 'transport:connect', {
      transportId: kioskJoin.sendTransport.id,
      dtlsParameters: fakeDtlsParameters,
    });
    const audio = await requestOk(kiosk, 'media:produce', {
      transportId: kioskJoin.sendTransport.id,
      kind: 'audio',
      source: 'microphone',
      rtpParameters: opusParameters(),
    });
    const video = await requestOk(kiosk, 'media:produce', {
      transportId: kioskJoin.sendTransport.id,
      kind: 'video',
      source: 'camera',
      rtpParameters: vp8SimulcastParameters(),
    });

    // The parent joins second: its join answer already carries paused consumers of both producers.
    const peerJoined = nextEvent(kiosk, 'peer:joined');
    const parentJoin = await join(parent, bookingId);
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
    const [a, b] = await Promise.all([client('kiosk'), client('parent')]);
    const bookingId = await anotherBooking();
    const [joinA, joinB] = await Promise.all([join(a, bookingId), join(b, bookingId)]);
    expect(server.rooms.counts().rooms).toBe(1);
    expect(joinA.peers.length + joinB.peers.length).toBe(1);
  });

  it('gives each party of the booking one place, however many devices it joins from at once', async () => {
    const members = await Promise.all([
      client('kiosk'),
      client('kiosk'),
      client('kiosk'),
      client('parent'),
      client('parent'),
    ]);
    const bookingId = await anotherBooking();
    const results = await Promise.all(
      members.map((socket) => request(socket, 'call:join', { bookingId, rtpCapabilities: capabilities })),
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
    const socket = await client('kiosk');
    await join(socket, school.bookingId);
    const again = await request(socket, 'call:join', {
      bookingId: await anotherBooking(),
      rtpCapabilities: capabilities,
    });
    expect(again).toMatchObject({ ok: false, error: { code: 'ALREADY_JOINED' } });
    expect(server.rooms.counts().rooms).toBe(1);
  });
});

describe('peers that never finish', () => {
  it('removes a peer whose media never connects', async () => {
    const quick = await startTestServer({
      media: { workers: 1, listenIp: '127.0.0.1', rtcPort: 0, connectTimeoutMs: 300 },
    });
    try {
      const quickSchool = await seedSchool(quick.store, quick.clock.now);
      const socket = await connect(quick.url, { guardianToken: quickSchool.guardianToken });
      const caps = (await requestOk(socket, 'call:capabilities', {})).routerRtpCapabilities;
      const closed = nextEvent(socket, 'call:closed');
      await requestOk(socket, 'call:join', { bookingId: quickSchool.bookingId, rtpCapabilities: caps });
      expect((await closed).reason).toBe('media-timeout');
      expect(quick.rooms.counts()).toEqual({ rooms: 0, peers: 0, transports: 0, producers: 0, consumers: 0 });
      // The socket is free to join again.
      await requestOk(socket, 'call:join', { bookingId: quickSchool.bookingId, rtpCapabilities: caps });
      socket.disconnect();
    } finally {
      await quick.stop();
    }
  });
});

describe('a side that tries media and never connects', () => {
  it('is recorded as "could not connect", not as a call, and the slot settles without it', async () => {
    const quick = await startTestServer({
      media: { workers: 1, listenIp: '127.0.0.1', rtcPort: 0, connectTimeoutMs: 300 },
    });
    try {
      const quickSchool = await seedSchool(quick.store, quick.clock.now);
      const socket = await connect(quick.url, { guardianToken: quickSchool.guardianToken });
      const caps = (await requestOk(socket, 'call:capabilities', {})).routerRtpCapabilities;
      const closed = nextEvent(socket, 'call:closed');
      const answer = await requestOk(socket, 'call:join', {
        bookingId: quickSchool.bookingId,
        rtpCapabilities: caps,
      });
      // Its DTLS parameters arrive (ICE starts), but no ICE check ever reaches the server.
      await requestOk(socket, 'transport:connect', {
        transportId: answer.sendTransport.id,
        dtlsParameters: fakeDtlsParameters,
      });
      expect((await closed).reason).toBe('media-timeout');
      const records = await quick.store.callRecords.listForBooking(quickSchool.bookingId);
      expect(records.map((r) => [r.participant, r.endReason])).toEqual([['parent', 'could-not-connect']]);

      // A side that leaves while still connecting is the same attempt, not a call.
      const again = await requestOk(socket, 'call:join', {
        bookingId: quickSchool.bookingId,
        rtpCapabilities: caps,
      });
      await requestOk(socket, 'transport:connect', {
        transportId: again.recvTransport.id,
        dtlsParameters: fakeDtlsParameters,
      });
      await requestOk(socket, 'call:leave', {});
      socket.disconnect();
      await expect
        .poll(async () =>
          (await quick.store.callRecords.listForBooking(quickSchool.bookingId)).map((r) => r.endReason),
        )
        .toEqual(['could-not-connect', 'could-not-connect']);

      // When the slot is over, the parent did not join it: the attempts are no call.
      quick.clock.now += 2 * 60 * 60_000;
      await quick.calls.settle();
      expect((await quick.store.bookings.get(quickSchool.bookingId))?.status).toBe('missed_by_child');
    } finally {
      await quick.stop();
    }
  });
});

describe('a media worker that dies', () => {
  it('closes its rooms with a clear reason and is replaced', async () => {
    const socket = await client('kiosk');
    const other = await client('parent');
    const bookingId = await anotherBooking();
    await join(socket, bookingId);
    await join(other, bookingId);
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
    await join(socket, bookingId);
    await join(other, bookingId);
    expect(server.rooms.counts().peers).toBe(2);
  });
});
