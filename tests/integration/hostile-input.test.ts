// Every request sent malformed, oversized, wrongly typed or out of order gets
// an error acknowledgement with a code, and the server keeps serving a call
// that is going on at the same time.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { requestSchemas } from '../../common/protocol';
import type { RtpCapabilities } from '../../common/mediaSchemas';
import { startTestServer, type TestServer } from '../support/testServer';
import { anotherOpenBooking, seedSchool, type SchoolFixture } from '../support/fixtures';
import { connect, nextEvent, rawEmit, rawRequest, requestOk, type TestSocket } from '../support/socketClient';
import { opusParameters } from '../support/rtpFixtures';

let server: TestServer;
let school: SchoolFixture;
let capabilities: RtpCapabilities;
// A real call that must survive everything below.
let bystanderKiosk: TestSocket;
let bystanderParent: TestSocket;

const eventNames = Object.keys(requestSchemas);

const malformedPayloads: Array<[string, unknown]> = [
  ['undefined', undefined],
  ['null', null],
  ['a number', 42],
  ['a string', 'join me'],
  ['an array', [1, 2, 3]],
  ['a boolean', true],
  [
    'an object of wrong types',
    { roomId: 7, role: ['kiosk'], transportId: {}, producerId: 1, consumerId: null },
  ],
  [
    'a prototype-polluting object',
    JSON.parse('{"__proto__": {"admin": true}, "constructor": {"prototype": {}}}'),
  ],
];

beforeAll(async () => {
  server = await startTestServer();
  school = await seedSchool(server.store, server.clock.now);
  bystanderKiosk = await connect(server.url, { kioskCredential: school.kioskCredential });
  bystanderParent = await connect(server.url, { guardianToken: school.guardianToken });
  capabilities = (await requestOk(bystanderKiosk, 'call:capabilities', {})).routerRtpCapabilities;
  await requestOk(bystanderKiosk, 'call:join', {
    bookingId: school.bookingId,
    rtpCapabilities: capabilities,
  });
  await requestOk(bystanderParent, 'call:join', {
    bookingId: school.bookingId,
    rtpCapabilities: capabilities,
  });
});

afterAll(async () => {
  bystanderKiosk.disconnect();
  bystanderParent.disconnect();
  await server.stop();
});

const newBooking = () => anotherOpenBooking(server.store, school, server.clock.now);

const asKiosk = () => connect(server.url, { kioskCredential: school.kioskCredential });
const asParent = () => connect(server.url, { guardianToken: school.guardianToken });

/** The bystanders' call still works: a new producer reaches the other side. */
async function expectBystanderCallHealthy(ssrc: number): Promise<void> {
  const kioskState = server.rooms.get(school.bookingId);
  expect(kioskState?.peers.size).toBe(2);
  const consumerNew = nextEvent(bystanderParent, 'media:consumer-new');
  const join = [...kioskState!.peers.values()].find((peer) => peer.role === 'kiosk')!;
  const { producerId } = await requestOk(bystanderKiosk, 'media:produce', {
    transportId: join.sendTransport.id,
    kind: 'audio',
    source: 'microphone',
    rtpParameters: opusParameters(ssrc),
  });
  expect((await consumerNew).producerId).toBe(producerId);
  join.producers.get(producerId)?.close();
}

describe('malformed payloads', () => {
  for (const [label, payload] of malformedPayloads) {
    it(`answers ${label} with BAD_REQUEST on every event`, async () => {
      const socket = await connect(server.url);
      for (const event of eventNames) {
        const result = await rawRequest(socket, event, payload);
        expect(result, `${event} with ${label}`).toMatchObject({ ok: false, error: { code: 'BAD_REQUEST' } });
        expect(JSON.stringify(result)).not.toMatch(/at .*\.ts:\d+|TypeError|stack/);
      }
      socket.disconnect();
    });
  }

  it('answers unknown fields and unknown events with BAD_REQUEST', async () => {
    const socket = await connect(server.url);
    expect(await rawRequest(socket, 'call:capabilities', { extra: 1 })).toMatchObject({
      ok: false,
      error: { code: 'BAD_REQUEST' },
    });
    expect(await rawRequest(socket, 'admin:delete-everything', {})).toMatchObject({
      ok: false,
      error: { code: 'BAD_REQUEST' },
    });
    socket.disconnect();
  });
});

describe('oversized payloads', () => {
  it('refuses long strings and huge arrays inside the transport limit', async () => {
    const socket = await asParent();
    const bookingId = await newBooking();
    const longId = await rawRequest(socket, 'call:join', {
      bookingId: 'x'.repeat(5000),
      rtpCapabilities: capabilities,
    });
    expect(longId).toMatchObject({ ok: false, error: { code: 'BAD_REQUEST' } });
    const manyCodecs = await rawRequest(socket, 'call:join', {
      bookingId,
      rtpCapabilities: { codecs: Array.from({ length: 100 }, () => capabilities.codecs![0]) },
    });
    expect(manyCodecs).toMatchObject({ ok: false, error: { code: 'BAD_REQUEST' } });
    const longCsv = await rawRequest(socket, 'roster:import', {
      schoolId: school.schoolId,
      csv: 'x'.repeat(530 * 1024),
    });
    expect(longCsv).toMatchObject({ ok: false, error: { code: 'BAD_REQUEST' } });
    expect(server.rooms.get(bookingId)).toBeUndefined();
    socket.disconnect();
  });

  it('drops a connection that sends more than the transport limit, and only that one', async () => {
    const socket = await connect(server.url);
    const disconnected = new Promise<string>((resolve) => socket.once('disconnect', resolve));
    rawEmit(socket, 'call:join', { blob: 'x'.repeat(700 * 1024) });
    expect(await disconnected).toBe('transport close');
    await expectBystanderCallHealthy(71000001);
  });
});

describe('requests out of order', () => {
  it('refuses media requests before joining with NOT_JOINED', async () => {
    const socket = await asKiosk();
    const id = '00000000-0000-4000-8000-000000000000';
    const attempts: Array<[string, unknown]> = [
      [
        'media:produce',
        { transportId: id, kind: 'audio', source: 'microphone', rtpParameters: opusParameters() },
      ],
      [
        'transport:connect',
        { transportId: id, dtlsParameters: { fingerprints: [{ algorithm: 'sha-256', value: 'AA' }] } },
      ],
      ['transport:restart-ice', { transportId: id }],
      ['media:resume-consumer', { consumerId: id }],
      ['media:set-producer-paused', { producerId: id, paused: true }],
    ];
    for (const [event, payload] of attempts) {
      expect(await rawRequest(socket, event, payload), event).toMatchObject({
        ok: false,
        error: { code: 'NOT_JOINED' },
      });
    }
    // Leaving without a call is harmless.
    expect(await rawRequest(socket, 'call:leave', {})).toEqual({ ok: true, value: {} });
    socket.disconnect();
  });

  it('refuses unknown ids and other peers’ transports after joining', async () => {
    const socket = await asParent();
    const bookingId = await newBooking();
    const mine = await requestOk(socket, 'call:join', { bookingId, rtpCapabilities: capabilities });
    const unknown = '00000000-0000-4000-8000-000000000000';
    expect(await rawRequest(socket, 'media:resume-consumer', { consumerId: unknown })).toMatchObject({
      error: { code: 'UNKNOWN_CONSUMER' },
    });
    expect(
      await rawRequest(socket, 'media:set-producer-paused', { producerId: unknown, paused: true }),
    ).toMatchObject({
      error: { code: 'UNKNOWN_PRODUCER' },
    });
    // A bystander's transport id is not this peer's to use.
    const otherTransport = [...server.rooms.get(school.bookingId)!.peers.values()][0]!.sendTransport.id;
    expect(
      await rawRequest(socket, 'media:produce', {
        transportId: otherTransport,
        kind: 'audio',
        source: 'microphone',
        rtpParameters: opusParameters(),
      }),
    ).toMatchObject({ error: { code: 'UNKNOWN_TRANSPORT' } });
    // Producing on the receive transport, or a camera that sends audio, is refused.
    expect(
      await rawRequest(socket, 'media:produce', {
        transportId: mine.recvTransport.id,
        kind: 'audio',
        source: 'microphone',
        rtpParameters: opusParameters(),
      }),
    ).toMatchObject({ error: { code: 'UNKNOWN_TRANSPORT' } });
    expect(
      await rawRequest(socket, 'media:produce', {
        transportId: mine.sendTransport.id,
        kind: 'audio',
        source: 'camera',
        rtpParameters: opusParameters(),
      }),
    ).toMatchObject({ error: { code: 'BAD_REQUEST' } });
    // Parameters mediasoup itself rejects (a codec the router lacks) come back as BAD_REQUEST, not INTERNAL.
    const bogus = opusParameters();
    bogus.codecs[0]!.mimeType = 'audio/nonexistent';
    expect(
      await rawRequest(socket, 'media:produce', {
        transportId: mine.sendTransport.id,
        kind: 'audio',
        source: 'microphone',
        rtpParameters: bogus,
      }),
    ).toMatchObject({ error: { code: 'BAD_REQUEST' } });
    socket.disconnect();
    await expect.poll(() => server.rooms.get(bookingId)).toBeUndefined();
    await expectBystanderCallHealthy(71000002);
  });
});

describe('clients that do not follow up', () => {
  it('ignores requests without an acknowledgement and keeps no state for them', async () => {
    const socket = await asParent();
    const bookingId = await newBooking();
    rawEmit(socket, 'call:join', { bookingId, rtpCapabilities: capabilities });
    // A follow-up request proves the first was processed (in order) and ignored.
    await requestOk(socket, 'call:capabilities', {});
    expect(server.rooms.get(bookingId)).toBeUndefined();
    socket.disconnect();
  });

  it('rate-limits a flood of requests', async () => {
    const socket = await asKiosk();
    const results = await Promise.all(
      Array.from({ length: 400 }, () => rawRequest(socket, 'call:capabilities', {})),
    );
    const limited = results.filter((result) => !result.ok);
    expect(limited.length).toBeGreaterThan(0);
    expect(limited[0]).toMatchObject({ error: { code: 'RATE_LIMITED' } });
    socket.disconnect();
    await expectBystanderCallHealthy(71000003);
  });

  it('cleans up a peer that disconnects in the middle of joining', async () => {
    const socket = await asParent();
    const bookingId = await newBooking();
    rawEmit(socket, 'call:join', { bookingId, rtpCapabilities: capabilities }, () => undefined);
    socket.disconnect();
    await expect.poll(() => server.rooms.get(bookingId)?.peers.size ?? 0).toBe(0);
    await expect.poll(() => server.rooms.get(bookingId)).toBeUndefined();
  });
});
