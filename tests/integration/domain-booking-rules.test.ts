// The booking rules as children, parents and teachers meet them through the
// real server: picture-PIN login, free slots, consent, notice, the weekly
// limit, races for the last place in a slot, and the PIN lock.
import { randomUUID } from 'node:crypto';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { RefusalReason } from '../../common/refusals';
import type { Result } from '../../common/result';
import { seedSchool, type SchoolFixture } from '../support/fixtures';
import { addFamily, at, BASE, DAY, MINUTE, startDomainServer, type Family } from '../support/domain';
import { connect, connectAsTeacher, request, requestOk, type TestSocket } from '../support/socketClient';
import type { TestServer } from '../support/testServer';

let server: TestServer;
let school: SchoolFixture;
let teacher: TestSocket;
const THURSDAY = '2030-06-06';
const NEXT_MONDAY = '2030-06-10';

beforeAll(async () => {
  ({ server, school } = await startDomainServer());
  teacher = await connectAsTeacher(server.url, school.teacher);
});

afterAll(async () => {
  teacher.disconnect();
  await server.stop();
});

/** A kiosk connection with a child logged in. */
async function childOnKiosk(childId: string, pin: number[]): Promise<TestSocket> {
  const kiosk = await connect(server.url, { kioskCredential: school.kioskCredential });
  await requestOk(kiosk, 'child:login', { childId, pin });
  return kiosk;
}

/** The rule's English message for logs and its reason for screens in the reader's language. */
const refusal = (message: RegExp, reason: RefusalReason) => ({
  ok: false,
  error: { code: 'BOOKING_REFUSED', message: expect.stringMatching(message), reason },
});

describe('a child on the kiosk', () => {
  it('logs in with pictures, sees the free slots and books a call until the week is full', async () => {
    const kiosk = await connect(server.url, { kioskCredential: school.kioskCredential });
    const login = await requestOk(kiosk, 'child:login', { childId: school.childId, pin: school.pin });
    expect(login).toEqual({
      childId: school.childId,
      displayName: '小明',
      expiresAt: server.clock.now + 20 * MINUTE,
    });
    const home = await requestOk(kiosk, 'child:home', {});
    expect(home.guardians).toEqual([{ id: school.guardianId, relation: 'mother', displayName: '王丽' }]);

    const { slots, timeZone } = await requestOk(kiosk, 'child:slots', {});
    expect(timeZone).toBe('Asia/Shanghai');
    expect(slots[0]).toEqual({ startAt: at(DAY, '16:00'), endAt: at(DAY, '16:15'), capacity: 1, booked: 0 });
    expect(slots).toHaveLength(7 * 8); // a week of 16:00–18:00 in quarter hours

    const booked = await requestOk(kiosk, 'child:book', {
      guardianId: school.guardianId,
      startAt: at(DAY, '16:00'),
    });
    expect(booked.booking).toMatchObject({
      status: 'confirmed',
      guardianName: '王丽',
      childId: school.childId,
    });
    expect((await requestOk(kiosk, 'child:slots', {})).slots[0]).toMatchObject({ booked: 1 });

    // The fixture's 15:00 call and this one are the week's two.
    expect(
      await request(kiosk, 'child:book', { guardianId: school.guardianId, startAt: at(DAY, '16:30') }),
    ).toEqual(refusal(/no calls left that week/, 'WEEKLY_LIMIT'));
    const nextWeek = await requestOk(kiosk, 'child:book', {
      guardianId: school.guardianId,
      startAt: at(NEXT_MONDAY, '16:00'),
    });
    expect(nextWeek.booking.status).toBe('confirmed');

    // Only its own family, and only at real slot times. Another family's guardian, one of another
    // school and an id that does not exist get one and the same answer (no existence oracle).
    const other = await addFamily(server.store, school.schoolId);
    const otherSchool = await seedSchool(server.store, BASE, '幸福小学');
    const notFound = refusal(/not found/, 'NOT_FOUND');
    for (const guardianId of [other.guardianId, otherSchool.guardianId, randomUUID()]) {
      expect(await request(kiosk, 'child:book', { guardianId, startAt: at(NEXT_MONDAY, '16:15') })).toEqual(
        notFound,
      );
    }
    expect(
      await request(kiosk, 'child:book', {
        guardianId: school.guardianId,
        startAt: at(NEXT_MONDAY, '16:05'),
      }),
    ).toEqual(refusal(/no call time starting then/, 'NOT_A_SLOT'));

    await requestOk(kiosk, 'child:logout', {});
    expect(await request(kiosk, 'child:slots', {})).toMatchObject({
      ok: false,
      error: { code: 'UNAUTHORIZED' },
    });
    kiosk.disconnect();
  });
});

describe('the rules', () => {
  it('refuse a child without recorded consent, whoever books', async () => {
    const family = await addFamily(server.store, school.schoolId, { consent: false });
    const startAt = at(THURSDAY, '17:00');
    const noConsent = refusal(/consent has not been recorded/, 'NO_CONSENT');
    expect(
      await request(teacher, 'booking:create', {
        childId: family.childId,
        guardianId: family.guardianId,
        startAt,
      }),
    ).toEqual(noConsent);
    const kiosk = await childOnKiosk(family.childId, family.pin);
    expect(await request(kiosk, 'child:book', { guardianId: family.guardianId, startAt })).toEqual(noConsent);
    const parent = await connect(server.url, { guardianToken: family.guardianToken });
    expect(await request(parent, 'parent:request', { startAt })).toEqual(noConsent);
    kiosk.disconnect();
    parent.disconnect();
    expect(await server.store.bookings.list({ childId: family.childId })).toEqual([]);
  });

  it('refuse times in the past and inside the school’s minimum notice', async () => {
    const family = await addFamily(server.store, school.schoolId);
    const book = (startAt: number) =>
      request(teacher, 'booking:create', { childId: family.childId, guardianId: family.guardianId, startAt });
    expect(await book(at('2030-06-04', '16:00'))).toEqual(refusal(/already passed/, 'IN_THE_PAST'));

    await requestOk(teacher, 'school:update', {
      schoolId: school.schoolId,
      policy: { minNoticeMinutes: 90 },
    });
    expect(await book(at(DAY, '16:15'))).toEqual(refusal(/at least 90 minutes ahead/, 'TOO_SOON')); // 75 minutes away
    expect(await book(at(DAY, '16:30'))).toMatchObject({ ok: true, value: { status: 'confirmed' } }); // exactly 90
    await requestOk(teacher, 'school:update', {
      schoolId: school.schoolId,
      policy: { minNoticeMinutes: 30 },
    });
  });

  it('give the last place in a slot to exactly one of several people booking at once', async () => {
    const expectOneWinner = async (startAt: number, results: Array<Result<unknown>>) => {
      expect(results.filter((r) => r.ok)).toHaveLength(1);
      const losers = results.filter((r) => !r.ok);
      expect(losers).toHaveLength(results.length - 1);
      for (const loser of losers) expect(loser).toEqual(refusal(/already full/, 'SLOT_FULL'));
      const inSlot = await server.store.bookings.list({
        schoolId: school.schoolId,
        from: startAt,
        to: startAt + 15 * MINUTE,
        statuses: ['requested', 'confirmed', 'in_progress'],
      });
      expect(inSlot).toHaveLength(1);
    };

    // Two children on two kiosk connections.
    const [x, y] = [
      await addFamily(server.store, school.schoolId),
      await addFamily(server.store, school.schoolId),
    ];
    const [kioskX, kioskY] = [await childOnKiosk(x.childId, x.pin), await childOnKiosk(y.childId, y.pin)];
    const first = at(THURSDAY, '16:00');
    await expectOneWinner(
      first,
      await Promise.all([
        request(kioskX, 'child:book', { guardianId: x.guardianId, startAt: first }),
        request(kioskY, 'child:book', { guardianId: y.guardianId, startAt: first }),
      ]),
    );
    kioskX.disconnect();
    kioskY.disconnect();

    // A teacher for several children at once, in a few slots.
    for (const time of ['16:15', '16:30', '16:45']) {
      const startAt = at(THURSDAY, time);
      const families: Family[] = [];
      for (let i = 0; i < 3; i++) families.push(await addFamily(server.store, school.schoolId));
      await expectOneWinner(
        startAt,
        await Promise.all(
          families.map((f) =>
            request(teacher, 'booking:create', { childId: f.childId, guardianId: f.guardianId, startAt }),
          ),
        ),
      );
    }

    // A child, a teacher and a parent's request, all at once.
    const [c, t, p] = [
      await addFamily(server.store, school.schoolId),
      await addFamily(server.store, school.schoolId),
      await addFamily(server.store, school.schoolId),
    ];
    const kiosk = await childOnKiosk(c.childId, c.pin);
    const parent = await connect(server.url, { guardianToken: p.guardianToken });
    const last = at(THURSDAY, '17:15');
    await expectOneWinner(
      last,
      await Promise.all([
        request(kiosk, 'child:book', { guardianId: c.guardianId, startAt: last }),
        request(teacher, 'booking:create', { childId: t.childId, guardianId: t.guardianId, startAt: last }),
        request(parent, 'parent:request', { startAt: last }),
      ]),
    );
    kiosk.disconnect();
    parent.disconnect();
  });
});

describe('the picture-PIN', () => {
  it('locks a child after five wrong tries, for that child only, for a minute', async () => {
    const family = await addFamily(server.store, school.schoolId);
    const kiosk = await connect(server.url, { kioskCredential: school.kioskCredential });
    const wrongPin = family.pin.map((n) => (n + 1) % 9);
    for (let i = 0; i < 5; i++) {
      expect(await request(kiosk, 'child:login', { childId: family.childId, pin: wrongPin })).toMatchObject({
        ok: false,
        error: { code: 'INVALID_CREDENTIALS' },
      });
    }
    const locked = { ok: false, error: { code: 'PIN_LOCKED', message: expect.any(String) } };
    expect(await request(kiosk, 'child:login', { childId: family.childId, pin: family.pin })).toEqual(locked);
    // Children share the kiosk: another child is not locked out.
    await requestOk(kiosk, 'child:login', { childId: school.childId, pin: school.pin });

    server.clock.now += 59_000;
    expect(await request(kiosk, 'child:login', { childId: family.childId, pin: family.pin })).toEqual(locked);
    server.clock.now += 2_000;
    await requestOk(kiosk, 'child:login', { childId: family.childId, pin: family.pin });
    expect((await requestOk(kiosk, 'child:home', {})).child.id).toBe(family.childId);

    // Child mode ends by itself.
    server.clock.now += 20 * MINUTE;
    expect(await request(kiosk, 'child:home', {})).toMatchObject({
      ok: false,
      error: { code: 'UNAUTHORIZED' },
    });
    kiosk.disconnect();
  });
});
