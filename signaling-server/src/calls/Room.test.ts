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

/** Each peer is its own party unless `seat` says otherwise. */
const joinAs = (room: Room, peerId: string, role: 'kiosk' | 'parent' = 'parent', seat = `seat-${peerId}`) =>
  room.join({ peerId, seat, role, displayName: peerId, rtpCapabilities: capabilities });

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
    const results = await Promise.allSettled([
      joinAs(room, 'a', 'kiosk'),
      joinAs(room, 'b'),
      joinAs(room, 'c', 'kiosk'),
    ]);
    expect(results.map((r) => r.status)).toEqual(['fulfilled', 'fulfilled', 'rejected']);
    room.close();
  });

  it('gives a party one place: joining again replaces its earlier peer instead of filling the call', async () => {
    const events: string[] = [];
    const { room, closedCount } = await makeRoom(recorder(events, true), 2);
    await joinAs(room, 'kiosk', 'kiosk', 'child');
    // The same link from four phones, one after another: always one parent in the call.
    for (const phone of ['p1', 'p2', 'p3', 'p4']) await joinAs(room, phone, 'parent', 'guardian');
    expect([...room.peers.keys()].sort()).toEqual(['kiosk', 'p4']);
    expect(events).toContain('p1:call:closed:{"reason":"replaced"}');
    expect(events).toContain('p3:call:closed:{"reason":"replaced"}');
    expect(events).not.toContain('p4:call:closed:{"reason":"replaced"}');
    // The child's kiosk rejoining still finds its place, and a stranger party finds none.
    await joinAs(room, 'kiosk-again', 'kiosk', 'child');
    await expect(joinAs(room, 'x', 'parent', 'someone-else')).rejects.toMatchObject({ code: 'ROOM_FULL' });
    expect(room.isClosed).toBe(false);
    expect(closedCount()).toBe(0);
    room.close();
  });

  it('keeps a place for the side of the booking that is not in yet', async () => {
    const { room } = await makeRoom(() => {}, 3);
    await joinAs(room, 'kiosk-1', 'kiosk');
    await joinAs(room, 'kiosk-2', 'kiosk');
    // A third kiosk would leave no place for the parent.
    await expect(joinAs(room, 'kiosk-3', 'kiosk')).rejects.toMatchObject({ code: 'ROOM_FULL' });
    await joinAs(room, 'parent');
    expect(room.peers.size).toBe(3);
    room.close();
  });

  describe('a family call (a kiosk and three guardians, four places)', () => {
    const parties = ['kiosk', 'guardian:g1', 'guardian:g2', 'guardian:g3'];
    const joinFamily = (room: Room, peerId: string, seat: string, extra: { avatars?: string[] } = {}) =>
      room.join({
        peerId,
        seat,
        role: seat.startsWith('kiosk') ? 'kiosk' : 'parent',
        displayName: peerId,
        rtpCapabilities: capabilities,
        parties,
        ...extra,
      });

    it('keeps a place for each booked guardian not in yet: a second kiosk cannot take one', async () => {
      const { room } = await makeRoom(() => {}, 4);
      await joinFamily(room, 'k1', 'kiosk:k1');
      await expect(joinFamily(room, 'k2', 'kiosk:k2')).rejects.toMatchObject({ code: 'ROOM_FULL' });
      await joinFamily(room, 'mum', 'guardian:g1');
      await joinFamily(room, 'dad', 'guardian:g2');
      // Still kept for grandmother, who is not in yet.
      await expect(joinFamily(room, 'k2', 'kiosk:k2')).rejects.toMatchObject({ code: 'ROOM_FULL' });
      await expect(joinFamily(room, 'stranger', 'guardian:g9')).rejects.toMatchObject({ code: 'ROOM_FULL' });
      await joinFamily(room, 'grandma', 'guardian:g3');
      expect(room.peers.size).toBe(4);
      // Full: the same guardian from another phone still replaces their own place.
      await joinFamily(room, 'dad-again', 'guardian:g2');
      expect([...room.peers.keys()].sort()).toEqual(['dad-again', 'grandma', 'k1', 'mum']);
      room.close();
    });

    it('lets a second kiosk in where no booked guardian needs the place', async () => {
      const { room } = await makeRoom(() => {}, 4);
      const two = ['kiosk', 'guardian:g1'];
      const join = (peerId: string, seat: string, role: 'kiosk' | 'parent') =>
        room.join({ peerId, seat, role, displayName: peerId, rtpCapabilities: capabilities, parties: two });
      await join('k1', 'kiosk:k1', 'kiosk');
      await join('k2', 'kiosk:k2', 'kiosk');
      await join('k3', 'kiosk:k3', 'kiosk');
      // The last place is the guardian's.
      await expect(join('k4', 'kiosk:k4', 'kiosk')).rejects.toMatchObject({ code: 'ROOM_FULL' });
      await join('mum', 'guardian:g1', 'parent');
      expect(room.peers.size).toBe(4);
      room.close();
    });

    it('shows the children of the kiosk and the relation of a parent to the others', async () => {
      const events: string[] = [];
      const { room } = await makeRoom(recorder(events, true), 4);
      await joinFamily(room, 'k1', 'kiosk:k1', { avatars: ['cat', 'dog'] });
      const { answer } = await room.join({
        peerId: 'mum',
        seat: 'guardian:g1',
        role: 'parent',
        displayName: '王丽',
        relation: 'mother',
        rtpCapabilities: capabilities,
        parties,
      });
      expect(answer.peers).toEqual([
        { peerId: 'k1', role: 'kiosk', displayName: 'k1', avatars: ['cat', 'dog'] },
      ]);
      expect(events).toContain(
        `k1:peer:joined:${JSON.stringify({ peerId: 'mum', role: 'parent', displayName: '王丽', relation: 'mother' })}`,
      );
      room.close();
    });
  });

  it('lets the later of two simultaneous joins of one party win', async () => {
    const { room } = await makeRoom(() => {}, 2);
    const results = await Promise.allSettled([
      joinAs(room, 'p1', 'parent', 'guardian'),
      joinAs(room, 'p2', 'parent', 'guardian'),
      joinAs(room, 'kiosk', 'kiosk', 'child'),
    ]);
    expect(results.map((r) => r.status)).toEqual(['rejected', 'fulfilled', 'fulfilled']);
    expect([...room.peers.keys()].sort()).toEqual(['kiosk', 'p2']);
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
    await joinAs(room, 'b', 'kiosk');
    room.removePeer('a');
    expect(peer.sendTransport.closed).toBe(true);
    expect(peer.recvTransport.closed).toBe(true);
    room.close();
  });
});
