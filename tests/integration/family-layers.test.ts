// A call of three through the real server and the real mediasoup worker: every
// peer consumes every other, and the layers each receiver gets follow
// layerChoice.ts (faces on its screen, its link). Fake DTLS never connects, so
// no RTP flows: the test reads the consumers' preferred layers, which is what
// the server decides. The call is a family booking: the kiosk, mum and dad,
// each parent on their own link.
import { afterAll, afterEach, beforeAll, describe, expect, it } from 'vitest';
import { startTestServer, type TestServer } from '../support/testServer';
import { connect, requestOk, type TestSocket } from '../support/socketClient';
import { openBooking, seedSchool, type SchoolFixture } from '../support/fixtures';
import { teacherIdOf } from '../support/domain';
import { hashToken, randomToken } from '../../signaling-server/src/auth/secrets';
import { fakeDtlsParameters, opusParameters, vp8SimulcastParameters } from '../support/rtpFixtures';
import type { RtpCapabilities } from '../../common/mediaSchemas';
import type { JoinAnswer } from '../../common/protocol';
import { defaultLayerChoiceOptions } from '../../signaling-server/src/calls/layerChoice';

let server: TestServer;
let school: SchoolFixture;
let capabilities: RtpCapabilities;
const sockets: TestSocket[] = [];

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

async function track(socket: Promise<TestSocket>): Promise<TestSocket> {
  sockets.push(await socket);
  return socket;
}

/** Joins, sends a microphone and a camera like a browser, and says its tracks are ready as they come. */
async function joinSending(socket: TestSocket, bookingId: string, ssrcBase: number) {
  socket.on('media:consumer-new', (consumer) => {
    void requestOk(socket, 'media:resume-consumer', { consumerId: consumer.consumerId });
  });
  const answer = await requestOk(socket, 'call:join', { bookingId, rtpCapabilities: capabilities });
  for (const consumer of answer.consumers) {
    await requestOk(socket, 'media:resume-consumer', { consumerId: consumer.consumerId });
  }
  await requestOk(socket, 'transport:connect', {
    transportId: answer.sendTransport.id,
    dtlsParameters: fakeDtlsParameters,
  });
  const producers: Record<'microphone' | 'camera', string> = { microphone: '', camera: '' };
  for (const [kind, source, rtpParameters] of [
    ['audio', 'microphone', opusParameters(ssrcBase)],
    ['video', 'camera', vp8SimulcastParameters(ssrcBase + 100)],
  ] as const) {
    producers[source] = (
      await requestOk(socket, 'media:produce', {
        transportId: answer.sendTransport.id,
        kind,
        source,
        rtpParameters,
      })
    ).producerId;
  }
  return { answer, producers };
}

describe('a call of three', () => {
  it('lets everyone consume everyone, and each receiver’s layers follow its screen and its link', async () => {
    const dad = await server.store.guardians.create({
      childId: school.childId,
      relation: 'father',
      displayName: '王强',
      phone: null,
    });
    const dadToken = randomToken();
    await server.store.guardians.setLink(dad.id, hashToken(dadToken), server.clock.now);
    const bookingId = await openBooking(
      server.store,
      { ...school, teacherId: await teacherIdOf(server.store, school.schoolId) },
      server.clock.now,
      60,
      { alsoGuardianIds: [dad.id] },
    );
    const kioskA = await track(connect(server.url, { kioskCredential: school.kioskCredential }));
    const dadPhone = await track(connect(server.url, { guardianToken: dadToken }));
    const parent = await track(connect(server.url, { guardianToken: school.guardianToken }));
    const a = await joinSending(kioskA, bookingId, 1_000_000);
    const b = await joinSending(dadPhone, bookingId, 2_000_000);
    const p = await joinSending(parent, bookingId, 3_000_000);

    const room = server.rooms.get(bookingId)!;
    const peer = (answer: JoinAnswer) => room.peers.get(answer.peerId)!;
    // Every peer receives the microphone and camera of each of the two others.
    for (const side of [a, b, p]) {
      await expect
        .poll(() =>
          [...peer(side.answer).consumers.values()]
            .map((c) => c.kind)
            .sort()
            .join(','),
        )
        .toBe('audio,audio,video,video');
    }
    expect(server.rooms.counts()).toMatchObject({ peers: 3, producers: 6, consumers: 12 });
    const videoLayers = (answer: JoinAnswer) =>
      [...peer(answer).consumers.values()]
        .filter((c) => c.kind === 'video')
        .map((c) => c.preferredLayers?.spatialLayer);

    // Each phone shows two faces split: half resolution from each. The kiosk shows two at full size.
    await expect.poll(() => videoLayers(p.answer)).toEqual([1, 1]);
    await expect.poll(() => videoLayers(b.answer)).toEqual([1, 1]);
    await expect.poll(() => videoLayers(a.answer)).toEqual([2, 2]);

    // Dad turns his camera off: mum's phone shows one face large again, at the top layer.
    await requestOk(dadPhone, 'media:set-producer-paused', { producerId: b.producers.camera, paused: true });
    await expect.poll(() => videoLayers(p.answer)).toEqual([2, 2]);
    await requestOk(dadPhone, 'media:set-producer-paused', { producerId: b.producers.camera, paused: false });
    await expect.poll(() => videoLayers(p.answer)).toEqual([1, 1]);

    // The phone's link: an estimate too small for two faces at the middle layer brings both in small.
    const weak = defaultLayerChoiceOptions.smallBelowKbpsPerTile * 2 - 50;
    room.linkSampled(p.answer.peerId, {
      atMs: 1_000,
      estimateKbps: weak,
      videoFlowing: true,
      audioScore: 10,
    });
    await expect.poll(() => videoLayers(p.answer)).toEqual([0, 0]);
    // Only the weak receiver: the kiosk still gets both at full size, dad at the middle layer.
    expect(videoLayers(a.answer)).toEqual([2, 2]);
    expect(videoLayers(b.answer)).toEqual([1, 1]);
    // A good estimate at once does not lift it (it grows with what is sent); the hold's end does.
    room.linkSampled(p.answer.peerId, {
      atMs: 3_000,
      estimateKbps: 5_000,
      videoFlowing: true,
      audioScore: 10,
    });
    await new Promise((resolve) => setTimeout(resolve, 100));
    expect(videoLayers(p.answer)).toEqual([0, 0]);
    const afterHold = 1_000 + defaultLayerChoiceOptions.retryAfterMs;
    room.linkSampled(p.answer.peerId, {
      atMs: afterHold,
      estimateKbps: 5_000,
      videoFlowing: true,
      audioScore: 10,
    });
    await expect.poll(() => videoLayers(p.answer)).toEqual([1, 1]);

    // The person's own low-data choice still wins where it asks for less.
    const [firstVideo] = [...peer(a.answer).consumers.values()].filter((c) => c.kind === 'video');
    await requestOk(kioskA, 'media:set-consumer-preferences', {
      consumerId: firstVideo!.id,
      spatialLayer: 0,
    });
    await expect.poll(() => videoLayers(a.answer)).toEqual([0, 2]);

    // Dad leaves: mum's phone shows one face, at the top layer.
    await requestOk(dadPhone, 'call:leave', {});
    await expect.poll(() => videoLayers(p.answer)).toEqual([2]);
    expect(server.rooms.counts()).toMatchObject({ peers: 2, consumers: 4 });
  });
});
