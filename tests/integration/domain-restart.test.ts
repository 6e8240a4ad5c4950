// A restart on the same SQLite file: everything made through the API is still
// there, sessions, kiosk credentials and parent links still sign in, and a
// call whose slot ended while the server was down is settled on start.
import { afterAll, describe, expect, it } from 'vitest';
import { at, MINUTE, placeBooking, startDomainServer } from '../support/domain';
import { connect, connectAsTeacher, requestOk } from '../support/socketClient';
import { startTestServer, type TestServer } from '../support/testServer';

const running: TestServer[] = [];

afterAll(async () => {
  for (const server of running.splice(0)) await server.stop();
});

describe('restarting the server', () => {
  it('keeps what was made, who is signed in, and settles what ended meanwhile', async () => {
    const { server, school } = await startDomainServer();
    running.push(server);
    const loginSocket = await connect(server.url);
    const login = await requestOk(loginSocket, 'session:staff-login', school.teacher);
    loginSocket.disconnect();
    const teacher = await connectAsTeacher(server.url, school.teacher);
    const schoolId = school.schoolId;

    await requestOk(teacher, 'school:update', {
      schoolId,
      policy: { maxCallsPerChildPerWeek: 3, joinEarlyMinutes: 5 },
    });
    const child = await requestOk(teacher, 'child:create', {
      schoolId,
      displayName: '韩梅梅',
      className: '四年级一班',
      avatar: 'bird',
      pin: [8, 0, 4],
    });
    await requestOk(teacher, 'child:record-consent', {
      childId: child.id,
      date: '2030-06-01',
      givenBy: '韩妈妈',
    });
    const guardian = await requestOk(teacher, 'guardian:create', {
      childId: child.id,
      relation: 'mother',
      displayName: '韩妈妈',
    });
    const link = await requestOk(teacher, 'link:regenerate', { guardianId: guardian.id });
    const window = await requestOk(teacher, 'window:create', {
      schoolId,
      weekday: 6,
      startMinute: 10 * 60,
      endMinute: 11 * 60,
      slotMinutes: 30,
      capacity: 1,
      validFrom: '2030-06-01',
      validUntil: '2030-12-31',
    });
    await requestOk(teacher, 'closed-date:add', { schoolId, date: '2030-10-01', reason: '国庆节' });
    const booking = await requestOk(teacher, 'booking:create', {
      childId: child.id,
      guardianId: guardian.id,
      startAt: at('2030-06-08', '10:00'),
    });
    // Running now, ends at 15:15 while the server is down; nobody joins.
    const ending = await placeBooking(
      server.store,
      { schoolId, childId: school.childId, guardianId: school.guardianId },
      server.clock.now,
    );
    teacher.disconnect();
    await server.stop();
    running.pop();

    server.clock.now += 30 * MINUTE;
    const again = await startTestServer({}, { database: server.database, clock: server.clock });
    running.push(again);

    // The session from before the restart still signs a connection in.
    const resumed = await connect(again.url, { staffSession: login.sessionToken });
    expect((await requestOk(resumed, 'session:whoami', {})).staff?.username).toBe(school.teacher.username);
    expect((await requestOk(resumed, 'school:get', { schoolId })).policy).toMatchObject({
      maxCallsPerChildPerWeek: 3,
      joinEarlyMinutes: 5,
    });
    const children = await requestOk(resumed, 'child:list', { schoolId });
    expect(children.find((c) => c.id === child.id)).toMatchObject({
      displayName: '韩梅梅',
      hasPin: true,
      consent: { date: '2030-06-01', givenBy: '韩妈妈' },
    });
    expect(await requestOk(resumed, 'guardian:list', { childId: child.id })).toEqual([
      { ...guardian, linkActive: true },
    ]);
    expect(await requestOk(resumed, 'window:list', { schoolId })).toContainEqual(window);
    expect(await requestOk(resumed, 'closed-date:list', { schoolId })).toEqual([
      { schoolId, date: '2030-10-01', reason: '国庆节' },
    ]);
    const bookings = await requestOk(resumed, 'booking:list', {
      schoolId,
      from: again.clock.now - 60 * MINUTE,
      to: again.clock.now + 7 * 86_400_000,
    });
    expect(bookings.find((b) => b.id === booking.id)).toEqual(booking);

    // Housekeeping settles on start what ended while the server was down.
    await expect.poll(async () => (await again.store.bookings.get(ending))?.status).toBe('missed_by_child');

    // The kiosk's credential and the new parent link still sign in; the child's PIN still works.
    const kiosk = await connect(again.url, { kioskCredential: school.kioskCredential });
    await requestOk(kiosk, 'child:login', { childId: child.id, pin: [8, 0, 4] });
    expect((await requestOk(kiosk, 'child:home', {})).bookings.map((b) => b.id)).toEqual([booking.id]);
    const parent = await connect(again.url, { guardianToken: link.token });
    const overview = await requestOk(parent, 'parent:overview', {});
    expect(overview.calls.map((c) => [c.id, c.status])).toEqual([[booking.id, 'confirmed']]);
    for (const socket of [resumed, kiosk, parent]) socket.disconnect();
  });
});
