// Books, drawing and cards inside a call, over real sockets and a real SFU:
// both peers see each other's actions in order, nobody outside the call does,
// a flood is cut without stalling the call, a rejoin gets the state back,
// and the teachers' report counts which activities calls used.
import { afterAll, afterEach, beforeAll, describe, expect, it } from 'vitest';
import type { TestServer } from '../support/testServer';
import { endCalls, startCallServer } from '../support/callServer';
import {
  collect,
  connectAsTeacher,
  nextEvent,
  rawRequest,
  request,
  requestOk,
  type TestSocket,
} from '../support/socketClient';
import { anotherOpenBooking, seedSchool, type SchoolFixture } from '../support/fixtures';
import { type CallClients } from '../support/callClients';
import { activityLimits } from '../../common/activities/schema';
import { instantToZoned } from '../../signaling-server/src/domain/time';

let server: TestServer;
let school: SchoolFixture;
let calls: CallClients;

async function callOfTwo() {
  const bookingId = await anotherOpenBooking(server.store, school, server.clock.now);
  const kiosk = await calls.client('kiosk');
  const parent = await calls.client('parent');
  await calls.join(kiosk, bookingId);
  await calls.join(parent, bookingId);
  return { bookingId, kiosk, parent };
}

beforeAll(async () => {
  ({ server, school, calls } = await startCallServer());
});
afterEach(() => endCalls(server, calls));
afterAll(() => server.stop());

describe('activities in a call', () => {
  it('passes page turns, fingers and strokes to the other peer only, numbered in order', async () => {
    const { kiosk, parent } = await callOfTwo();
    // Someone in another call, and the parent's link open on a second phone without joining.
    const elsewhere = await calls.client('kiosk');
    await calls.join(elsewhere, await anotherOpenBooking(server.store, school, server.clock.now));
    const idle = await calls.client('parent');
    const elsewhereSaw = collect(elsewhere, 'activity:acted');
    const idleSaw = collect(idle, 'activity:acted');
    const parentSaw = collect(parent, 'activity:acted');
    const kioskSaw = collect(kiosk, 'activity:acted');

    expect(await requestOk(kiosk, 'activity:act', { type: 'book', bookId: 'little-cat' })).toEqual({
      seq: 1,
    });
    expect(await requestOk(parent, 'activity:act', { type: 'page', page: 1 })).toEqual({ seq: 2 });
    await requestOk(kiosk, 'activity:act', { type: 'page', page: 2 });
    await requestOk(parent, 'activity:act', { type: 'point', x: 300, y: 700 });
    await requestOk(kiosk, 'activity:act', {
      type: 'stroke',
      id: 1,
      colour: 'blue',
      width: 'thick',
      points: [10, 10, 20, 20],
    });
    await requestOk(kiosk, 'activity:act', {
      type: 'stroke',
      id: 1,
      colour: 'blue',
      width: 'thick',
      points: [30, 30],
    });
    await requestOk(parent, 'activity:act', {
      type: 'stroke',
      id: 7,
      colour: 'red',
      width: 'thin',
      points: [500, 500],
    });

    await expect.poll(() => parentSaw.length + kioskSaw.length).toBe(7);
    expect(parentSaw.map((e) => [e.seq, e.by, e.action.type])).toEqual([
      [1, 'kiosk', 'book'],
      [3, 'kiosk', 'page'],
      [5, 'kiosk', 'stroke'],
      [6, 'kiosk', 'stroke'],
    ]);
    expect(kioskSaw.map((e) => [e.seq, e.by, e.action.type])).toEqual([
      [2, 'parent', 'page'],
      [4, 'parent', 'point'],
      [7, 'parent', 'stroke'],
    ]);
    const { state } = await requestOk(parent, 'activity:sync', {});
    expect(state.book).toEqual({ id: 'little-cat', page: 2 });
    expect(state.pointer).toMatchObject({ x: 300, y: 700, by: 'parent' });
    expect(state.drawing.strokes.map((s) => [s.by, s.points])).toEqual([
      ['kiosk', [10, 10, 20, 20, 30, 30]],
      ['parent', [500, 500]],
    ]);

    // Nobody else heard a thing, and a connection outside the call cannot act or read.
    expect(elsewhereSaw).toEqual([]);
    expect(idleSaw).toEqual([]);
    expect(await request(idle, 'activity:act', { type: 'page', page: 0 })).toMatchObject({
      ok: false,
      error: { code: 'NOT_JOINED' },
    });
    expect(await request(idle, 'activity:sync', {})).toMatchObject({
      ok: false,
      error: { code: 'NOT_JOINED' },
    });
    expect((await requestOk(elsewhere, 'activity:sync', {})).state.seq).toBe(0);
  });

  it('refuses malformed and oversized actions, and only the child may show a card', async () => {
    const { kiosk, parent } = await callOfTwo();
    const tooMany = new Array(activityLimits.maxPointsPerMessage * 2 + 2).fill(5);
    for (const payload of [
      { type: 'stroke', id: 1, colour: 'red', width: 'thin', points: tooMany },
      { type: 'stroke', id: 1, colour: 'red', width: 'thin', points: [1, 2, 3] },
      { type: 'stroke', id: 1, colour: 'red', width: 'thin', points: [-1, 2] },
      { type: 'page', page: 1e9 },
      { type: 'book', bookId: '<script>' },
      { type: 'explode' },
      'page',
      null,
    ]) {
      expect(await rawRequest(kiosk, 'activity:act', payload)).toMatchObject({
        ok: false,
        error: { code: 'BAD_REQUEST' },
      });
    }
    expect(await request(parent, 'activity:act', { type: 'card', card: 'food' })).toMatchObject({
      ok: false,
      error: { code: 'BAD_REQUEST', reason: 'child-only' },
    });
    const shown = nextEvent(parent, 'activity:acted');
    await requestOk(kiosk, 'activity:act', { type: 'card', card: 'worry' });
    expect((await shown).action).toEqual({ type: 'card', card: 'worry' });
  });

  it('cuts a flood of strokes from one side while the call’s own requests still get through', async () => {
    const { kiosk, parent } = await callOfTwo();
    const parentSaw = collect(parent, 'activity:acted');
    const flood = Array.from({ length: 400 }, (_, i) =>
      request(kiosk, 'activity:act', {
        type: 'stroke',
        id: i,
        colour: 'black',
        width: 'thin',
        points: [i % 1000, 1],
      }),
    );
    // The flooding side's own call request, in the middle of the flood.
    const capabilitiesDuringFlood = request(kiosk, 'call:capabilities', {});
    const results = await Promise.all(flood);
    const limited = results.filter((r) => !r.ok && r.error.code === 'RATE_LIMITED').length;
    const accepted = results.filter((r) => r.ok).length;
    expect(limited).toBeGreaterThan(300);
    expect(accepted).toBeLessThan(100);
    expect((await capabilitiesDuringFlood).ok).toBe(true);
    // The other side got exactly what was accepted, and can still act itself.
    await expect.poll(() => parentSaw.length).toBe(accepted);
    expect((await request(parent, 'activity:act', { type: 'view', view: 'book' })).ok).toBe(true);
  });

  it('gives a rejoining peer the page and drawing back, and forgets them when the call ends', async () => {
    const { bookingId, kiosk, parent } = await callOfTwo();
    await requestOk(parent, 'activity:act', { type: 'book', bookId: 'moon-night' });
    await requestOk(parent, 'activity:act', { type: 'page', page: 4 });
    await requestOk(kiosk, 'activity:act', {
      type: 'stroke',
      id: 3,
      colour: 'green',
      width: 'thick',
      points: [1, 2, 3, 4],
    });

    // The kiosk drops and comes back on a new connection.
    kiosk.disconnect();
    const again = await calls.client('kiosk');
    await calls.join(again, bookingId);
    const { state } = await requestOk(again, 'activity:sync', {});
    expect(state.seq).toBe(3);
    expect(state.book).toEqual({ id: 'moon-night', page: 4 });
    expect(state.drawing.strokes).toHaveLength(1);

    // Both drop at once (the room closes), then both come back within the grace period.
    again.disconnect();
    parent.disconnect();
    await expect.poll(() => server.rooms.counts().rooms).toBe(0);
    const back = await calls.client('parent');
    await calls.join(back, bookingId);
    expect((await requestOk(back, 'activity:sync', {})).state.book).toEqual({ id: 'moon-night', page: 4 });

    // The slot ends: the drawing is gone from the server; only which activities were used stays.
    const before = server.rooms.activities.size;
    server.rooms.close(bookingId, 'slot-ended');
    expect(server.rooms.activities.size).toBe(before - 1);
    expect(server.rooms.activities.summary(bookingId)).toEqual({ used: ['book', 'draw'], kept: false });
  });

  it('records which activities a call used, and teachers see whether such calls last longer', async () => {
    const month = instantToZoned(server.clock.now, 'Asia/Shanghai').date.slice(0, 7);
    const reading = await callOfTwo();
    const quiet = await callOfTwo();
    await requestOk(reading.kiosk, 'activity:act', { type: 'book', bookId: 'little-seed' });
    await requestOk(reading.kiosk, 'activity:act', { type: 'card', card: 'friends' });
    await requestOk(reading.kiosk, 'activity:act', { type: 'keep' });
    await requestOk(reading.parent, 'activity:act', { type: 'page', page: 1 }); // changes nothing the log keeps

    // The quiet call ends after 3 minutes, the reading one after 12.
    const leaveAfter = async (
      call: { kiosk: TestSocket; parent: TestSocket; bookingId: string },
      ms: number,
    ) => {
      server.clock.now += ms;
      await requestOk(call.kiosk, 'call:leave', {});
      await requestOk(call.parent, 'call:leave', {});
      await expect
        .poll(async () =>
          (await server.store.callRecords.listForBooking(call.bookingId)).every((r) => r.leftAt),
        )
        .toBe(true);
      await server.store.bookings.setStatus(
        call.bookingId,
        ['confirmed', 'in_progress'],
        'completed',
        server.clock.now,
      );
    };
    await leaveAfter(quiet, 3 * 60_000);
    await leaveAfter(reading, 9 * 60_000);

    const teacher = await connectAsTeacher(server.url, school.teacher);
    calls.keep(teacher);
    const report = await requestOk(teacher, 'report:activities', { schoolId: school.schoolId, month });
    expect(report).toEqual({
      withoutActivity: { calls: 1, averageMinutes: 3 },
      withActivity: { calls: 1, averageMinutes: 12 },
      book: { calls: 1, averageMinutes: 12 },
      draw: { calls: 0, averageMinutes: null },
      cards: { calls: 1, averageMinutes: 12 },
      drawingsKept: 1,
    });
    // A kiosk or a parent cannot read it, nor a teacher another school's.
    expect(
      await request(reading.kiosk, 'report:activities', { schoolId: school.schoolId, month }),
    ).toMatchObject({
      ok: false,
      error: { code: 'UNAUTHORIZED' },
    });
    const elsewhere = await seedSchool(server.store, server.clock.now, '另一所小学');
    expect(
      await request(teacher, 'report:activities', { schoolId: elsewhere.schoolId, month }),
    ).toMatchObject({
      ok: false,
      error: { code: 'NOT_FOUND' },
    });
  });
});
