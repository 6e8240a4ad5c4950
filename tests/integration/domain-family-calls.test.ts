// Family calls through the real server: a teacher records that two children
// are siblings, a child books one call with the sister and both families'
// guardians, and every screen lists the people. Nobody is in two calls at once,
// the weekly limit counts a shared call once for each child, ids of another
// family or school answer like random ids, and deleting one sibling keeps the
// other's call.
import { randomUUID } from 'node:crypto';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { freshCallLogRow, seedSchool, type SchoolFixture } from '../support/fixtures';
import { addFamily, at, startDomainServer, type Family } from '../support/domain';
import { connect, connectAsTeacher, request, requestOk, type TestSocket } from '../support/socketClient';
import type { TestServer } from '../support/testServer';

let server: TestServer;
let school: SchoolFixture;
let otherSchool: SchoolFixture;
let teacher: TestSocket;
let sister: Family;
let stranger: Family;
let familyCallId: string;
const MONDAY = '2030-06-10';
const TUESDAY = '2030-06-11';

beforeAll(async () => {
  ({ server, school } = await startDomainServer());
  otherSchool = await seedSchool(server.store, server.clock.now, '阳光小学');
  teacher = await connectAsTeacher(server.url, school.teacher);
  sister = await addFamily(server.store, school.schoolId, { name: '小红' });
  stranger = await addFamily(server.store, school.schoolId, { name: '小刚' });
});

afterAll(async () => {
  teacher.disconnect();
  await server.stop();
});

async function childOnKiosk(childId: string, pin: number[]): Promise<TestSocket> {
  const kiosk = await connect(server.url, { kioskCredential: school.kioskCredential });
  await requestOk(kiosk, 'child:login', { childId, pin });
  return kiosk;
}

/** The refusal as a screen sees it, for comparing two answers. */
const answer = async (socket: TestSocket, payload: Parameters<typeof request<'child:book'>>[2]) =>
  request(socket, 'child:book', payload);

describe('siblings', () => {
  it('are recorded by a teacher; another school’s child answers like a random id', async () => {
    const joined = await requestOk(teacher, 'child:set-family', {
      childId: sister.childId,
      siblingOf: school.childId,
    });
    expect(joined.familyId).toEqual(expect.any(String));
    const children = await requestOk(teacher, 'child:list', { schoolId: school.schoolId });
    const familyOf = (id: string) => children.find((c) => c.id === id)?.familyId;
    expect(familyOf(school.childId)).toBe(joined.familyId);
    expect(familyOf(stranger.childId)).toBeNull();

    const foreign = await request(teacher, 'child:set-family', {
      childId: school.childId,
      siblingOf: otherSchool.childId,
    });
    const random = await request(teacher, 'child:set-family', {
      childId: school.childId,
      siblingOf: randomUUID(),
    });
    expect(foreign).toEqual({ ok: false, error: { code: 'NOT_FOUND', message: expect.any(String) } });
    expect(foreign).toEqual(random);
    // Leaving and joining again; the stranger stays out of it.
    expect(
      (await requestOk(teacher, 'child:set-family', { childId: stranger.childId, siblingOf: null })).familyId,
    ).toBeNull();
  });

  it('show on the child’s home with the whole family’s guardians', async () => {
    const kiosk = await childOnKiosk(school.childId, school.pin);
    const home = await requestOk(kiosk, 'child:home', {});
    expect(home.siblings).toEqual([
      { id: sister.childId, displayName: '小红', className: expect.any(String), avatar: 'cat' },
    ]);
    expect(home.guardians.map((g) => g.id)).toEqual([school.guardianId, sister.guardianId]);
    kiosk.disconnect();
  });
});

describe('a family call', () => {
  it('is booked from the kiosk with the sister and her father, and every screen lists them', async () => {
    const kiosk = await childOnKiosk(school.childId, school.pin);
    const { booking } = await requestOk(kiosk, 'child:book', {
      guardianId: school.guardianId,
      startAt: at(MONDAY, '16:00'),
      siblingIds: [sister.childId],
      alsoGuardianIds: [sister.guardianId],
    });
    familyCallId = booking.id;
    expect(booking.children.map((c) => c.displayName)).toEqual(['小明', '小红']);
    expect(booking.guardians.map((g) => [g.id, g.relation])).toEqual([
      [school.guardianId, 'mother'],
      [sister.guardianId, 'father'],
    ]);
    kiosk.disconnect();

    const week = await requestOk(teacher, 'booking:list', {
      schoolId: school.schoolId,
      from: at(MONDAY, '00:00'),
      to: at(TUESDAY, '00:00'),
    });
    expect(week.find((b) => b.id === familyCallId)).toMatchObject({
      childIds: [school.childId, sister.childId],
      guardianIds: [school.guardianId, sister.guardianId],
    });

    // The sister's father sees the call made with the mother, with everyone in it by name only.
    const dad = await connect(server.url, { guardianToken: sister.guardianToken });
    const overview = await requestOk(dad, 'parent:overview', {});
    const call = overview.calls.find((c) => c.id === familyCallId);
    expect(call?.children).toEqual([
      { displayName: '小明', avatar: expect.any(String) },
      { displayName: '小红', avatar: 'cat' },
    ]);
    expect(call?.guardians.map((g) => g.relation)).toEqual(['mother', 'father']);
    dad.disconnect();

    // The kiosk's call log may name the sister as the child of the call; a stranger is not accepted.
    const device = await connect(server.url, { kioskCredential: school.kioskCredential });
    const logRow = (childId: string) =>
      freshCallLogRow({
        id: randomUUID(),
        bookingId: familyCallId,
        childId,
        scheduledStart: booking.startAt,
        scheduledEnd: booking.endAt,
        createdAt: server.clock.now,
      });
    const sisterRow = logRow(sister.childId);
    const synced = await requestOk(device, 'kiosk:sync-call-log', {
      rows: [sisterRow, logRow(stranger.childId)],
    });
    expect(synced.accepted).toEqual([{ id: sisterRow.id, version: 1 }]);
    device.disconnect();

    // The sister's own login sees it as hers too.
    const sisterKiosk = await childOnKiosk(sister.childId, sister.pin);
    const sisterHome = await requestOk(sisterKiosk, 'child:home', {});
    expect(sisterHome.bookings.map((b) => b.id)).toContain(familyCallId);
    sisterKiosk.disconnect();
  });

  it('answers another family’s child or guardian exactly like a random id', async () => {
    const kiosk = await childOnKiosk(school.childId, school.pin);
    const base = { guardianId: school.guardianId, startAt: at(MONDAY, '16:30') };
    const strangerChild = await answer(kiosk, { ...base, siblingIds: [stranger.childId] });
    const randomChild = await answer(kiosk, { ...base, siblingIds: [randomUUID()] });
    const otherSchoolChild = await answer(kiosk, { ...base, siblingIds: [otherSchool.childId] });
    expect(strangerChild).toMatchObject({ ok: false, error: { reason: 'NOT_FOUND' } });
    expect(strangerChild).toEqual(randomChild);
    expect(otherSchoolChild).toEqual(randomChild);
    const strangerGuardian = await answer(kiosk, { ...base, alsoGuardianIds: [stranger.guardianId] });
    const randomGuardian = await answer(kiosk, { ...base, alsoGuardianIds: [randomUUID()] });
    expect(strangerGuardian).toEqual(randomGuardian);
    expect(strangerGuardian).toEqual(randomChild);
    kiosk.disconnect();
  });

  it('keeps everyone out of two calls at once and counts the week once for each child', async () => {
    // The sister's own call at 16:15 on Monday: her second call that week (the family call was the first).
    await requestOk(teacher, 'booking:create', {
      childId: sister.childId,
      guardianId: sister.guardianId,
      startAt: at(MONDAY, '16:15'),
    });
    const overlapping = {
      childId: school.childId,
      guardianId: school.guardianId,
      startAt: at(MONDAY, '16:15'),
    };
    expect(
      await request(teacher, 'booking:create', { ...overlapping, siblingIds: [sister.childId] }),
    ).toMatchObject({ ok: false, error: { reason: 'CHILD_BUSY' } });
    expect(
      await request(teacher, 'booking:create', { ...overlapping, alsoGuardianIds: [sister.guardianId] }),
    ).toMatchObject({ ok: false, error: { reason: 'GUARDIAN_BUSY' } });

    // Tuesday: the sister has used her two calls, 小明 only one.
    const tuesday = { childId: school.childId, guardianId: school.guardianId, startAt: at(TUESDAY, '16:00') };
    expect(
      await request(teacher, 'booking:create', { ...tuesday, siblingIds: [sister.childId] }),
    ).toMatchObject({ ok: false, error: { reason: 'WEEKLY_LIMIT' } });
    const alone = await requestOk(teacher, 'booking:create', tuesday);
    expect(alone.childIds).toEqual([school.childId]);
  });

  it('takes one kiosk place of its slot', async () => {
    const slots = await requestOk(teacher, 'booking:slots', {
      schoolId: school.schoolId,
      from: at(MONDAY, '16:00'),
      to: at(MONDAY, '16:15'),
    });
    expect(slots).toEqual([expect.objectContaining({ booked: 1, capacity: 1 })]);
  });

  it('changes its people with the same rules; a guardian taken out no longer sees it', async () => {
    expect(
      await request(teacher, 'booking:set-people', {
        bookingId: familyCallId,
        alsoGuardianIds: [stranger.guardianId],
      }),
    ).toMatchObject({ ok: false, error: { reason: 'NOT_FOUND' } });
    const changed = await requestOk(teacher, 'booking:set-people', {
      bookingId: familyCallId,
      siblingIds: [sister.childId],
    });
    expect(changed.guardianIds).toEqual([school.guardianId]);
    expect(changed.childIds).toEqual([school.childId, sister.childId]);
    const dad = await connect(server.url, { guardianToken: sister.guardianToken });
    const overview = await requestOk(dad, 'parent:overview', {});
    expect(overview.calls.map((c) => c.id)).not.toContain(familyCallId);
    dad.disconnect();
    // Another school's booking answers like a random one.
    expect(await request(teacher, 'booking:set-people', { bookingId: otherSchool.bookingId })).toEqual(
      await request(teacher, 'booking:set-people', { bookingId: randomUUID() }),
    );
    await requestOk(teacher, 'booking:set-people', {
      bookingId: familyCallId,
      siblingIds: [sister.childId],
      alsoGuardianIds: [sister.guardianId],
    });
  });

  it('counts once for each child in the reports once it took place', async () => {
    await server.store.bookings.setStatus(familyCallId, ['confirmed'], 'completed', server.clock.now);
    const monthly = await requestOk(teacher, 'report:monthly', {
      schoolId: school.schoolId,
      month: '2030-06',
    });
    const calls = (childId: string) => monthly.find((r) => r.childId === childId)?.completedCalls;
    expect([calls(school.childId), calls(sister.childId), calls(stranger.childId)]).toEqual([1, 1, 0]);
    const inactive = await requestOk(teacher, 'report:inactive', { schoolId: school.schoolId });
    expect(inactive.map((r) => r.childId)).toEqual([stranger.childId]);
  });

  it('is in both children’s exports, and stays the sister’s call when 小明’s data is deleted', async () => {
    const exported = await requestOk(teacher, 'child:export', { childId: sister.childId });
    expect(exported.bookings.map((b) => b.id)).toContain(familyCallId);
    // Her export names only her own guardians.
    expect(exported.guardians.map((g) => g.id)).toEqual([sister.guardianId]);

    await requestOk(teacher, 'child:delete', { childId: school.childId, confirmName: '小明' });
    const week = await requestOk(teacher, 'booking:list', {
      schoolId: school.schoolId,
      from: at(MONDAY, '00:00'),
      to: at(TUESDAY, '00:00'),
    });
    expect(week.find((b) => b.id === familyCallId)).toMatchObject({
      childId: sister.childId,
      childIds: [sister.childId],
      guardianId: sister.guardianId,
      guardianIds: [sister.guardianId],
    });
  });
});
