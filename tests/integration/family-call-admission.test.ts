// A family call through the real server and SFU: two siblings at one kiosk,
// three guardians on their own links. Only the booking's guardians get in (any
// other link hears what a random id would), everyone receives everyone's
// media, and no second kiosk can take the place a booked guardian still needs.
import { randomUUID } from 'node:crypto';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { RtpCapabilities } from '../../common/mediaSchemas';
import { hashToken, randomToken } from '../../signaling-server/src/auth/secrets';
import { addFamily, teacherIdOf, type Family } from '../support/domain';
import { openBooking, pairAnotherKiosk, seedSchool, type SchoolFixture } from '../support/fixtures';
import { sendMic } from '../support/callClients';
import { connect, nextEvent, request, requestOk, type TestSocket } from '../support/socketClient';
import { startTestServer, type TestServer } from '../support/testServer';

let server: TestServer;
let school: SchoolFixture;
let sister: Family;
let stranger: Family;
let grandmaToken: string;
let bookingId: string;
let capabilities: RtpCapabilities;
const sockets: TestSocket[] = [];

async function client(auth: Parameters<typeof connect>[1]): Promise<TestSocket> {
  const socket = await connect(server.url, auth);
  sockets.push(socket);
  return socket;
}

const join = (socket: TestSocket, id = bookingId) =>
  request(socket, 'call:join', { bookingId: id, rtpCapabilities: capabilities });

beforeAll(async () => {
  server = await startTestServer();
  school = await seedSchool(server.store, server.clock.now);
  sister = await addFamily(server.store, school.schoolId, { name: '小红' });
  stranger = await addFamily(server.store, school.schoolId);
  await server.store.children.setFamily(school.childId, 'family-1');
  await server.store.children.setFamily(sister.childId, 'family-1');
  const grandma = await server.store.guardians.create({
    childId: school.childId,
    relation: 'grandmother',
    displayName: '奶奶',
    phone: null,
  });
  grandmaToken = randomToken();
  await server.store.guardians.setLink(grandma.id, hashToken(grandmaToken), server.clock.now);
  bookingId = await openBooking(
    server.store,
    { ...school, teacherId: await teacherIdOf(server.store, school.schoolId) },
    server.clock.now,
    60,
    { siblingIds: [sister.childId], alsoGuardianIds: [sister.guardianId, grandma.id] },
  );
  const probe = await connect(server.url, { kioskCredential: school.kioskCredential });
  capabilities = (await requestOk(probe, 'call:capabilities', {})).routerRtpCapabilities;
  probe.disconnect();
});

afterAll(async () => {
  for (const socket of sockets) socket.disconnect();
  await server.stop();
});

describe('a family call', () => {
  it('refuses a guardian who is not in the booking exactly like a booking that does not exist', async () => {
    const other = await client({ guardianToken: stranger.guardianToken });
    const notInIt = await join(other);
    const random = await join(other, randomUUID());
    expect(notInIt).toEqual({ ok: false, error: { code: 'NOT_FOUND', message: expect.any(String) } });
    expect(notInIt).toEqual(random);
  });

  it('admits the kiosk and every booked guardian, with media between all of them', async () => {
    const kiosk = await client({ kioskCredential: school.kioskCredential });
    const kioskJoin = await join(kiosk);
    if (!kioskJoin.ok) throw new Error(JSON.stringify(kioskJoin.error));
    // Siblings share one tile: both names, both pictures.
    expect(kioskJoin.value.self).toMatchObject({ role: 'kiosk', displayName: '小明、小红' });
    expect(kioskJoin.value.self.avatars).toHaveLength(2);
    const kioskAudio = await sendMic(kiosk, kioskJoin.value, 11111111);

    const mum = await client({ guardianToken: school.guardianToken });
    const mumJoin = await join(mum);
    if (!mumJoin.ok) throw new Error(JSON.stringify(mumJoin.error));
    expect(mumJoin.value.self).toMatchObject({ role: 'parent', displayName: '王丽', relation: 'mother' });
    expect(mumJoin.value.consumers.map((c) => c.producerId)).toEqual([kioskAudio.producerId]);

    const kioskHearsDad = nextEvent(kiosk, 'media:consumer-new');
    const mumHearsDad = nextEvent(mum, 'media:consumer-new');
    const dad = await client({ guardianToken: sister.guardianToken });
    const dadJoin = await join(dad);
    if (!dadJoin.ok) throw new Error(JSON.stringify(dadJoin.error));
    expect(dadJoin.value.peers.map((p) => p.role).sort()).toEqual(['kiosk', 'parent']);
    expect(dadJoin.value.peers.find((p) => p.role === 'parent')?.relation).toBe('mother');
    expect(dadJoin.value.consumers.map((c) => c.producerId)).toEqual([kioskAudio.producerId]);
    const dadAudio = await sendMic(dad, dadJoin.value, 22222222);
    expect((await kioskHearsDad).producerId).toBe(dadAudio.producerId);
    expect((await mumHearsDad).producerId).toBe(dadAudio.producerId);

    // Grandmother is booked but not in yet: a second kiosk of the school may not take her place.
    const secondKiosk = await client({
      kioskCredential: await pairAnotherKiosk(server.store, school.schoolId, server.clock.now),
    });
    expect(await join(secondKiosk)).toMatchObject({ ok: false, error: { code: 'ROOM_FULL' } });
    // Nor can a link outside the booking, whatever the room holds.
    expect(await join(await client({ guardianToken: stranger.guardianToken }))).toMatchObject({
      ok: false,
      error: { code: 'NOT_FOUND' },
    });

    const grandma = await client({ guardianToken: grandmaToken });
    const grandmaJoin = await join(grandma);
    expect(grandmaJoin).toMatchObject({ ok: true });
    expect(server.rooms.counts()).toMatchObject({ rooms: 1, peers: 4 });

    // Full, yet grandmother's link on another phone replaces her own place.
    const replaced = nextEvent(grandma, 'call:closed');
    const grandmaAgain = await join(await client({ guardianToken: grandmaToken }));
    expect(grandmaAgain).toMatchObject({ ok: true });
    expect((await replaced).reason).toBe('replaced');
    expect(server.rooms.counts()).toMatchObject({ rooms: 1, peers: 4 });
  });
});
