// Reports and privacy through the real server: the month's calls and minutes,
// inactive children, guardians who missed twice, the same as Excel-ready CSV;
// one child's export; deleting a child completely; and the retention sweep
// that keeps only monthly counts.
import { pino } from 'pino';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { RtpCapabilities } from '../../common/mediaSchemas';
import { applyRetention } from '../../signaling-server/src/housekeeping';
import type { SchoolFixture } from '../support/fixtures';
import { seedSchool } from '../support/fixtures';
import {
  addFamily,
  BASE,
  countRows,
  MINUTE,
  placeBooking,
  startDomainServer,
  type Family,
} from '../support/domain';
import { connect, connectAsTeacher, request, requestOk, type TestSocket } from '../support/socketClient';
import type { TestServer } from '../support/testServer';

let server: TestServer;
let school: SchoolFixture;
let other: SchoolFixture;
let xiaohong: Family;
let capabilities: RtpCapabilities;
let kiosk: TestSocket;
let teacher: TestSocket;
let completedCall: string;
const missedCalls: string[] = [];

const xiaoming = () => ({
  schoolId: school.schoolId,
  childId: school.childId,
  guardianId: school.guardianId,
});
const join = (socket: TestSocket, bookingId: string) =>
  requestOk(socket, 'call:join', { bookingId, rtpCapabilities: capabilities });

/** 小明 and 王丽 talk for ten minutes; 小红's father misses two calls. */
beforeAll(async () => {
  ({ server, school } = await startDomainServer());
  other = await seedSchool(server.store, BASE, '幸福小学');
  xiaohong = await addFamily(server.store, school.schoolId, { name: '小红' });
  kiosk = await connect(server.url, { kioskCredential: school.kioskCredential });
  teacher = await connectAsTeacher(server.url, school.teacher);
  const parent = await connect(server.url, { guardianToken: school.guardianToken });
  capabilities = (await requestOk(kiosk, 'call:capabilities', {})).routerRtpCapabilities;

  completedCall = await placeBooking(server.store, xiaoming(), BASE);
  await join(kiosk, completedCall);
  await join(parent, completedCall);
  server.clock.now += 10 * MINUTE;
  await requestOk(kiosk, 'call:leave', {});
  await requestOk(parent, 'call:leave', {});
  parent.disconnect();
  for (let i = 0; i < 2; i++) {
    const bookingId = await placeBooking(
      server.store,
      { schoolId: school.schoolId, childId: xiaohong.childId, guardianId: xiaohong.guardianId },
      BASE + i * 15 * MINUTE,
    );
    missedCalls.push(bookingId);
    await join(kiosk, bookingId);
    await requestOk(kiosk, 'call:leave', {});
  }
  server.clock.now = BASE + 61 * MINUTE; // after the fixture's own call too
  await server.calls.settle();
});

afterAll(async () => {
  kiosk.disconnect();
  teacher.disconnect();
  await server.stop();
});

describe('reports', () => {
  it('count the month’s completed calls and minutes, inactive children and guardians who missed twice', async () => {
    expect((await server.store.bookings.get(completedCall))?.status).toBe('completed');
    const monthly = await requestOk(teacher, 'report:monthly', {
      schoolId: school.schoolId,
      month: '2030-06',
    });
    expect(monthly.map((r) => [r.displayName, r.completedCalls, r.minutes])).toEqual([
      ['小明', 1, 10],
      ['小红', 0, 0],
    ]);
    const july = await requestOk(teacher, 'report:monthly', { schoolId: school.schoolId, month: '2030-07' });
    expect(july.map((r) => r.completedCalls)).toEqual([0, 0]);

    const inactive = await requestOk(teacher, 'report:inactive', { schoolId: school.schoolId });
    expect(inactive).toEqual([
      { childId: xiaohong.childId, displayName: '小红', className: '三年级二班', lastCallAt: null },
    ]);
    const missed = await requestOk(teacher, 'report:missed-guardians', { schoolId: school.schoolId });
    expect(missed).toEqual([
      {
        guardianId: xiaohong.guardianId,
        childId: xiaohong.childId,
        displayName: expect.any(String),
        relation: 'father',
        childName: '小红',
        unheardChildMessages: 0,
      },
    ]);

    // The other school's teacher sees only the other school.
    const otherTeacher = await connectAsTeacher(server.url, other.teacher);
    const theirs = await requestOk(otherTeacher, 'report:monthly', {
      schoolId: other.schoolId,
      month: '2030-06',
    });
    expect(theirs.map((r) => [r.childId, r.completedCalls])).toEqual([[other.childId, 0]]);
    otherTeacher.disconnect();
  });

  it('come as CSV files Excel reads: a BOM, a header row, one row per line', async () => {
    const csv = (report: 'monthly' | 'inactive' | 'missed-guardians') =>
      requestOk(teacher, 'report:csv', { schoolId: school.schoolId, report, month: '2030-06' });
    const rowsOf = (text: string) => text.slice(1).split('\r\n').slice(0, -1);

    const monthly = await csv('monthly');
    expect(monthly.filename).toBe('通话统计-2030-06.csv');
    expect(monthly.csv.startsWith('\uFEFF')).toBe(true);
    expect(rowsOf(monthly.csv)).toEqual([
      '班级,姓名,完成通话次数,通话分钟',
      '三年级一班,小明,1,10',
      '三年级二班,小红,0,0',
    ]);

    const inactive = await csv('inactive');
    expect(inactive.csv.startsWith('\uFEFF')).toBe(true);
    expect(rowsOf(inactive.csv)).toEqual(['班级,姓名,上次通话', '三年级二班,小红,从未']);

    const missed = await csv('missed-guardians');
    expect(missed.csv.startsWith('\uFEFF')).toBe(true);
    expect(rowsOf(missed.csv)[0]).toBe('孩子,监护人,关系,未听的孩子留言');
    expect(rowsOf(missed.csv).slice(1)).toEqual([expect.stringMatching(/^小红,.+,爸爸,0$/)]);
  });
});

describe('a child’s data', () => {
  it('exports everything of one child and nothing of another', async () => {
    const exported = await requestOk(teacher, 'child:export', { childId: school.childId });
    expect(exported.child).toMatchObject({ id: school.childId, displayName: '小明', hasPin: true });
    expect(exported.guardians.map((g) => g.id)).toEqual([school.guardianId]);
    const ownBookings = await server.store.bookings.list({ childId: school.childId });
    expect(exported.bookings.map((b) => b.id).sort()).toEqual(ownBookings.map((b) => b.id).sort());
    expect(exported.bookings.map((b) => b.id)).toContain(completedCall);
    expect(exported.callRecords.map((r) => [r.bookingId, r.participant])).toEqual([
      [completedCall, 'kiosk'],
      [completedCall, 'parent'],
    ]);
    const text = JSON.stringify(exported);
    for (const foreign of [xiaohong.childId, xiaohong.guardianId, ...missedCalls, other.childId, '小红'])
      expect(text).not.toContain(foreign);
    expect(text).not.toMatch(/scrypt|token|hash/i);
  });

  it('keeps monthly counts but no call records once retention has passed, without counting twice', async () => {
    server.clock.now += 2 * 86_400_000;
    // Two days on, the teacher's 12-hour session has ended: she logs in again.
    teacher.disconnect();
    teacher = await connectAsTeacher(server.url, school.teacher);
    const deps = {
      store: server.store,
      calls: server.calls,
      now: () => server.clock.now,
      log: pino({ level: 'silent' }),
      retention: { days: 1, mode: 'counts' as const },
    };
    const settled = [completedCall, ...missedCalls, school.bookingId, other.bookingId]; // every school
    expect(await applyRetention(deps)).toBe(settled.length);
    const ids = settled.map(() => '?').join(', ');
    expect(await countRows(server.database, 'call_records', `booking_id IN (${ids})`, ...settled)).toBe(0);
    expect(await countRows(server.database, 'bookings', `id IN (${ids})`, ...settled)).toBe(0);

    const monthly = () =>
      requestOk(teacher, 'report:monthly', { schoolId: school.schoolId, month: '2030-06' });
    expect((await monthly()).map((r) => [r.displayName, r.completedCalls, r.minutes])).toEqual([
      ['小明', 1, 10],
      ['小红', 0, 0],
    ]);
    expect(await applyRetention(deps)).toBe(0);
    expect((await monthly())[0]).toMatchObject({ completedCalls: 1, minutes: 10 });
  });

  it('deletes a child with everything about them, only when the name is typed again', async () => {
    // A fresh call with records, and one still to come.
    const recent = await placeBooking(server.store, xiaoming(), server.clock.now);
    await join(kiosk, recent);
    await requestOk(kiosk, 'call:leave', {});
    const upcoming = await placeBooking(server.store, xiaoming(), server.clock.now + 60 * MINUTE);
    expect(await countRows(server.database, 'call_records', 'booking_id = ?', recent)).toBe(1);

    expect(
      await request(teacher, 'child:delete', { childId: school.childId, confirmName: '小红' }),
    ).toMatchObject({
      ok: false,
      error: { code: 'BAD_REQUEST' },
    });
    expect(await server.store.children.get(school.childId)).toBeDefined();

    await requestOk(teacher, 'child:delete', { childId: school.childId, confirmName: '小明' });
    expect(await server.store.children.get(school.childId)).toBeUndefined();
    expect(await server.store.guardians.get(school.guardianId)).toBeUndefined();
    expect(await server.store.bookings.list({ childId: school.childId })).toEqual([]);
    expect(await server.store.bookings.get(upcoming)).toBeUndefined();
    expect(await countRows(server.database, 'call_records', 'booking_id = ?', recent)).toBe(0);
    expect(await countRows(server.database, 'call_counts', 'child_id = ?', school.childId)).toBe(0);
    expect(await countRows(server.database, 'guardians', 'child_id = ?', school.childId)).toBe(0);
    expect(await request(teacher, 'child:export', { childId: school.childId })).toMatchObject({
      ok: false,
      error: { code: 'NOT_FOUND' },
    });

    // 小红 and her family are untouched.
    expect((await requestOk(teacher, 'child:export', { childId: xiaohong.childId })).guardians).toHaveLength(
      1,
    );
    const monthly = await requestOk(teacher, 'report:monthly', {
      schoolId: school.schoolId,
      month: '2030-06',
    });
    expect(monthly.map((r) => r.displayName)).toEqual(['小红']);
  });
});
