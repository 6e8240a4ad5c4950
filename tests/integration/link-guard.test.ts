// The server's switch to sound only, through the real server, the real
// mediasoup worker and real socket.io clients. A loopback link cannot be made
// weak, so the test feeds the weak peer's guard its samples directly (the same
// entry point its timer uses); the real network is tests/network's business.
import { afterAll, afterEach, beforeAll, describe, expect, it } from 'vitest';
import type { TestServer } from '../support/testServer';
import { endCalls, startCallServer } from '../support/callServer';
import { connect, nextEvent, requestOk, type TestSocket } from '../support/socketClient';
import { anotherOpenBooking, pairAnotherKiosk, type SchoolFixture } from '../support/fixtures';
import { sendMicAndCamera, type CallClients } from '../support/callClients';
import type { LinkSample } from '../../signaling-server/src/calls/linkPolicy';
import type { LinkGuardOptions } from '../../signaling-server/src/calls/LinkGuard';

const link: LinkGuardOptions = {
  // The timer never fires here (fake DTLS never connects); samples are fed by hand.
  sampleIntervalMs: 60_000,
  audioOnlyBelowKbps: 120,
  badSamples: 3,
  audioOnlyScore: 3,
  videoReturnAboveKbps: 200,
  videoReturnScore: 9,
  videoReturnAfterMs: 10_000,
  videoReturnMaxMs: 40_000,
  returnProbationMs: 30_000,
};

let server: TestServer;
let school: SchoolFixture;
let calls: CallClients;

beforeAll(async () => {
  ({ server, school, calls } = await startCallServer({ link }));
});
afterEach(() => endCalls(server, calls));
afterAll(() => server.stop());

/** A connection of another of the school's kiosks. */
async function anotherKiosk(): Promise<TestSocket> {
  const kioskCredential = await pairAnotherKiosk(server.store, school.schoolId, server.clock.now);
  return calls.keep(await connect(server.url, { kioskCredential }));
}

/** Joins and sends a microphone and a camera, like a browser would. */
async function joinSending(socket: TestSocket, bookingId: string, ssrcBase: number) {
  const answer = await calls.join(socket, bookingId);
  await sendMicAndCamera(socket, answer, ssrcBase);
  return answer;
}

describe('sound only when a peer’s link is weak', () => {
  it('pauses that peer’s video, tells everyone, and brings back only what the person had not paused', async () => {
    const bookingId = await anotherOpenBooking(server.store, school, server.clock.now);
    // Two kiosks send video, so the parent receives two videos and can pause one itself.
    // (Two kiosks of the school: one kiosk holds one place in a call.)
    const [kioskA, kioskB, parent] = [
      await calls.client('kiosk'),
      await anotherKiosk(),
      await calls.client('parent'),
    ];
    await joinSending(kioskA, bookingId, 1_000_000);
    await joinSending(kioskB, bookingId, 2_000_000);
    const parentJoin = await calls.join(parent, bookingId);
    expect(parentJoin.consumers).toHaveLength(4);
    for (const consumer of parentJoin.consumers) {
      await requestOk(parent, 'media:resume-consumer', { consumerId: consumer.consumerId });
    }
    const [videoA, videoB] = parentJoin.peers.map(
      (peer) => parentJoin.consumers.find((c) => c.peerId === peer.peerId && c.kind === 'video')!.consumerId,
    );
    // Low-data mode on the parent's side: it pauses kiosk B's video itself.
    await requestOk(parent, 'media:set-consumer-preferences', { consumerId: videoB!, paused: true });

    const room = server.rooms.get(bookingId)!;
    const parentPeer = room.peers.get(parentJoin.peerId)!;
    const guard = parentPeer.linkGuard!;
    const consumer = (id: string) => parentPeer.consumers.get(id)!;
    const pausedState = () => [...parentPeer.consumers.values()].map((c) => [c.kind, c.paused]);
    expect(consumer(videoA!).paused).toBe(false);
    expect(consumer(videoB!).paused).toBe(true);
    expect(consumer(videoA!).preferredLayers?.spatialLayer).toBe(2);

    // Two bad samples are a hiccup; the third makes it a weak link.
    let at = 0;
    const feed = (sample: Omit<LinkSample, 'atMs'>) => guard.observe({ atMs: (at += 2_000), ...sample });
    const told = [kioskA, kioskB, parent].map((socket) => nextEvent(socket, 'media:link-state'));
    feed({ estimateKbps: 80, videoFlowing: true, audioScore: 10 });
    feed({ estimateKbps: 80, videoFlowing: true, audioScore: 10 });
    expect(guard.state).toBe('video');
    expect(feed({ estimateKbps: 80, videoFlowing: true, audioScore: 10 })).toEqual({
      to: 'audio-only',
      reason: 'bandwidth',
    });
    for (const event of await Promise.all(told)) {
      expect(event).toEqual({ peerId: parentJoin.peerId, state: 'audio-only' });
    }
    // Every video the weak peer receives stops; its audio goes on.
    const onlyVideoPaused = [...parentPeer.consumers.values()].map((c) => [c.kind, c.kind === 'video']);
    await expect.poll(pausedState).toEqual(onlyVideoPaused);
    expect(server.rooms.counts()).toMatchObject({ peers: 3, consumers: 4 + 2 * 2 });

    // Someone who joins now learns it before the join's answer.
    const late = await anotherKiosk();
    const lateTold = nextEvent(late, 'media:link-state');
    await calls.join(late, bookingId);
    expect(await lateTold).toEqual({ peerId: parentJoin.peerId, state: 'audio-only' });

    // What the client asks meanwhile (low-data mode off, a resume) is kept but does not beat the weak link.
    await requestOk(parent, 'media:set-consumer-preferences', { consumerId: videoA!, paused: false });
    await requestOk(parent, 'media:resume-consumer', { consumerId: videoA! });
    expect(consumer(videoA!).paused).toBe(true);

    // Good long enough (judged by audio: the estimate is stale without video): video returns, small first.
    const back = [kioskA, kioskB, parent, late].map((socket) => nextEvent(socket, 'media:link-state'));
    for (let i = 0; i < 6; i++) feed({ estimateKbps: 80, videoFlowing: false, audioScore: 10 });
    expect(guard.state).toBe('video');
    for (const event of await Promise.all(back)) {
      expect(event).toEqual({ peerId: parentJoin.peerId, state: 'video' });
    }
    await expect.poll(() => consumer(videoA!).paused).toBe(false);
    expect(consumer(videoA!).preferredLayers?.spatialLayer).toBe(0);
    // What the person paused stays paused.
    expect(consumer(videoB!).paused).toBe(true);

    // The smallest-layer hold lifts after N good samples: mediasoup may raise layers again.
    for (let i = 0; i < 3; i++) feed({ estimateKbps: 150 + i * 5, videoFlowing: true, audioScore: 10 });
    await expect.poll(() => consumer(videoA!).preferredLayers?.spatialLayer).toBe(2);

    // The person unpauses kiosk B's video, now that the link allows it.
    await requestOk(parent, 'media:set-consumer-preferences', { consumerId: videoB!, paused: false });
    expect(consumer(videoB!).paused).toBe(false);
  });

  it('stops the guard’s timer with the peer', async () => {
    const bookingId = await anotherOpenBooking(server.store, school, server.clock.now);
    const parent = await calls.client('parent');
    const answer = await calls.join(parent, bookingId);
    const guard = server.rooms.get(bookingId)!.peers.get(answer.peerId)!.linkGuard!;
    guard.start(); // as when its media connects
    expect(guard.running).toBe(true);
    await requestOk(parent, 'call:leave', {});
    expect(guard.running).toBe(false);
    expect(server.rooms.counts()).toEqual({ rooms: 0, peers: 0, transports: 0, producers: 0, consumers: 0 });
  });
});
