// A guardian taken out of a family call while it runs leaves it at once
// (real server and SFU): they get call:closed 'booking-changed', their call
// record is closed, their link no longer rejoins, and the kiosk
// and the other guardian stay in the call.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { RtpCapabilities } from '../../common/mediaSchemas';
import { addFamily, type Family } from '../support/domain';
import { seedSchool, type SchoolFixture } from '../support/fixtures';
import { sendMic } from '../support/callClients';
import {
  connect,
  connectAsTeacher,
  nextEvent,
  request,
  requestOk,
  type TestSocket,
} from '../support/socketClient';
import { startTestServer, type TestServer } from '../support/testServer';

let server: TestServer;
let school: SchoolFixture;
let sister: Family;
let capabilities: RtpCapabilities;
const sockets: TestSocket[] = [];

async function client(auth: Parameters<typeof connect>[1]): Promise<TestSocket> {
  const socket = await connect(server.url, auth);
  sockets.push(socket);
  return socket;
}

async function joinWithAudio(socket: TestSocket, ssrc: number) {
  const answer = await requestOk(socket, 'call:join', {
    bookingId: school.bookingId,
    rtpCapabilities: capabilities,
  });
  await sendMic(socket, answer, ssrc);
  return answer.self.peerId;
}

beforeAll(async () => {
  server = await startTestServer();
  school = await seedSchool(server.store, server.clock.now);
  sister = await addFamily(server.store, school.schoolId, { name: '小红' });
  await server.store.children.setFamily(school.childId, 'family-1');
  await server.store.children.setFamily(sister.childId, 'family-1');
  const probe = await client({ kioskCredential: school.kioskCredential });
  capabilities = (await requestOk(probe, 'call:capabilities', {})).routerRtpCapabilities;
});

afterAll(async () => {
  for (const socket of sockets) socket.disconnect();
  await server.stop();
});

describe('taking a guardian out of a running family call', () => {
  it('sends only that guardian out, with booking-changed', async () => {
    const teacher = await connectAsTeacher(server.url, school.teacher);
    sockets.push(teacher);
    // The teacher makes the fixture's call a family call: the sister and her father join it.
    await requestOk(teacher, 'booking:set-people', {
      bookingId: school.bookingId,
      siblingIds: [sister.childId],
      alsoGuardianIds: [sister.guardianId],
    });

    const kiosk = await client({ kioskCredential: school.kioskCredential });
    const kioskPeer = await joinWithAudio(kiosk, 11111111);
    const mum = await client({ guardianToken: school.guardianToken });
    const mumPeer = await joinWithAudio(mum, 22222222);
    const dad = await client({ guardianToken: sister.guardianToken });
    const dadPeer = await joinWithAudio(dad, 33333333);
    expect(server.rooms.counts()).toMatchObject({ rooms: 1, peers: 3 });
    expect((await server.store.bookings.get(school.bookingId))?.status).toBe('in_progress');

    let mumClosed = false;
    let kioskClosed = false;
    mum.on('call:closed', () => (mumClosed = true));
    kiosk.on('call:closed', () => (kioskClosed = true));
    const dadClosed = nextEvent(dad, 'call:closed');
    const mumSeesDadLeave = nextEvent(mum, 'peer:left');
    const kioskSeesDadLeave = nextEvent(kiosk, 'peer:left');
    // The running call keeps its sister; only the father is taken out.
    const changed = await requestOk(teacher, 'booking:set-people', {
      bookingId: school.bookingId,
      siblingIds: [sister.childId],
      alsoGuardianIds: [],
    });
    expect(changed.guardianIds).toEqual([school.guardianId]);

    expect(await dadClosed).toEqual({ reason: 'booking-changed' });
    expect((await mumSeesDadLeave).peerId).toBe(dadPeer);
    expect((await kioskSeesDadLeave).peerId).toBe(dadPeer);
    const room = server.rooms.get(school.bookingId)!;
    expect([...room.peers.keys()].sort()).toEqual([kioskPeer, mumPeer].sort());
    expect(server.rooms.counts()).toMatchObject({ rooms: 1, peers: 2 });
    // A round trip on each socket: any call:closed sent to them would have arrived before its answer.
    await requestOk(mum, 'call:capabilities', {});
    await requestOk(kiosk, 'call:capabilities', {});
    expect(mumClosed).toBe(false);
    expect(kioskClosed).toBe(false);

    // The father's link no longer joins the call.
    expect(
      await request(dad, 'call:join', { bookingId: school.bookingId, rtpCapabilities: capabilities }),
    ).toMatchObject({ ok: false, error: { code: 'NOT_FOUND' } });
    // His call record is closed, the mother's still open. (Fake DTLS never connects media here,
    // so his record reads could-not-connect rather than booking-changed.)
    const records = await server.store.callRecords.listForBooking(school.bookingId);
    const parentEnds = records.filter((r) => r.participant === 'parent').map((r) => r.endReason);
    expect(parentEnds.sort()).toEqual(['could-not-connect', null].sort());
  });
});
