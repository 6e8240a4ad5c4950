// Books and drawing in a call whose two sides signal through different nodes:
// the kiosk's socket on node 0 (which carries the call), the parent's on node
// 1. The parent's actions are forwarded to node 0 and applied to the call's
// one state; node 0's pushes reach the parent through the adapter; a rejoin
// through either node gets the page and the strokes back.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { LocalRedis } from '../../scripts/lib/redis';
import type { SchoolFixture } from '../support/fixtures';
import { callClients, type CallClients, type Side } from '../support/callClients';
import { collect, rawRequest, request, requestOk, type TestSocket } from '../support/socketClient';
import { startSchoolCluster, type Nodes } from './nodes';

let redis: LocalRedis;
let cluster: Nodes;
let school: SchoolFixture;
let calls: CallClients;

/** A connection of the school's kiosk or parent through node `node`. */
const on = (node: number, as: Side) => calls.client(as, cluster.nodes[node]!.url);
const join = (socket: TestSocket) => calls.join(socket, school.bookingId);
const stroke = (id: number, colour: 'blue' | 'red', points: number[]) =>
  ({ type: 'stroke', id, colour, width: 'thick', points }) as const;

beforeAll(async () => {
  ({ redis, cluster, school } = await startSchoolCluster(2));
  calls = await callClients(cluster.nodes[0]!.url, school);
});

afterAll(async () => {
  calls?.closeAll();
  await cluster?.stop();
  await redis?.stop();
});

describe('activities in a call with its two sides on two nodes', () => {
  it('page turns and strokes cross both ways, in one numbered order, and a rejoin gets them back', async () => {
    const [node0, node1] = cluster.nodes as [(typeof cluster.nodes)[0], (typeof cluster.nodes)[0]];
    const kiosk = await on(0, 'kiosk');
    const parent = await on(1, 'parent');
    // Node 1's own idle connection of the same parent, not in the call.
    const idle = await on(1, 'parent');
    await join(kiosk);
    await join(parent);
    expect(node0.rooms.counts()).toMatchObject({ rooms: 1, peers: 2 });
    expect(node1.rooms.counts()).toMatchObject({ rooms: 0 });
    const kioskSaw = collect(kiosk, 'activity:acted');
    const parentSaw = collect(parent, 'activity:acted');
    const idleSaw = collect(idle, 'activity:acted');

    expect(await requestOk(kiosk, 'activity:act', { type: 'book', bookId: 'little-cat' })).toEqual({
      seq: 1,
    });
    expect(await requestOk(parent, 'activity:act', { type: 'page', page: 1 })).toEqual({ seq: 2 });
    await requestOk(kiosk, 'activity:act', { type: 'page', page: 2 });
    await requestOk(kiosk, 'activity:act', stroke(1, 'blue', [10, 10, 20, 20]));
    await requestOk(parent, 'activity:act', stroke(7, 'red', [500, 500]));
    await requestOk(parent, 'activity:act', stroke(7, 'red', [510, 520]));

    await expect.poll(() => kioskSaw.length + parentSaw.length).toBe(6);
    expect(parentSaw.map((e) => [e.seq, e.by, e.action.type])).toEqual([
      [1, 'kiosk', 'book'],
      [3, 'kiosk', 'page'],
      [4, 'kiosk', 'stroke'],
    ]);
    expect(kioskSaw.map((e) => [e.seq, e.by, e.action.type])).toEqual([
      [2, 'parent', 'page'],
      [5, 'parent', 'stroke'],
      [6, 'parent', 'stroke'],
    ]);

    // The carrying node's refusals come back with their code, and bad input stops at node 1.
    expect(await request(parent, 'activity:act', { type: 'card', card: 'day' })).toMatchObject({
      ok: false,
      error: { code: 'BAD_REQUEST', reason: 'child-only' },
    });
    expect(await rawRequest(parent, 'activity:act', { type: 'page', page: -1 })).toMatchObject({
      ok: false,
      error: { code: 'BAD_REQUEST' },
    });
    expect(await request(idle, 'activity:act', { type: 'page', page: 0 })).toMatchObject({
      ok: false,
      error: { code: 'NOT_JOINED' },
    });
    expect(await request(idle, 'activity:sync', {})).toMatchObject({
      ok: false,
      error: { code: 'NOT_JOINED' },
    });
    expect(idleSaw).toEqual([]);

    const expected = (state: Awaited<ReturnType<typeof sync>>) => {
      expect(state.seq).toBe(6);
      expect(state.book).toEqual({ id: 'little-cat', page: 2 });
      expect(state.drawing.strokes.map((s) => [s.by, s.points])).toEqual([
        ['kiosk', [10, 10, 20, 20]],
        ['parent', [500, 500, 510, 520]],
      ]);
    };
    const sync = async (socket: TestSocket) => (await requestOk(socket, 'activity:sync', {})).state;
    expected(await sync(parent));

    // The parent's phone drops and comes back through node 1 with a new connection.
    parent.disconnect();
    const parentAgain = await on(1, 'parent');
    await join(parentAgain);
    expected(await sync(parentAgain));

    // The kiosk's node is left too: its rejoin through node 1 reaches the call on node 0.
    await requestOk(kiosk, 'call:leave', {});
    const kioskAgain = await on(1, 'kiosk');
    await join(kioskAgain);
    expect(node1.rooms.counts()).toMatchObject({ rooms: 0 });
    expected(await sync(kioskAgain));
    // Both sides now forwarded through node 1: actions still meet in the one state.
    const parentAgainSaw = collect(parentAgain, 'activity:acted');
    expect(await requestOk(kioskAgain, 'activity:act', { type: 'page', page: 3 })).toEqual({ seq: 7 });
    await expect.poll(() => parentAgainSaw.map((e) => e.seq)).toEqual([7]);
  });
});
