// Teachers through the real server: logging in and out, session tokens in the
// handshake, a teacher's whole week of work, and a wall between schools that
// answers NOT_FOUND for everything of another school and changes none of it.
import { randomUUID } from 'node:crypto';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { SchoolFixture } from '../support/fixtures';
import { seedSchool } from '../support/fixtures';
import { at, BASE, createAdmin, snapshotDatabase, startDomainServer } from '../support/domain';
import {
  connect,
  connectAsTeacher,
  connectRefused,
  rawRequest,
  request,
  requestOk,
  type TestSocket,
} from '../support/socketClient';
import type { TestServer } from '../support/testServer';

let server: TestServer;
let schoolA: SchoolFixture;
let schoolB: SchoolFixture;
let teacherA: TestSocket;

beforeAll(async () => {
  ({ server, school: schoolA } = await startDomainServer());
  schoolB = await seedSchool(server.store, BASE, '幸福小学');
  teacherA = await connectAsTeacher(server.url, schoolA.teacher);
});

afterAll(async () => {
  teacherA.disconnect();
  await server.stop();
});

describe('logging in', () => {
  it('refuses a wrong password and an unknown user with the same answer', async () => {
    const socket = await connect(server.url);
    const wrongPassword = await request(socket, 'session:staff-login', {
      username: schoolA.teacher.username,
      password: 'not the password',
    });
    const unknownUser = await request(socket, 'session:staff-login', {
      username: 'nobody-here',
      password: 'not the password',
    });
    expect(wrongPassword).toEqual({
      ok: false,
      error: { code: 'INVALID_CREDENTIALS', message: 'Wrong username or password.' },
    });
    expect(unknownUser).toEqual(wrongPassword);
    expect((await requestOk(socket, 'session:whoami', {})).staff).toBeUndefined();
    expect(await request(socket, 'child:list', { schoolId: schoolA.schoolId })).toMatchObject({
      ok: false,
      error: { code: 'UNAUTHORIZED' },
    });
    socket.disconnect();
  });

  it('hands out a session token that signs in new connections until logout ends it everywhere', async () => {
    const socket = await connect(server.url);
    const login = await requestOk(socket, 'session:staff-login', schoolA.teacher);
    expect(login.staff).toMatchObject({ role: 'teacher', schoolId: schoolA.schoolId });
    expect(JSON.stringify(login.staff)).not.toMatch(/hash|scrypt/i);

    const second = await connect(server.url, { staffSession: login.sessionToken });
    expect((await requestOk(second, 'session:whoami', {})).staff?.username).toBe(schoolA.teacher.username);
    expect(await requestOk(second, 'child:list', { schoolId: schoolA.schoolId })).toHaveLength(1);

    await requestOk(socket, 'session:staff-logout', {});
    expect((await requestOk(socket, 'session:whoami', {})).staff).toBeUndefined();
    expect(await connectRefused(server.url, { staffSession: login.sessionToken })).toMatchObject({
      code: 'UNAUTHORIZED',
    });
    // A connection that signed in with the ended session loses it too.
    expect(await request(second, 'child:list', { schoolId: schoolA.schoolId })).toMatchObject({
      ok: false,
      error: { code: 'UNAUTHORIZED' },
    });
    socket.disconnect();
    second.disconnect();
  });

  it('ends a session after its 12 hours also on a connection that stays open', async () => {
    const socket = await connectAsTeacher(server.url, schoolA.teacher);
    await requestOk(socket, 'child:list', { schoolId: schoolA.schoolId });
    const before = server.clock.now;
    server.clock.now += 12 * 60 * 60_000 + 1;
    try {
      expect(await request(socket, 'child:list', { schoolId: schoolA.schoolId })).toMatchObject({
        ok: false,
        error: { code: 'UNAUTHORIZED' },
      });
    } finally {
      server.clock.now = before;
      socket.disconnect();
    }
  });

  it('lets a kiosk that still carries an ended teacher session connect, as a kiosk only', async () => {
    const socket = await connect(server.url, {
      kioskCredential: schoolA.kioskCredential,
      staffSession: 'e'.repeat(43),
    });
    const who = await requestOk(socket, 'session:whoami', {});
    expect(who.kiosk?.kioskId).toBe(schoolA.kioskId);
    expect(who.staff).toBeUndefined();
    socket.disconnect();
    // Alone, an ended session is refused outright.
    expect(await connectRefused(server.url, { staffSession: 'e'.repeat(43) })).toMatchObject({
      code: 'UNAUTHORIZED',
    });
  });

  it('lets an admin (made in the store) work on any school', async () => {
    const admin = await connectAsTeacher(server.url, await createAdmin(server.store));
    expect((await requestOk(admin, 'school:get', { schoolId: schoolB.schoolId })).name).toBe('幸福小学');
    expect(await request(teacherA, 'admin:school-create', { name: '新学校' })).toMatchObject({
      ok: false,
      error: { code: 'UNAUTHORIZED' },
    });
    admin.disconnect();
  });
});

describe('a teacher of another school', () => {
  it('gets NOT_FOUND for every record of school B, and changes nothing of it', async () => {
    const windowB = (await server.store.windows.list(schoolB.schoolId))[0]!;
    const week = { from: BASE, to: BASE + 7 * 86_400_000 };
    const attempts: Array<[string, Record<string, unknown>]> = [
      ['school:get', { schoolId: schoolB.schoolId }],
      ['school:update', { schoolId: schoolB.schoolId, name: '被改了' }],
      ['child:list', { schoolId: schoolB.schoolId }],
      ['child:create', { schoolId: schoolB.schoolId, displayName: '插入', className: '一班', avatar: 'cat' }],
      ['child:update', { childId: schoolB.childId, displayName: '被改了' }],
      ['child:set-pin', { childId: schoolB.childId, pin: [1, 1, 1] }],
      ['child:record-consent', { childId: schoolB.childId, date: '2030-06-01', givenBy: '谁' }],
      ['child:export', { childId: schoolB.childId }],
      ['child:delete', { childId: schoolB.childId, confirmName: '小明' }],
      ['guardian:list', { childId: schoolB.childId }],
      ['guardian:create', { childId: schoolB.childId, relation: 'aunt', displayName: '插入' }],
      ['guardian:update', { guardianId: schoolB.guardianId, phone: '13900000000' }],
      ['guardian:delete', { guardianId: schoolB.guardianId }],
      ['link:regenerate', { guardianId: schoolB.guardianId }],
      ['link:revoke', { guardianId: schoolB.guardianId }],
      ['window:list', { schoolId: schoolB.schoolId }],
      ['window:update', { windowId: windowB.id, capacity: 9 }],
      ['window:delete', { windowId: windowB.id }],
      ['closed-date:list', { schoolId: schoolB.schoolId }],
      ['closed-date:add', { schoolId: schoolB.schoolId, date: '2030-06-06', reason: '关' }],
      ['closed-date:remove', { schoolId: schoolB.schoolId, date: '2030-06-06' }],
      ['booking:list', { schoolId: schoolB.schoolId, ...week }],
      ['booking:slots', { schoolId: schoolB.schoolId, ...week }],
      [
        'booking:create',
        { childId: schoolB.childId, guardianId: schoolB.guardianId, startAt: at('2030-06-06', '16:00') },
      ],
      ['booking:approve', { bookingId: schoolB.bookingId }],
      ['booking:move', { bookingId: schoolB.bookingId, startAt: at('2030-06-06', '16:00') }],
      ['booking:cancel', { bookingId: schoolB.bookingId, reason: '取消' }],
      ['report:monthly', { schoolId: schoolB.schoolId, month: '2030-06' }],
      ['report:inactive', { schoolId: schoolB.schoolId }],
      ['report:missed-guardians', { schoolId: schoolB.schoolId }],
      ['report:csv', { schoolId: schoolB.schoolId, report: 'monthly' }],
      ['roster:import', { schoolId: schoolB.schoolId, csv: '姓名,班级,监护人,关系\n插入,一班,某人,妈妈\n' }],
      ['kiosk:list', { schoolId: schoolB.schoolId }],
    ];
    const before = await snapshotDatabase(server.database);
    for (const [event, payload] of attempts) {
      const result = await rawRequest(teacherA, event, payload);
      expect(result, event).toMatchObject({ ok: false, error: { code: 'NOT_FOUND' } });
      expect(JSON.stringify(result), event).not.toMatch(/幸福小学|小明|王丽/);
    }
    // School A's own child with school B's guardian: refused, not booked, and answered exactly as an
    // id that does not exist (an answer of its own would tell that the id is real somewhere).
    const bookWith = (guardianId: string) =>
      request(teacherA, 'booking:create', {
        childId: schoolA.childId,
        guardianId,
        startAt: at('2030-06-06', '16:00'),
      });
    const mixed = await bookWith(schoolB.guardianId);
    expect(mixed).toMatchObject({ ok: false, error: { code: 'BOOKING_REFUSED', reason: 'NOT_FOUND' } });
    expect(await bookWith(randomUUID())).toEqual(mixed);
    expect(await snapshotDatabase(server.database)).toEqual(before);
  });
});

describe('a teacher’s week', () => {
  it('adds a child and family, opens a window, books, approves, moves and cancels', async () => {
    const schoolId = schoolA.schoolId;
    const child = await requestOk(teacherA, 'child:create', {
      schoolId,
      displayName: '李雷',
      className: '三年级一班',
      avatar: 'tiger',
      pin: [1, 2, 3],
    });
    expect(child).toMatchObject({ hasPin: true, consent: null, archived: false });
    const guardian = await requestOk(teacherA, 'guardian:create', {
      childId: child.id,
      relation: 'grandmother',
      displayName: '李奶奶',
      phone: '13912345678',
    });
    expect(guardian).toMatchObject({ linkActive: false, phone: '13912345678' });
    const slot = at('2030-06-06', '09:00'); // Thursday morning: no window yet

    const noConsent = await request(teacherA, 'booking:create', {
      childId: child.id,
      guardianId: guardian.id,
      startAt: slot,
    });
    expect(noConsent).toMatchObject({ ok: false, error: { code: 'BOOKING_REFUSED' } });
    const consented = await requestOk(teacherA, 'child:record-consent', {
      childId: child.id,
      date: '2030-06-01',
      givenBy: '李奶奶',
    });
    expect(consented.consent).toMatchObject({ date: '2030-06-01', givenBy: '李奶奶' });
    const noWindow = await request(teacherA, 'booking:create', {
      childId: child.id,
      guardianId: guardian.id,
      startAt: slot,
    });
    expect(noWindow).toMatchObject({ ok: false, error: { code: 'BOOKING_REFUSED' } });

    await requestOk(teacherA, 'window:create', {
      schoolId,
      weekday: 4,
      startMinute: 9 * 60,
      endMinute: 10 * 60,
      slotMinutes: 20,
      capacity: 2,
      validFrom: '2030-06-01',
      validUntil: null,
    });
    const slots = await requestOk(teacherA, 'booking:slots', { schoolId, from: slot, to: slot + 3_600_000 });
    expect(slots.map((s) => [s.startAt - slot, s.capacity, s.booked])).toEqual([
      [0, 2, 0],
      [20 * 60_000, 2, 0],
      [40 * 60_000, 2, 0],
    ]);
    const booked = await requestOk(teacherA, 'booking:create', {
      childId: child.id,
      guardianId: guardian.id,
      startAt: slot,
    });
    expect(booked).toMatchObject({
      status: 'confirmed',
      endAt: slot + 20 * 60_000,
      createdBy: { kind: 'staff' },
    });

    // Children's own bookings now wait for approval.
    const policy = await requestOk(teacherA, 'school:update', {
      schoolId,
      policy: { childBookingsNeedApproval: true },
    });
    expect(policy.policy).toMatchObject({ childBookingsNeedApproval: true, minNoticeMinutes: 30 });
    const kiosk = await connect(server.url, { kioskCredential: schoolA.kioskCredential });
    await requestOk(kiosk, 'child:login', { childId: child.id, pin: [1, 2, 3] });
    const childMade = await requestOk(kiosk, 'child:book', {
      guardianId: guardian.id,
      startAt: slot + 40 * 60_000,
    });
    expect(childMade.booking).toMatchObject({ status: 'requested', guardianName: '李奶奶' });
    expect(JSON.stringify(childMade)).not.toContain('13912345678');
    kiosk.disconnect();

    const approved = await requestOk(teacherA, 'booking:approve', { bookingId: childMade.booking.id });
    expect(approved.status).toBe('confirmed');
    expect(await request(teacherA, 'booking:approve', { bookingId: childMade.booking.id })).toMatchObject({
      ok: false,
      error: { code: 'CONFLICT' },
    });

    const moved = await requestOk(teacherA, 'booking:move', {
      bookingId: booked.id,
      startAt: slot + 20 * 60_000,
    });
    expect(moved).toMatchObject({ id: booked.id, startAt: slot + 20 * 60_000, status: 'confirmed' });

    expect(
      await rawRequest(teacherA, 'booking:cancel', { bookingId: booked.id, reason: '  ' }),
    ).toMatchObject({
      ok: false,
      error: { code: 'BAD_REQUEST' },
    });
    const cancelled = await requestOk(teacherA, 'booking:cancel', {
      bookingId: booked.id,
      reason: '孩子生病',
    });
    expect(cancelled).toMatchObject({ status: 'cancelled', cancelReason: '孩子生病' });
    expect(
      await request(teacherA, 'booking:cancel', { bookingId: booked.id, reason: '再取消' }),
    ).toMatchObject({
      ok: false,
      error: { code: 'CONFLICT' },
    });

    const week = await requestOk(teacherA, 'booking:list', { schoolId, from: slot, to: slot + 3_600_000 });
    expect(week.map((b) => [b.id, b.status])).toEqual([
      [booked.id, 'cancelled'],
      [childMade.booking.id, 'confirmed'],
    ]);
    expect(await requestOk(teacherA, 'guardian:list', { childId: child.id })).toEqual([guardian]);
  });
});
