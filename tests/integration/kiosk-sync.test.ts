// The kiosk's call-log outbox end to end: a real kiosk call log (SQLite file,
// as the Electron main process keeps it) syncs through the real server into
// its database, at least once and without duplicates.
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { randomUUID } from 'node:crypto';
import Database from 'better-sqlite3';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { CallLog } from '../../electron/src/callLog/CallLog';
import { createKioskApi } from '../../common/kiosk/ipc';
import { startTestServer, type TestServer } from '../support/testServer';
import { openBooking, seedSchool, type SchoolFixture } from '../support/fixtures';
import { connect, rawRequest, requestOk, type TestSocket } from '../support/socketClient';
import { createIpcHandlers, invokeHandler } from '../../electron/src/ipc';
import { openKioskServices } from '../../electron/src/services';
import { fakeBlocker, fakeCipher } from '../../electron/src/testing';

let server: TestServer;
let school: SchoolFixture;
let kiosk: TestSocket;
let log: CallLog;
let api: ReturnType<typeof createKioskApi>;

function serverRows(): Array<{
  id: string;
  version: number;
  end_reason: string | null;
  feeling: string | null;
}> {
  const db = new Database(server.databaseFile, { readonly: true });
  try {
    return db
      .prepare('SELECT id, version, end_reason, feeling FROM kiosk_call_logs ORDER BY id')
      .all() as never;
  } finally {
    db.close();
  }
}

beforeAll(async () => {
  server = await startTestServer();
  school = await seedSchool(server.store, server.clock.now);
  kiosk = await connect(server.url, { kioskCredential: school.kioskCredential });
  const dataDir = fs.mkdtempSync(path.join(os.tmpdir(), 'hhc-kiosk-'));
  const services = openKioskServices({
    dataDir,
    cipher: fakeCipher(),
    powerSaveBlocker: fakeBlocker(),
    warn: () => undefined,
  });
  log = services.callLog;
  const handlers = createIpcHandlers({ serverUrl: server.url, appVersion: 'test' }, services);
  api = createKioskApi((channel, input) => invokeHandler(handlers, channel, input));
});

afterAll(async () => {
  kiosk.disconnect();
  await server.stop();
});

/** What the kiosk page does on each sync: pending rows → server → receipt. */
async function syncOnce(): Promise<number> {
  const pending = await api.sync.pending({});
  if (!pending.ok || pending.value.length === 0) return 0;
  const { accepted } = await requestOk(kiosk, 'kiosk:sync-call-log', { rows: pending.value });
  const ack = await api.sync.ack({ accepted });
  return ack.ok ? ack.value.synced : 0;
}

describe('the kiosk call-log outbox', () => {
  it('arrives once, follows later changes, and never goes backwards', async () => {
    const started = await api.calls.start({
      bookingId: school.bookingId,
      childId: school.childId,
      guardianRelation: 'mother',
      scheduledStart: server.clock.now,
      scheduledEnd: server.clock.now + 3_600_000,
    });
    expect(started.ok).toBe(true);
    const attemptId = started.ok ? started.value.id : '';
    await api.calls.kioskJoined({ attemptId });
    expect(await syncOnce()).toBe(1);
    expect(await syncOnce()).toBe(0); // nothing waits any more
    expect(serverRows()).toMatchObject([{ id: attemptId, end_reason: null }]);

    // The call goes on: the changed row is sent again and replaces the older version.
    await api.calls.finish({ attemptId, reason: 'hung-up' });
    await api.calls.feeling({ attemptId, feeling: 'happy' });
    expect(await syncOnce()).toBe(1);
    const [row] = serverRows();
    expect(row).toMatchObject({ end_reason: 'hung-up', feeling: 'happy' });

    // A late resend of an old version (a retry that crossed the wire) changes nothing.
    const stale = { ...log.get(attemptId)!, version: 1, endReason: null, feeling: null };
    const resend = await requestOk(kiosk, 'kiosk:sync-call-log', { rows: [stale] });
    expect(resend.accepted).toEqual([{ id: attemptId, version: 1 }]);
    expect(serverRows()[0]).toMatchObject({ version: row!.version, end_reason: 'hung-up' });
  });

  it('accepts no row of another school’s booking and no other kiosk’s row id', async () => {
    const other = await seedSchool(server.store, server.clock.now, '另一所小学');
    const foreign = {
      ...log.get(log.recent({ limit: 1 })[0]!.id)!,
      id: randomUUID(),
      bookingId: other.bookingId,
      childId: other.childId,
    };
    expect((await requestOk(kiosk, 'kiosk:sync-call-log', { rows: [foreign] })).accepted).toEqual([]);
    const otherKiosk = await connect(server.url, { kioskCredential: other.kioskCredential });
    const teacher = (await server.store.staff.list(other.schoolId))[0]!;
    const theirBooking = await openBooking(
      server.store,
      {
        schoolId: other.schoolId,
        childId: other.childId,
        guardianId: other.guardianId,
        teacherId: teacher.id,
      },
      server.clock.now,
    );
    const ours = serverRows()[0]!;
    const hijack = { ...foreign, id: ours.id, bookingId: theirBooking, version: 999 };
    expect((await requestOk(otherKiosk, 'kiosk:sync-call-log', { rows: [hijack] })).accepted).toEqual([]);
    expect(serverRows()[0]).toMatchObject({ version: ours.version });
    otherKiosk.disconnect();
  });

  it('refuses malformed rows with BAD_REQUEST and rows from anyone but a kiosk', async () => {
    expect(await rawRequest(kiosk, 'kiosk:sync-call-log', { rows: [{ id: 'x' }] })).toMatchObject({
      error: { code: 'BAD_REQUEST' },
    });
    const parent = await connect(server.url, { guardianToken: school.guardianToken });
    const row = log.recent({ limit: 1 })[0]!;
    const { synced: _synced, ...plain } = row;
    expect(await rawRequest(parent, 'kiosk:sync-call-log', { rows: [plain] })).toMatchObject({
      error: { code: 'UNAUTHORIZED' },
    });
    parent.disconnect();
  });
});
