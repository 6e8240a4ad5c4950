// Kiosks through the real server: a kiosk sees and joins only its own
// school's calls and children; a pairing code pairs exactly one kiosk; a
// revoked kiosk is cut off at once; the roster never carries a secret or a phone.
import { afterAll, afterEach, beforeAll, describe, expect, it } from 'vitest';
import type { RtpCapabilities } from '../../common/mediaSchemas';
import type { SchoolFixture } from '../support/fixtures';
import { seedSchool } from '../support/fixtures';
import { addFamily, BASE, createAdmin, MINUTE, startDomainServer, type Account } from '../support/domain';
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
let schoolA: SchoolFixture;
let schoolB: SchoolFixture;
let admin: Account;
let capabilities: RtpCapabilities;
const opened: TestSocket[] = [];

async function track(socket: Promise<TestSocket>): Promise<TestSocket> {
  const connected = await socket;
  opened.push(connected);
  return connected;
}
const kioskOf = (school: SchoolFixture) =>
  track(connect(server.url, { kioskCredential: school.kioskCredential }));

beforeAll(async () => {
  ({ server, school: schoolA } = await startDomainServer());
  schoolB = await seedSchool(server.store, BASE, '幸福小学');
  admin = await createAdmin(server.store);
  const probe = await kioskOf(schoolA);
  capabilities = (await requestOk(probe, 'call:capabilities', {})).routerRtpCapabilities;
});

afterEach(async () => {
  for (const socket of opened.splice(0)) socket.disconnect();
  await expect.poll(() => server.rooms.counts().rooms).toBe(0);
});

afterAll(async () => {
  await server.stop();
});

describe('a kiosk of another school', () => {
  it('cannot join the call, read the roster or the schedule, or log in a child of the first school', async () => {
    const kioskB = await kioskOf(schoolB);
    const joinA = await request(kioskB, 'call:join', {
      bookingId: schoolA.bookingId,
      rtpCapabilities: capabilities,
    });
    expect(joinA).toEqual({ ok: false, error: { code: 'NOT_FOUND', message: 'Call not found.' } });
    expect(server.rooms.get(schoolA.bookingId)).toBeUndefined();

    const roster = await requestOk(kioskB, 'kiosk:roster', {});
    expect(roster.school.id).toBe(schoolB.schoolId);
    expect(roster.children.map((child) => child.id)).toEqual([schoolB.childId]);
    const schedule = await requestOk(kioskB, 'kiosk:schedule', {});
    expect(schedule.bookings.map((booking) => booking.id)).toEqual([schoolB.bookingId]);
    expect(schedule.windows.every((window) => window.schoolId === schoolB.schoolId)).toBe(true);
    expect(JSON.stringify([roster, schedule])).not.toContain(schoolA.childId);

    // The same answer as a wrong PIN: nothing tells that the child exists elsewhere.
    const login = await request(kioskB, 'child:login', { childId: schoolA.childId, pin: schoolA.pin });
    expect(login).toMatchObject({ ok: false, error: { code: 'INVALID_CREDENTIALS' } });
  });

  it('while the first school’s own kiosk joins the same call', async () => {
    const kioskA = await kioskOf(schoolA);
    const joined = await requestOk(kioskA, 'call:join', {
      bookingId: schoolA.bookingId,
      rtpCapabilities: capabilities,
    });
    expect(joined.self).toMatchObject({ role: 'kiosk', displayName: '小明' });
  });
});

describe('pairing a kiosk', () => {
  it('works once per code; the code is typed loosely; the credential then signs the kiosk in', async () => {
    const adminSocket = await track(connectAsTeacher(server.url, admin));
    const created = await requestOk(adminSocket, 'admin:kiosk-create', {
      schoolId: schoolA.schoolId,
      name: '2 号机',
    });
    expect(created.expiresAt).toBe(server.clock.now + 30 * MINUTE);

    const first = await track(connect(server.url));
    // People type codes in lower case with a dash in the middle.
    const typed = `${created.pairingCode.slice(0, 4)}-${created.pairingCode.slice(4)}`.toLowerCase();
    const paired = await requestOk(first, 'kiosk:pair', { code: typed });
    expect(paired).toMatchObject({ kioskId: created.kioskId, school: { id: schoolA.schoolId } });
    expect((await requestOk(first, 'session:whoami', {})).kiosk?.kioskId).toBe(created.kioskId);

    const second = await track(connect(server.url));
    expect(await request(second, 'kiosk:pair', { code: created.pairingCode })).toMatchObject({
      ok: false,
      error: { code: 'INVALID_CREDENTIALS' },
    });
    expect((await requestOk(second, 'session:whoami', {})).kiosk).toBeUndefined();

    const signedIn = await track(connect(server.url, { kioskCredential: paired.credential }));
    expect((await requestOk(signedIn, 'kiosk:roster', {})).school.id).toBe(schoolA.schoolId);
    const kiosks = await requestOk(adminSocket, 'kiosk:list', { schoolId: schoolA.schoolId });
    expect(kiosks.find((kiosk) => kiosk.id === created.kioskId)).toMatchObject({
      paired: true,
      revoked: false,
    });
  });

  it('refuses a code once it has expired', async () => {
    const adminSocket = await track(connectAsTeacher(server.url, admin));
    const created = await requestOk(adminSocket, 'admin:kiosk-create', {
      schoolId: schoolB.schoolId,
      name: '3 号机',
    });
    server.clock.now = created.expiresAt;
    const socket = await track(connect(server.url));
    expect(await request(socket, 'kiosk:pair', { code: created.pairingCode })).toMatchObject({
      ok: false,
      error: { code: 'INVALID_CREDENTIALS' },
    });
  });
});

describe('revoking a kiosk', () => {
  it('disconnects it now and refuses its credential at the next handshake', async () => {
    const adminSocket = await track(connectAsTeacher(server.url, admin));
    const created = await requestOk(adminSocket, 'admin:kiosk-create', {
      schoolId: schoolB.schoolId,
      name: '4 号机',
    });
    const pairing = await track(connect(server.url));
    const { credential } = await requestOk(pairing, 'kiosk:pair', { code: created.pairingCode });
    pairing.disconnect();

    const kiosk = await track(connect(server.url, { kioskCredential: credential }));
    const otherKiosk = await kioskOf(schoolB);
    const cutOff = new Promise<string>((resolve) => kiosk.once('disconnect', resolve));

    // A teacher may not revoke kiosks; the admin may.
    const teacher = await track(connectAsTeacher(server.url, schoolB.teacher));
    expect(await request(teacher, 'admin:kiosk-revoke', { kioskId: created.kioskId })).toMatchObject({
      ok: false,
      error: { code: 'UNAUTHORIZED' },
    });
    await requestOk(adminSocket, 'admin:kiosk-revoke', { kioskId: created.kioskId });
    expect(await cutOff).toBe('io server disconnect');

    expect(await connectRefused(server.url, { kioskCredential: credential })).toEqual({
      code: 'INVALID_CREDENTIALS',
      message: expect.any(String),
    });
    // Only that kiosk.
    expect(otherKiosk.connected).toBe(true);
    expect((await requestOk(otherKiosk, 'kiosk:roster', {})).school.id).toBe(schoolB.schoolId);
    const kiosks = await requestOk(adminSocket, 'kiosk:list', { schoolId: schoolB.schoolId });
    expect(kiosks.find((k) => k.id === created.kioskId)).toMatchObject({ paired: false, revoked: true });
    expect(await request(adminSocket, 'admin:kiosk-revoke', { kioskId: created.kioskId })).toMatchObject({
      ok: false,
      error: { code: 'NOT_FOUND' },
    });
  });
});

describe('the kiosk roster', () => {
  it('lists children with name, class and picture only: no PIN hash, no phone, no consent', async () => {
    const phone = '13912345678';
    const family = await addFamily(server.store, schoolA.schoolId, { phone });
    const kiosk = await kioskOf(schoolA);
    const roster = await requestOk(kiosk, 'kiosk:roster', {});
    expect(roster.children.map((child) => child.id).sort()).toEqual([schoolA.childId, family.childId].sort());
    for (const child of roster.children) {
      expect(Object.keys(child).sort()).toEqual(['avatar', 'className', 'displayName', 'id']);
    }
    const schedule = await requestOk(kiosk, 'kiosk:schedule', {});
    const text = JSON.stringify([roster, schedule]);
    expect(text).not.toContain(phone);
    expect(text).not.toMatch(/scrypt|pinHash|pin_hash|hasPin|consent/);
  });
});
