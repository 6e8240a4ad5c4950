// Parent links through the real server: a link joins its own family's call and
// only inside the call's window; wrong, revoked and dead links all get one
// and the same refusal; a regenerated link retires the old one at once; the
// calendar file is served for the link's own calls only; guessing is slowed.
import { afterAll, afterEach, beforeAll, describe, expect, it } from 'vitest';
import type { RtpCapabilities } from '../../common/mediaSchemas';
import { INVALID_LINK_MESSAGE } from '../../signaling-server/src/services/parentOverview';
import { randomToken } from '../../signaling-server/src/auth/secrets';
import type { SchoolFixture } from '../support/fixtures';
import { addFamily, MINUTE, placeBooking, startDomainServer } from '../support/domain';
import {
  connect,
  connectAsTeacher,
  connectRefused,
  request,
  requestOk,
  type TestSocket,
} from '../support/socketClient';
import type { TestServer } from '../support/testServer';

let server: TestServer;
let school: SchoolFixture;
let teacher: TestSocket;
let capabilities: RtpCapabilities;
const opened: TestSocket[] = [];

async function parent(token = school.guardianToken): Promise<TestSocket> {
  const socket = await connect(server.url, { guardianToken: token });
  opened.push(socket);
  return socket;
}

const join = (socket: TestSocket, bookingId: string) =>
  request(socket, 'call:join', { bookingId, rtpCapabilities: capabilities });

/** Resolves with the reason once the server drops the connection; 'still connected' if it does not. */
const dropped = (socket: TestSocket) =>
  new Promise<string>((resolve) => {
    const timer = setTimeout(() => resolve('still connected'), 2000);
    socket.once('disconnect', (reason) => {
      clearTimeout(timer);
      resolve(reason);
    });
  });

const ownFamily = () => ({
  schoolId: school.schoolId,
  childId: school.childId,
  guardianId: school.guardianId,
});

beforeAll(async () => {
  ({ server, school } = await startDomainServer());
  teacher = await connectAsTeacher(server.url, school.teacher);
  const probe = await parent();
  capabilities = (await requestOk(probe, 'call:capabilities', {})).routerRtpCapabilities;
});

afterEach(async () => {
  for (const socket of opened.splice(0)) socket.disconnect();
  await expect.poll(() => server.rooms.counts().rooms).toBe(0);
});

afterAll(async () => {
  teacher.disconnect();
  await server.stop();
});

describe('a parent link in a call', () => {
  it('joins its own call from joinEarlyMinutes before the start until the slot ends', async () => {
    const start = server.clock.now + 60 * MINUTE;
    const bookingId = await placeBooking(server.store, ownFamily(), start, 15);
    const socket = await parent();

    expect(await join(socket, bookingId)).toMatchObject({ ok: false, error: { code: 'NOT_JOINABLE' } });
    server.clock.now = start - 10 * MINUTE - 1; // the school's default joinEarlyMinutes is 10
    expect(await join(socket, bookingId)).toMatchObject({ ok: false, error: { code: 'NOT_JOINABLE' } });

    server.clock.now = start - 10 * MINUTE;
    const joined = await join(socket, bookingId);
    expect(joined).toMatchObject({
      ok: true,
      value: { self: { role: 'parent' }, endsAt: start + 15 * MINUTE },
    });
    expect((await server.store.bookings.get(bookingId))?.status).toBe('in_progress');
    await requestOk(socket, 'call:leave', {});

    server.clock.now = start + 15 * MINUTE;
    expect(await join(socket, bookingId)).toEqual({
      ok: false,
      error: { code: 'NOT_JOINABLE', message: 'This call is over.' },
    });
  });

  it('cannot join another family’s call: the same NOT_FOUND as an id that does not exist', async () => {
    const other = await addFamily(server.store, school.schoolId);
    const theirs = await placeBooking(
      server.store,
      { schoolId: school.schoolId, childId: other.childId, guardianId: other.guardianId },
      server.clock.now,
    );
    const socket = await parent();
    const refused = await join(socket, theirs);
    expect(refused).toMatchObject({ ok: false, error: { code: 'NOT_FOUND' } });
    expect(await join(socket, '6f1c2d3e-4b5a-4c6d-8e7f-8091a2b3c4d5')).toEqual(refused);
    expect(server.rooms.get(theirs)).toBeUndefined();
    expect((await server.store.bookings.get(theirs))?.status).toBe('confirmed');
  });
});

describe('links that do not work', () => {
  it('answers a wrong, a revoked, a deleted child’s and an archived child’s link alike', async () => {
    const wrong = await connectRefused(server.url, { guardianToken: randomToken() });

    const revokedFamily = await addFamily(server.store, school.schoolId);
    const openPage = await parent(revokedFamily.guardianToken);
    const cutOff = dropped(openPage);
    await requestOk(teacher, 'link:revoke', { guardianId: revokedFamily.guardianId });
    expect(await cutOff).toBe('io server disconnect');
    const revoked = await connectRefused(server.url, { guardianToken: revokedFamily.guardianToken });

    const deletedFamily = await addFamily(server.store, school.schoolId);
    await requestOk(teacher, 'child:delete', {
      childId: deletedFamily.childId,
      confirmName: deletedFamily.childName,
    });
    const deleted = await connectRefused(server.url, { guardianToken: deletedFamily.guardianToken });

    const archivedFamily = await addFamily(server.store, school.schoolId);
    await requestOk(teacher, 'child:update', { childId: archivedFamily.childId, archived: true });
    const archived = await connectRefused(server.url, { guardianToken: archivedFamily.guardianToken });

    const expected = { code: 'INVALID_LINK', message: INVALID_LINK_MESSAGE };
    expect([wrong, revoked, deleted, archived]).toEqual([expected, expected, expected, expected]);
  });

  it('retires the old token when a link is regenerated, also on a page that is open', async () => {
    const family = await addFamily(server.store, school.schoolId);
    const oldPage = await parent(family.guardianToken);
    const cutOff = dropped(oldPage);
    const link = await requestOk(teacher, 'link:regenerate', { guardianId: family.guardianId });
    expect(link).toEqual({ guardianId: family.guardianId, token: link.token, path: `/p/${link.token}` });
    expect(link.token).not.toBe(family.guardianToken);
    expect(await cutOff).toBe('io server disconnect');

    expect(await connectRefused(server.url, { guardianToken: family.guardianToken })).toEqual({
      code: 'INVALID_LINK',
      message: INVALID_LINK_MESSAGE,
    });
    const newPage = await parent(link.token);
    const overview = await requestOk(newPage, 'parent:overview', {});
    expect(overview.child.displayName).toBe(family.childName);
  });
});

describe('the calendar file of a call', () => {
  it('is served for the link’s own call and answered with one 404 for everything else', async () => {
    const own = await placeBooking(server.store, ownFamily(), server.clock.now + 120 * MINUTE);
    const other = await addFamily(server.store, school.schoolId);
    const theirs = await placeBooking(
      server.store,
      { schoolId: school.schoolId, childId: other.childId, guardianId: other.guardianId },
      server.clock.now + 120 * MINUTE,
    );
    const ics = (token: string, bookingId: string) =>
      fetch(`${server.url}/p/${token}/calls/${bookingId}.ics`);

    const ok = await ics(school.guardianToken, own);
    expect(ok.status).toBe(200);
    expect(ok.headers.get('content-type')).toMatch(/^text\/calendar/);
    const body = await ok.text();
    expect(body).toMatch(/^BEGIN:VCALENDAR\r\n/);
    expect(body).toContain(`UID:${own}@happy-home-connect`);

    const refusals = [
      await ics(randomToken(), own), // wrong token
      await ics(school.guardianToken, theirs), // another family's call
      await ics(other.guardianToken, own), // the other way round
      await ics(school.guardianToken, '6f1c2d3e-4b5a-4c6d-8e7f-8091a2b3c4d5'), // no such call
    ];
    const texts = await Promise.all(refusals.map((response) => response.text()));
    expect(refusals.map((response) => response.status)).toEqual([404, 404, 404, 404]);
    expect(new Set(texts).size).toBe(1);
    expect(texts[0]).toContain('This link does not work any more.');
    expect(texts[0]).not.toContain(other.childName);
  });
});

describe('guessing links', () => {
  it('slows wrong guesses per address, but never refuses a right link or credential', async () => {
    // A server of its own: the limit counts every wrong link, credential and session from this address.
    const own = await startDomainServer();
    try {
      for (let i = 0; i < 30; i++) {
        expect(await connectRefused(own.server.url, { guardianToken: randomToken() })).toMatchObject({
          code: 'INVALID_LINK',
        });
      }
      // Past the limit, wrong guesses are told to wait (and answered late)...
      const limited = { code: 'RATE_LIMITED', message: expect.any(String) };
      expect(await connectRefused(own.server.url, { guardianToken: randomToken() })).toEqual(limited);
      expect(await connectRefused(own.server.url, { kioskCredential: randomToken() })).toEqual(limited);
      expect(await connectRefused(own.server.url, { staffSession: randomToken() })).toEqual(limited);
      const wrongIcs = await fetch(`${own.server.url}/p/${randomToken()}/calls/${own.school.bookingId}.ics`);
      expect(wrongIcs.status).toBe(429);

      // ...while the rightful owners behind the same address get in at once: the parent's link, the
      // school's kiosk, the page's data and the calendar file.
      const parent = await connect(own.server.url, { guardianToken: own.school.guardianToken });
      expect((await requestOk(parent, 'session:whoami', {})).guardian?.guardianId).toBe(
        own.school.guardianId,
      );
      parent.disconnect();
      const kiosk = await connect(own.server.url, { kioskCredential: own.school.kioskCredential });
      expect((await requestOk(kiosk, 'session:whoami', {})).kiosk?.kioskId).toBe(own.school.kioskId);
      kiosk.disconnect();
      const ics = await fetch(
        `${own.server.url}/p/${own.school.guardianToken}/calls/${own.school.bookingId}.ics`,
      );
      expect(ics.status).toBe(200);

      own.server.clock.now += 5 * MINUTE;
      expect(await connectRefused(own.server.url, { guardianToken: randomToken() })).toMatchObject({
        code: 'INVALID_LINK',
      });
    } finally {
      await own.server.stop();
    }
  });
});
