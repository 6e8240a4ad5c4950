// Missed calls and unheard messages through the real server: after a call,
// the family asks whether the other side ever came (call:outcome) and nobody
// else may; teacher mode lists the school's messages and the guardians'
// consents for messages (with who recorded them) and nothing of another
// school; the report "missed their last two calls" says how many of the
// child's messages the family has not heard, and can keep only those.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { webmOpus } from '../support/audio';
import { hashToken, randomToken } from '../../signaling-server/src/auth/secrets';
import { openBooking, seedSchool, type SchoolFixture } from '../support/fixtures';
import { addFamily, at, DAY, placeBooking, startDomainServer, type Family } from '../support/domain';
import { connect, connectAsTeacher, request, requestOk, type TestSocket } from '../support/socketClient';
import type { TestServer } from '../support/testServer';

let server: TestServer;
let school: SchoolFixture;
let other: SchoolFixture;
let neighbour: Family;
let teacher: TestSocket;
let otherTeacher: TestSocket;
let kiosk: TestSocket;
let otherKiosk: TestSocket;
let parent: TestSocket;
let neighbourParent: TestSocket;
const sockets: TestSocket[] = [];

const notFound = { ok: false, error: { code: 'NOT_FOUND', message: expect.any(String) } };

async function childMessage(family: { schoolId: string; childId: string }, heard = false) {
  const message = await server.store.messages.create(
    { ...family, guardianId: null, sender: 'child', mime: 'audio/webm', durationMs: 4_000 },
    webmOpus(4_000),
    server.clock.now,
  );
  if (heard) await server.store.messages.markHeard(message.id, server.clock.now);
  return message;
}

beforeAll(async () => {
  ({ server, school } = await startDomainServer());
  other = await seedSchool(server.store, server.clock.now, '另一所小学');
  neighbour = await addFamily(server.store, school.schoolId);
  teacher = await connectAsTeacher(server.url, school.teacher);
  otherTeacher = await connectAsTeacher(server.url, other.teacher);
  kiosk = await connect(server.url, { kioskCredential: school.kioskCredential });
  otherKiosk = await connect(server.url, { kioskCredential: other.kioskCredential });
  parent = await connect(server.url, { guardianToken: school.guardianToken });
  neighbourParent = await connect(server.url, { guardianToken: neighbour.guardianToken });
  sockets.push(teacher, otherTeacher, kiosk, otherKiosk, parent, neighbourParent);
});

afterAll(async () => {
  for (const socket of sockets) socket.disconnect();
  await server.stop();
});

describe('a call’s outcome', () => {
  it('tells each side whether the other came, from the call records', async () => {
    const bookingId = await placeBooking(server.store, school, at(DAY, '16:00'));
    server.clock.now = at(DAY, '16:02');
    expect(await requestOk(parent, 'call:outcome', { bookingId })).toEqual({
      otherJoined: false,
      otherTried: false,
      slotOver: false,
    });
    // The kiosk tried but its media never connected: an attempt, not joining.
    const attempt = await server.store.callRecords.open(bookingId, 'kiosk', at(DAY, '16:03'));
    await server.store.callRecords.close(attempt.id, at(DAY, '16:04'), 'could-not-connect');
    await server.store.callRecords.open(bookingId, 'parent', at(DAY, '16:05'));
    server.clock.now = at(DAY, '16:15');
    expect(await requestOk(parent, 'call:outcome', { bookingId })).toEqual({
      otherJoined: false,
      otherTried: true,
      slotOver: true,
    });
    expect(await requestOk(kiosk, 'call:outcome', { bookingId })).toEqual({
      otherJoined: true,
      otherTried: true,
      slotOver: true,
    });
    await server.store.callRecords.open(bookingId, 'kiosk', at(DAY, '16:14'));
    expect(await requestOk(parent, 'call:outcome', { bookingId })).toMatchObject({ otherJoined: true });
  });

  it('reaches every guardian of a family call, each through their own link', async () => {
    const father = await server.store.guardians.create({
      childId: school.childId,
      relation: 'father',
      displayName: '李强',
      phone: null,
    });
    const token = randomToken();
    await server.store.guardians.setLink(father.id, hashToken(token), server.clock.now);
    const fatherLink = await connect(server.url, { guardianToken: token });
    sockets.push(fatherLink);
    const teacherId = (await server.store.staff.list(school.schoolId))[0]!.id;
    const solo = await placeBooking(server.store, school, at(DAY, '17:00'));
    const family = await openBooking(server.store, { ...school, teacherId }, at(DAY, '17:30'), 15, {
      alsoGuardianIds: [father.id],
    });
    expect(await requestOk(fatherLink, 'call:outcome', { bookingId: family })).toMatchObject({
      otherJoined: false,
    });
    expect(await request(fatherLink, 'call:outcome', { bookingId: solo })).toEqual(notFound);
  });

  it('reaches only the booking’s family: not another family’s link, another school’s kiosk or a teacher', async () => {
    const bookingId = await placeBooking(server.store, school, at(DAY, '16:30'));
    expect(await request(neighbourParent, 'call:outcome', { bookingId })).toEqual(notFound);
    expect(await request(otherKiosk, 'call:outcome', { bookingId })).toEqual(notFound);
    expect(await request(teacher, 'call:outcome', { bookingId })).toMatchObject({
      ok: false,
      error: { code: 'UNAUTHORIZED' },
    });
    expect(
      await request(parent, 'call:outcome', { bookingId: '00000000-0000-4000-8000-000000000000' }),
    ).toEqual(notFound);
  });
});

describe('teacher mode’s messages', () => {
  it('lists the school’s messages with their child, and nothing of another school', async () => {
    const mine = await childMessage(school);
    const theirs = await childMessage(other);
    const { messages } = await requestOk(teacher, 'message:school-list', { schoolId: school.schoolId });
    const ids = messages.map((message) => message.id);
    expect(ids).toContain(mine.id);
    expect(ids).not.toContain(theirs.id);
    expect(messages.find((message) => message.id === mine.id)).toEqual({
      id: mine.id,
      childId: school.childId,
      sender: 'child',
      guardian: null,
      durationMs: 4_000,
      createdAt: mine.createdAt,
      heardAt: null,
    });
    expect(await request(otherTeacher, 'message:school-list', { schoolId: school.schoolId })).toEqual(
      notFound,
    );
    expect(await request(parent, 'message:school-list', { schoolId: school.schoolId })).toMatchObject({
      ok: false,
      error: { code: 'UNAUTHORIZED' },
    });
  });

  it('shows each guardian’s consent for messages with the teacher who recorded it', async () => {
    const mother = async () =>
      (await requestOk(teacher, 'message:consent-list', { childId: school.childId })).find(
        (row) => row.guardianId === school.guardianId,
      );
    expect(await mother()).toEqual({ guardianId: school.guardianId, date: null, recordedBy: null });
    await requestOk(teacher, 'message:consent', { guardianId: school.guardianId, date: '2030-06-01' });
    const me = (await server.store.staff.list(school.schoolId))[0]!;
    expect(await mother()).toEqual({
      guardianId: school.guardianId,
      date: '2030-06-01',
      recordedBy: me.displayName,
    });
    expect(await request(otherTeacher, 'message:consent-list', { childId: school.childId })).toEqual(
      notFound,
    );
    await requestOk(teacher, 'message:consent', { guardianId: school.guardianId, date: null });
    expect(await mother()).toEqual({ guardianId: school.guardianId, date: null, recordedBy: null });
  });
});

describe('the report of guardians who missed their last two calls', () => {
  it('says how many of the child’s messages the family has not heard, and can keep only those', async () => {
    // Both families (and another school's) missed their last two calls.
    const families = [
      school,
      other,
      { schoolId: school.schoolId, childId: neighbour.childId, guardianId: neighbour.guardianId },
    ];
    for (const family of families)
      for (const day of ['2030-05-20', '2030-05-27']) {
        const id = await placeBooking(server.store, family, at(day, '16:00'));
        await server.store.bookings.setStatus(id, ['confirmed'], 'missed_by_parent', at(day, '16:15'));
      }
    await childMessage(other);
    // The neighbour's child left a message the family heard; ours left unheard ones (one above).
    await childMessage({ schoolId: school.schoolId, childId: neighbour.childId }, true);
    await childMessage(school);
    const all = await requestOk(teacher, 'report:missed-guardians', { schoolId: school.schoolId });
    expect(all.map((row) => [row.childId, row.unheardChildMessages]).sort()).toEqual(
      [
        [school.childId, 2],
        [neighbour.childId, 0],
      ].sort(),
    );
    const unheard = await requestOk(teacher, 'report:missed-guardians', {
      schoolId: school.schoolId,
      unheardOnly: true,
    });
    expect(unheard.map((row) => row.guardianId)).toEqual([school.guardianId]);
    const csv = await requestOk(teacher, 'report:csv', {
      schoolId: school.schoolId,
      report: 'missed-guardians',
    });
    expect(csv.csv).toContain('未听的孩子留言');
    expect(
      await request(otherTeacher, 'report:missed-guardians', {
        schoolId: school.schoolId,
        unheardOnly: true,
      }),
    ).toEqual(notFound);
  });
});
