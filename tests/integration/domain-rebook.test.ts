// "Same time next week" in one tap, through the real server: the kiosk's
// logged-in child and the parent's link each rebook their own call seven days
// on at the same school time; the school's rules (approval, parents may
// request, a taken slot) apply as to any booking; nobody rebooks another
// family's call.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { addDays } from '../../signaling-server/src/domain/time';
import type { SchoolFixture } from '../support/fixtures';
import { addFamily, at, DAY, placeBooking, startDomainServer, type Family } from '../support/domain';
import { connect, request, requestOk, type TestSocket } from '../support/socketClient';
import type { TestServer } from '../support/testServer';

let server: TestServer;
let school: SchoolFixture;
let neighbour: Family;
let kiosk: TestSocket;
let parent: TestSocket;
let neighbourParent: TestSocket;
let callId: string;

beforeAll(async () => {
  ({ server, school } = await startDomainServer());
  neighbour = await addFamily(server.store, school.schoolId);
  callId = await placeBooking(server.store, school, at(DAY, '16:00'));
  kiosk = await connect(server.url, { kioskCredential: school.kioskCredential });
  parent = await connect(server.url, { guardianToken: school.guardianToken });
  neighbourParent = await connect(server.url, { guardianToken: neighbour.guardianToken });
});

afterAll(async () => {
  for (const socket of [kiosk, parent, neighbourParent]) socket.disconnect();
  await server.stop();
});

const notFound = { ok: false, error: { code: 'NOT_FOUND', message: expect.any(String) } };

describe('same time next week', () => {
  it('is nobody else’s to book', async () => {
    expect(await request(neighbourParent, 'booking:rebook', { bookingId: callId })).toEqual(notFound);
    // A kiosk with no child logged in, then the neighbour's child.
    expect(await request(kiosk, 'booking:rebook', { bookingId: callId })).toEqual(notFound);
    await requestOk(kiosk, 'child:login', { childId: neighbour.childId, pin: neighbour.pin });
    expect(await request(kiosk, 'booking:rebook', { bookingId: callId })).toEqual(notFound);
    await requestOk(kiosk, 'child:logout', {});
    expect(
      await server.store.bookings.list({ childId: school.childId, from: at(addDays(DAY, 1), '00:00') }),
    ).toEqual([]);
  });

  it('books the child’s call a week on at the same school time, under the approval policy', async () => {
    await requestOk(kiosk, 'child:login', { childId: school.childId, pin: school.pin });
    const school0 = (await server.store.schools.get(school.schoolId))!;
    const { booking } = await requestOk(kiosk, 'booking:rebook', { bookingId: callId });
    expect(booking).toEqual({
      id: expect.any(String),
      startAt: at(addDays(DAY, 7), '16:00'),
      endAt: at(addDays(DAY, 7), '16:15'),
      status: school0.policy.childBookingsNeedApproval ? 'requested' : 'confirmed',
    });
    // Tapped twice: the slot is taken now, and the rules say so.
    expect(await request(kiosk, 'booking:rebook', { bookingId: callId })).toMatchObject({
      ok: false,
      error: { code: 'BOOKING_REFUSED' },
    });
    await requestOk(kiosk, 'child:logout', {});
  });

  it('lets a parent ask only where the school lets parents request, and then as a request', async () => {
    const other = await placeBooking(server.store, school, at(DAY, '17:00'));
    const school0 = (await server.store.schools.get(school.schoolId))!;
    await server.store.schools.update(school.schoolId, {
      policy: { ...school0.policy, parentsMayRequest: false },
    });
    expect(await request(parent, 'booking:rebook', { bookingId: other })).toMatchObject({
      ok: false,
      error: { code: 'BOOKING_REFUSED' },
    });
    await server.store.schools.update(school.schoolId, {
      policy: { ...school0.policy, parentsMayRequest: true },
    });
    const { booking } = await requestOk(parent, 'booking:rebook', { bookingId: other });
    expect(booking).toMatchObject({ startAt: at(addDays(DAY, 7), '17:00'), status: 'requested' });
  });
});
