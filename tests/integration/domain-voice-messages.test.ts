// Voice messages through the real server: a teacher records a guardian's
// consent for messages; a child logged in at the kiosk sends one over HTTP
// with a ticket; only that family (the guardians who consented) and the
// school's teachers can list and play it; the parent answers; bad uploads are
// refused with a code and store nothing; a stranger's ticket gets nothing;
// housekeeping deletes messages older than the school's retention.
import { pino } from 'pino';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { UploadRefusal } from '../../common/api/messages';
import { hashToken, randomToken } from '../../signaling-server/src/auth/secrets';
import { startHousekeeping } from '../../signaling-server/src/housekeeping';
import { oggOpus, webmOpus } from '../support/audio';
import { seedSchool, type SchoolFixture } from '../support/fixtures';
import {
  addFamily,
  countRows,
  MINUTE,
  snapshotDatabase,
  startDomainServer,
  type Family,
} from '../support/domain';
import { pacer, prng } from '../support/fuzz';
import { connect, connectAsTeacher, request, requestOk, type TestSocket } from '../support/socketClient';
import type { TestServer } from '../support/testServer';

let server: TestServer;
let school: SchoolFixture;
let other: SchoolFixture;
let neighbour: Family;
let teacher: TestSocket;
let otherTeacher: TestSocket;
let kiosk: TestSocket;
let parent: TestSocket;
let secondParent: TestSocket;
let neighbourParent: TestSocket;
const sockets: TestSocket[] = [];

const DAY_MS = 86_400_000;

async function upload(socket: TestSocket, body: Buffer, durationMs: number) {
  const ticket = await requestOk(socket, 'message:upload-ticket', {});
  return post(`${ticket.url}&durationMs=${durationMs}`, body);
}

async function post(path: string, body: Buffer) {
  const response = await fetch(`${server.url}${path}`, { method: 'POST', body });
  return { status: response.status, body: (await response.json()) as Record<string, unknown> };
}

async function play(socket: TestSocket, messageId: string) {
  const ticket = await requestOk(socket, 'message:play-ticket', { messageId });
  const response = await fetch(`${server.url}${ticket.url}`);
  return {
    status: response.status,
    type: response.headers.get('content-type'),
    bytes: Buffer.from(await response.arrayBuffer()),
  };
}

const refused = (reason: UploadRefusal) => ({
  ok: false,
  error: { code: 'UPLOAD_REFUSED', message: expect.any(String), reason },
});

const messageCount = () => countRows(server.database, 'voice_messages');

beforeAll(async () => {
  ({ server, school } = await startDomainServer());
  other = await seedSchool(server.store, server.clock.now, '另一所小学');
  neighbour = await addFamily(server.store, school.schoolId);
  const second = await server.store.guardians.create({
    childId: school.childId,
    relation: 'father',
    displayName: '李强',
    phone: null,
  });
  const secondToken = randomToken();
  await server.store.guardians.setLink(second.id, hashToken(secondToken), server.clock.now);

  teacher = await connectAsTeacher(server.url, school.teacher);
  otherTeacher = await connectAsTeacher(server.url, other.teacher);
  kiosk = await connect(server.url, { kioskCredential: school.kioskCredential });
  await requestOk(kiosk, 'child:login', { childId: school.childId, pin: school.pin });
  parent = await connect(server.url, { guardianToken: school.guardianToken });
  secondParent = await connect(server.url, { guardianToken: secondToken });
  neighbourParent = await connect(server.url, { guardianToken: neighbour.guardianToken });
  sockets.push(teacher, otherTeacher, kiosk, parent, secondParent, neighbourParent);
});

afterAll(async () => {
  for (const socket of sockets) socket.disconnect();
  await server.stop();
});

describe('voice messages', () => {
  it('need the guardian’s consent for messages, which only a teacher of the school records', async () => {
    expect(await requestOk(kiosk, 'message:list', {})).toEqual({
      canSend: false,
      maxSeconds: 60,
      messages: [],
    });
    expect(await request(kiosk, 'message:upload-ticket', {})).toMatchObject({
      ok: false,
      error: { code: 'UNAUTHORIZED' },
    });
    expect(
      await request(otherTeacher, 'message:consent', { guardianId: school.guardianId, date: '2030-06-01' }),
    ).toMatchObject({ ok: false, error: { code: 'NOT_FOUND' } });
    expect(
      await requestOk(teacher, 'message:consent', { guardianId: school.guardianId, date: '2030-06-01' }),
    ).toEqual({ guardianId: school.guardianId, consentAt: '2030-06-01' });
    expect(await requestOk(kiosk, 'message:list', {})).toMatchObject({ canSend: true });
    expect(await requestOk(parent, 'message:list', {})).toMatchObject({ canSend: true, maxSeconds: 180 });
    // The second guardian has not consented: cannot send, will not hear.
    expect(await requestOk(secondParent, 'message:list', {})).toMatchObject({ canSend: false });
    expect(await requestOk(teacher, 'message:settings', { schoolId: school.schoolId })).toEqual({
      allowed: true,
      videoAllowed: false,
      retentionDays: 30,
    });
  });

  it('reach only their family and the school’s teachers, and the answer comes back', async () => {
    const recording = webmOpus(5_000);
    const sent = await upload(kiosk, recording, 5_100);
    expect(sent).toEqual({
      status: 201,
      body: { ok: true, value: { id: expect.any(String), durationMs: 5_000 } },
    });
    const id = (sent.body.value as { id: string }).id;

    const seen = await requestOk(parent, 'message:list', {});
    expect(seen.messages).toEqual([
      { id, sender: 'child', guardian: null, durationMs: 5_000, createdAt: server.clock.now, heardAt: null },
    ]);
    expect(await play(parent, id)).toEqual({ status: 200, type: 'audio/webm', bytes: recording });
    expect(await play(teacher, id)).toMatchObject({ status: 200 });
    // Not the guardian without consent, not another family, not another school.
    expect((await requestOk(secondParent, 'message:list', {})).messages).toEqual([]);
    expect((await requestOk(neighbourParent, 'message:list', {})).messages).toEqual([]);
    for (const stranger of [secondParent, neighbourParent, otherTeacher]) {
      expect(await request(stranger, 'message:play-ticket', { messageId: id })).toMatchObject({
        ok: false,
        error: { code: 'NOT_FOUND' },
      });
    }
    expect(await request(otherTeacher, 'message:child-list', { childId: school.childId })).toMatchObject({
      ok: false,
      error: { code: 'NOT_FOUND' },
    });
    expect(await request(kiosk, 'message:heard', { messageId: id })).toMatchObject({
      ok: false,
      error: { code: 'CONFLICT' },
    });
    server.clock.now += MINUTE;
    expect(await requestOk(parent, 'message:heard', { messageId: id })).toEqual({
      heardAt: server.clock.now,
    });

    // A bedtime story of two minutes, from Firefox's Ogg.
    const story = oggOpus(120_000);
    const answer = await upload(parent, story, 120_000);
    expect(answer.status).toBe(201);
    const answerId = (answer.body.value as { id: string }).id;
    const home = await requestOk(kiosk, 'message:list', {});
    expect(home.messages[0]).toMatchObject({
      id: answerId,
      sender: 'guardian',
      guardian: { id: school.guardianId, relation: 'mother', displayName: '王丽' },
      durationMs: 120_000,
      heardAt: null,
    });
    expect(await play(kiosk, answerId)).toEqual({ status: 200, type: 'audio/ogg', bytes: story });
    expect(await requestOk(kiosk, 'message:heard', { messageId: answerId })).toEqual({
      heardAt: server.clock.now,
    });
    // The other guardian never sees this guardian's answer.
    expect((await requestOk(secondParent, 'message:list', {})).messages).toEqual([]);
    expect(
      (await requestOk(teacher, 'message:child-list', { childId: school.childId })).messages,
    ).toHaveLength(2);
  });

  it('refuses bad uploads with a code and stores nothing', async () => {
    const before = await messageCount();
    const webm = webmOpus(3_000);
    const cases: Array<[TestSocket, Buffer, number, number, UploadRefusal]> = [
      [kiosk, Buffer.concat([webm, Buffer.alloc(600 * 1024)]), 3_000, 413, 'too-large'],
      [kiosk, webmOpus(62_000), 62_000, 422, 'too-long'],
      [kiosk, webmOpus(62_000), 59_000, 422, 'too-long'],
      [parent, oggOpus(182_000), 182_000, 422, 'too-long'],
      [kiosk, Buffer.from('ID3\u0004 this is an mp3'), 3_000, 415, 'wrong-type'],
      [
        kiosk,
        Buffer.from([0, 0, 0, 0x20, 0x66, 0x74, 0x79, 0x70, 0x4d, 0x34, 0x41]),
        3_000,
        415,
        'wrong-type',
      ],
      [kiosk, webmOpus(3_000, 'V_VP8'), 3_000, 415, 'wrong-type'],
      [kiosk, webm.subarray(0, webm.length - 5), 3_000, 422, 'malformed'],
      // A declared length far from what the file holds.
      [kiosk, webm, 40_000, 422, 'malformed'],
    ];
    for (const [socket, body, durationMs, status, reason] of cases) {
      const result = await upload(socket, body, durationMs);
      expect({ reason, status: result.status, body: result.body }).toEqual({
        reason,
        status,
        body: refused(reason),
      });
    }
    // Metadata that fails its schema: no duration, or a negative one.
    const ticket = await requestOk(kiosk, 'message:upload-ticket', {});
    expect((await post(ticket.url, webm)).body).toMatchObject({ ok: false, error: { code: 'BAD_REQUEST' } });
    expect((await post(`${ticket.url}&durationMs=-5`, webm)).status).toBe(400);
    // A ticket is good for one upload only.
    expect((await post(`${ticket.url}&durationMs=3000`, webm)).status).toBe(201);
    expect(await post(`${ticket.url}&durationMs=3000`, webm)).toEqual({
      status: 403,
      body: refused('bad-ticket'),
    });
    expect(await messageCount()).toBe(before + 1);
  });

  it('gives a stranger’s ticket nothing', async () => {
    const before = await messageCount();
    const forged = 'A'.repeat(43);
    expect((await post(`/messages/upload?ticket=${forged}&durationMs=3000`, webmOpus(3_000))).body).toEqual(
      refused('bad-ticket'),
    );
    const audio = await fetch(`${server.url}/messages/audio?ticket=${forged}`);
    expect(audio.status).toBe(404);
    expect(await audio.json()).toMatchObject({ ok: false, error: { code: 'NOT_FOUND' } });
    expect((await fetch(`${server.url}/messages/audio`)).status).toBe(404);
    // A play ticket is not an upload ticket.
    const [message] = (await requestOk(parent, 'message:list', {})).messages;
    const playTicket = await requestOk(parent, 'message:play-ticket', { messageId: message!.id });
    const asUpload = playTicket.url.replace('/messages/audio', '/messages/upload');
    expect((await post(`${asUpload}&durationMs=3000`, webmOpus(3_000))).status).toBe(403);
    expect(await messageCount()).toBe(before);
  });

  it('changes nothing stored for random tickets, metadata and bodies', async () => {
    const before = await snapshotDatabase(server.database);
    const r = prng(1414);
    const junk = () =>
      r.pick(['', 'A'.repeat(43), '%00', '../../etc/passwd', '-1', '1e309', 'x'.repeat(300), '😀']);
    for (let i = 0; i < 40; i++) {
      const query = `ticket=${encodeURIComponent(junk())}&durationMs=${encodeURIComponent(junk())}${r.next() < 0.3 ? `&${junk()}=1` : ''}`;
      const body =
        r.next() < 0.5
          ? webmOpus(1_000)
          : Buffer.from(Array.from({ length: r.int(2_000) }, () => r.int(256)));
      const response = await fetch(`${server.url}/messages/${r.pick(['upload', 'audio'])}?${query}`, {
        method: r.pick(['POST', 'GET']),
        ...(r.next() < 0.5 ? {} : { body }),
      }).catch(() => undefined);
      if (response) expect([400, 403, 404]).toContain(response.status);
    }
    expect(await snapshotDatabase(server.database)).toEqual(before);
  });

  it('lets a teacher delete one, and housekeeping deletes those past the school’s retention', async () => {
    const list = await requestOk(teacher, 'message:child-list', { childId: school.childId });
    const doomed = list.messages.at(-1)!;
    expect(await request(otherTeacher, 'message:delete', { messageId: doomed.id })).toMatchObject({
      ok: false,
      error: { code: 'NOT_FOUND' },
    });
    expect(await requestOk(teacher, 'message:delete', { messageId: doomed.id })).toEqual({ deleted: true });
    expect((await requestOk(parent, 'message:list', {})).messages.map((m) => m.id)).not.toContain(doomed.id);

    const remaining = await messageCount();
    expect(remaining).toBeGreaterThan(0);
    const playTicket = await requestOk(parent, 'message:play-ticket', {
      messageId: (await requestOk(parent, 'message:list', {})).messages[0]!.id,
    });
    await requestOk(teacher, 'message:settings', { schoolId: school.schoolId, retentionDays: 7 });
    // Six days on, nothing is old enough; eight days on, housekeeping finds everything is.
    expect(await server.store.messages.deleteExpired(server.clock.now + 6 * DAY_MS)).toBe(0);
    expect(await messageCount()).toBe(remaining);
    const stop = startHousekeeping({
      store: server.store,
      calls: server.calls,
      now: () => server.clock.now + 8 * DAY_MS,
      log: pino({ level: 'silent' }),
    });
    await expect.poll(messageCount, { timeout: 5_000 }).toBe(0);
    stop();
    expect(await countRows(server.database, 'message_tickets')).toBe(0);
    expect((await fetch(`${server.url}${playTicket.url}`)).status).toBe(404);
  });

  it('caps the tickets a family can hold, so a looping client cannot fill the table', async () => {
    const pace = pacer();
    const answers: string[] = [];
    for (let i = 0; i < 40; i++) {
      await pace();
      const result = await request(kiosk, 'message:upload-ticket', {});
      answers.push(result.ok ? 'ok' : result.error.code);
    }
    expect(answers.filter((answer) => answer === 'ok')).toHaveLength(30);
    expect(answers.slice(30)).toEqual(Array(10).fill('RATE_LIMITED'));
    expect(await countRows(server.database, 'message_tickets')).toBe(30);
  });
});
