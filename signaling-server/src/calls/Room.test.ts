// Room lifecycle against a real mediasoup worker (no sockets): who is told
// what, and that the room closes itself when the last peer leaves.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { pino } from 'pino';
import { WorkerPool } from '../media/WorkerPool';
import { Room, type Notify } from './Room';
import type { RtpCapabilities } from '@hhc/common/mediaSchemas';

const log = pino({ level: 'silent' });
let pool: WorkerPool;
let capabilities: RtpCapabilities;

beforeAll(async () => {
  pool = await WorkerPool.create({ size: 1, listenIp: '127.0.0.1', rtcPort: 0 }, log);
  const probe = await makeRoom(() => {});
  capabilities = probe.room.router.rtpCapabilities as RtpCapabilities;
  probe.room.close();
});

afterAll(() => pool.close());

async function makeRoom(notify: Notify, maxPeers = 2) {
  const room = await Room.create(
    'r',
    pool.leastLoaded()!,
    { maxPeers, connectTimeoutMs: 60_000 },
    notify,
    log,
  );
  let closed = 0;
  room.onClose = () => closed++;
  return { room, closedCount: () => closed };
}

/** Records notifications as "peer:event" or, with payloads, "peer:event:json". */
function recorder(events: string[], withPayload = false): Notify {
  return ((peerId: string, event: string, ...args: unknown[]) => {
    events.push(withPayload ? `${peerId}:${event}:${JSON.stringify(args[0])}` : `${peerId}:${event}`);
  }) as Notify;
}

const joinAs = (room: Room, peerId: string, role: 'kiosk' | 'parent' = 'parent') =>
  room.join({ peerId, role, displayName: peerId, rtpCapabilities: capabilities });

describe('Room', () => {
  it('tells existing peers who joins and who leaves, and closes when empty', async () => {
    const events: string[] = [];
    const { room, closedCount } = await makeRoom(recorder(events));
    await joinAs(room, 'a', 'kiosk');
    const { answer } = await joinAs(room, 'b');
    expect(answer.peers.map((p) => p.peerId)).toEqual(['a']);
    expect(events).toEqual(['a:peer:joined']);

    room.removePeer('a');
    expect(events).toEqual(['a:peer:joined', 'b:peer:left']);
    expect(room.isClosed).toBe(false);
    room.removePeer('b');
    expect(room.isClosed).toBe(true);
    expect(room.router.closed).toBe(true);
    expect(closedCount()).toBe(1);
  });

  it('counts joins in progress against the size limit', async () => {
    const { room } = await makeRoom(() => {}, 2);
    const results = await Promise.allSettled([joinAs(room, 'a'), joinAs(room, 'b'), joinAs(room, 'c')]);
    expect(results.map((r) => r.status)).toEqual(['fulfilled', 'fulfilled', 'rejected']);
    room.close();
  });

  it('tells remaining peers why when it is closed, and refuses joins afterwards', async () => {
    const events: string[] = [];
    const { room, closedCount } = await makeRoom(recorder(events, true));
    await joinAs(room, 'a');
    room.close('media-server-restarted');
    expect(events).toEqual(['a:call:closed:{"reason":"media-server-restarted"}']);
    await expect(joinAs(room, 'b')).rejects.toMatchObject({ code: 'MEDIA_UNAVAILABLE' });
    room.close('media-server-restarted');
    expect(closedCount()).toBe(1);
  });

  it('closes a peer’s transports when it leaves', async () => {
    const { room } = await makeRoom(() => {});
    const { peer } = await joinAs(room, 'a');
    await joinAs(room, 'b');
    room.removePeer('a');
    expect(peer.sendTransport.closed).toBe(true);
    expect(peer.recvTransport.closed).toBe(true);
    room.close();
  });
});
