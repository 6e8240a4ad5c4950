// Settling through the real server: who joined a call (recorded by real
// joins over real sockets) decides how its booking ends once the slot is over;
// a request nobody approved is cancelled; a settled call stays settled.
import { afterAll, afterEach, beforeAll, describe, expect, it } from 'vitest';
import type { RtpCapabilities } from '../../common/mediaSchemas';
import type { SchoolFixture } from '../support/fixtures';
import { addFamily, at, MINUTE, placeBooking, startDomainServer, teacherIdOf } from '../support/domain';
import { openBooking } from '../support/fixtures';
import { connect, connectAsTeacher, request, requestOk, type TestSocket } from '../support/socketClient';
import type { TestServer } from '../support/testServer';

let server: TestServer;
let school: SchoolFixture;
let capabilities: RtpCapabilities;
let kiosk: TestSocket;
let parent: TestSocket;
let teacher: TestSocket;

const own = () => ({ schoolId: school.schoolId, childId: school.childId, guardianId: school.guardianId });
const status = async (bookingId: string) => (await server.store.bookings.get(bookingId))?.status;

/** Joins the call and leaves it again, as a real client would. */
async function visit(socket: TestSocket, bookingId: string): Promise<void> {
  await requestOk(socket, 'call:join', { bookingId, rtpCapabilities: capabilities });
  await requestOk(socket, 'call:leave', {});
}

beforeAll(async () => {
  ({ server, school } = await startDomainServer());
  kiosk = await connect(server.url, { kioskCredential: school.kioskCredential });
  parent = await connect(server.url, { guardianToken: school.guardianToken });
  teacher = await connectAsTeacher(server.url, school.teacher);
  capabilities = (await requestOk(kiosk, 'call:capabilities', {})).routerRtpCapabilities;
});

afterEach(async () => {
  await expect.poll(() => server.rooms.counts().rooms).toBe(0);
});

afterAll(async () => {
  for (const socket of [kiosk, parent, teacher]) socket.disconnect();
  await server.stop();
});

describe('when a slot ends', () => {
  it('settles by who joined: both, only the kiosk, only the parent, nobody', async () => {
    const start = server.clock.now;
    const both = await placeBooking(server.store, own(), start);
    const kioskOnly = await placeBooking(server.store, own(), start);
    const parentOnly = await placeBooking(server.store, own(), start);
    const nobody = await placeBooking(server.store, own(), start);

    await requestOk(kiosk, 'call:join', { bookingId: both, rtpCapabilities: capabilities });
    await requestOk(parent, 'call:join', { bookingId: both, rtpCapabilities: capabilities });
    server.clock.now += 5 * MINUTE;
    await requestOk(kiosk, 'call:leave', {});
    await requestOk(parent, 'call:leave', {});
    await visit(kiosk, kioskOnly);
    await visit(parent, parentOnly);

    expect([
      await status(both),
      await status(kioskOnly),
      await status(parentOnly),
      await status(nobody),
    ]).toEqual(['in_progress', 'in_progress', 'in_progress', 'confirmed']);
    // Nothing is settled before the slot is over.
    expect(await server.calls.settle()).toBe(0);

    server.clock.now = start + 15 * MINUTE;
    await server.calls.settle();
    expect({
      both: await status(both),
      kioskOnly: await status(kioskOnly),
      parentOnly: await status(parentOnly),
      nobody: await status(nobody),
    }).toEqual({
      both: 'completed',
      kioskOnly: 'missed_by_parent',
      parentOnly: 'missed_by_child', // the child side is checked first
      nobody: 'missed_by_child',
    });
    // The fixture's call (15:00–16:00) is still running: untouched.
    expect(await status(school.bookingId)).toBe('confirmed');
    expect(await server.calls.settle()).toBe(0);

    const records = await server.store.callRecords.listForBooking(both);
    expect(records.map((r) => [r.participant, r.joinedAt, r.leftAt, r.endReason])).toEqual([
      ['kiosk', start, start + 5 * MINUTE, 'left'],
      ['parent', start, start + 5 * MINUTE, 'left'],
    ]);
    const listed = await requestOk(teacher, 'booking:list', {
      schoolId: school.schoolId,
      from: start,
      to: start + 15 * MINUTE,
    });
    expect(listed.find((b) => b.id === kioskOnly)?.status).toBe('missed_by_parent');
  });

  it('settles a family call as completed when the kiosk met any one of its guardians', async () => {
    const sister = await addFamily(server.store, school.schoolId, { name: '小红' });
    await server.store.children.setFamily(school.childId, 'settling-family');
    await server.store.children.setFamily(sister.childId, 'settling-family');
    const dad = await connect(server.url, { guardianToken: sister.guardianToken });
    const start = server.clock.now;
    const people = { siblingIds: [sister.childId], alsoGuardianIds: [sister.guardianId] };
    const teacherId = await teacherIdOf(server.store, school.schoolId);
    const who = { ...own(), teacherId };
    const dadCame = await openBooking(server.store, who, start, 15, people);
    const nobodyCame = await openBooking(server.store, who, start, 15, people);

    // Only the second guardian comes, not the one the booking was made with.
    await requestOk(kiosk, 'call:join', { bookingId: dadCame, rtpCapabilities: capabilities });
    await requestOk(dad, 'call:join', { bookingId: dadCame, rtpCapabilities: capabilities });
    await requestOk(kiosk, 'call:leave', {});
    await requestOk(dad, 'call:leave', {});
    await visit(kiosk, nobodyCame);
    dad.disconnect();

    server.clock.now = start + 15 * MINUTE;
    await server.calls.settle();
    expect([await status(dadCame), await status(nobodyCame)]).toEqual(['completed', 'missed_by_parent']);
    await server.store.children.setFamily(school.childId, null);
  });

  it('keeps a settled call settled: it can no longer be joined, moved or cancelled', async () => {
    const start = server.clock.now;
    const bookingId = await placeBooking(server.store, own(), start);
    await visit(kiosk, bookingId);
    server.clock.now = start + 15 * MINUTE;
    await server.calls.settle();
    expect(await status(bookingId)).toBe('missed_by_parent');

    for (const socket of [kiosk, parent]) {
      expect(await request(socket, 'call:join', { bookingId, rtpCapabilities: capabilities })).toEqual({
        ok: false,
        error: { code: 'NOT_JOINABLE', message: 'This call is over.' },
      });
    }
    expect(await request(teacher, 'booking:cancel', { bookingId, reason: '太晚了' })).toMatchObject({
      ok: false,
      error: { code: 'CONFLICT' },
    });
    expect(
      await request(teacher, 'booking:move', { bookingId, startAt: at('2030-06-07', '16:00') }),
    ).toMatchObject({
      ok: false,
      error: { code: 'BOOKING_REFUSED', message: 'This call can no longer be moved.', reason: 'NOT_MOVABLE' },
    });
    expect(await status(bookingId)).toBe('missed_by_parent');
  });

  it('cancels a request that nobody approved before its slot', async () => {
    const startAt = at('2030-06-10', '17:00'); // next week: this week's two calls are used up above
    const asked = await requestOk(parent, 'parent:request', { startAt });
    expect(asked.call).toMatchObject({ status: 'requested', joinableFrom: startAt - 10 * MINUTE });
    // A request is not a call yet: it cannot be joined.
    server.clock.now = startAt;
    expect(
      await request(kiosk, 'call:join', { bookingId: asked.call.id, rtpCapabilities: capabilities }),
    ).toEqual({
      ok: false,
      error: { code: 'NOT_JOINABLE', message: 'This call is not confirmed.' },
    });

    server.clock.now = startAt + 15 * MINUTE;
    await server.calls.settle();
    expect(await server.store.bookings.get(asked.call.id)).toMatchObject({
      status: 'cancelled',
      cancelReason: 'not approved before the slot',
    });
    const overview = await requestOk(parent, 'parent:overview', {});
    expect(overview.calls.map((call) => call.id)).not.toContain(asked.call.id);
  });
});
