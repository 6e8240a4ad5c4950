import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { manualClock, T0, tempDir } from '../testing';
import { openCallLog } from './CallLog';
import { createOutboxSync, type SendRows } from './syncOutbox';
import type { CallAttempt, NewCallAttempt } from '@hhc/common/kiosk/callLog';

const booking: NewCallAttempt = {
  bookingId: '5f0c3f5e-8a4b-4c1e-9a7d-1b2c3d4e5f60',
  childId: '0b7e1f0a-2c3d-4e5f-8a9b-0c1d2e3f4a5b',
  guardianRelation: 'father',
  scheduledStart: T0,
  scheduledEnd: T0 + 900_000,
};

function setup(options: { batchSize?: number } = {}) {
  const clock = manualClock();
  const log = openCallLog(path.join(tempDir(), 'calls.sqlite'), { now: clock.now });
  // random() = 1 makes the jittered delay its full value, so the test can name it.
  const sync = createOutboxSync(log, { now: clock.now, random: () => 1, baseDelayMs: 1_000, ...options });
  return { clock, log, sync };
}

/** A server that keeps what it accepts, keyed like the real one: row id + version. */
function fakeServer() {
  const received = new Map<string, CallAttempt>();
  const send: SendRows = async (rows) => {
    for (const row of rows) received.set(`${row.id}@${row.version}`, row);
    return { acceptedIds: rows.map((row) => row.id) };
  };
  return { received, send };
}

describe('syncOutbox', () => {
  it('sends every pending row in batches and empties the outbox', async () => {
    const { log, sync } = setup({ batchSize: 2 });
    const ids = [1, 2, 3, 4, 5].map(() => log.startAttempt(booking).id);
    const server = fakeServer();
    const report = await sync.syncOutbox(server.send);
    expect(report).toMatchObject({ status: 'done', sent: 5, synced: 5, pending: 0 });
    expect([...server.received.keys()].sort()).toEqual(ids.map((id) => `${id}@1`).sort());
    expect(await sync.syncOutbox(server.send)).toMatchObject({ sent: 0, pending: 0 });
    log.close();
  });

  it('keeps a row that changed while it was being sent, and sends the new version next time', async () => {
    const { log, sync } = setup();
    const { id } = log.startAttempt(booking);
    const server = fakeServer();
    const report = await sync.syncOutbox(async (rows) => {
      log.markKioskJoined(id); // the call goes on while the send is in flight
      return server.send(rows);
    });
    expect(report).toMatchObject({ sent: 2, synced: 1, changedMeanwhile: 1, pending: 0 });
    // Version 1 was accepted but not marked synced; the run re-read the row and sent version 2 too.
    expect(server.received.has(`${id}@1`)).toBe(true);
    expect(server.received.has(`${id}@2`)).toBe(true);
    log.close();
  });

  it('loses nothing when the send fails, and backs off before trying again', async () => {
    const { clock, log, sync } = setup();
    log.startAttempt(booking);
    log.startAttempt(booking);
    const failing: SendRows = () => Promise.reject(new Error('ECONNRESET 10.0.0.1'));

    expect(await sync.syncOutbox(failing)).toMatchObject({
      status: 'failed',
      pending: 2,
      nextAttemptAt: T0 + 1_000,
    });
    expect(await sync.syncOutbox(fakeServer().send)).toMatchObject({
      status: 'waiting',
      sent: 0,
      pending: 2,
    });
    clock.advance(1_000);
    expect(await sync.syncOutbox(failing)).toMatchObject({ status: 'failed', nextAttemptAt: T0 + 3_000 });
    expect(sync.state().consecutiveFailures).toBe(2);
    clock.advance(2_000);
    expect(await sync.syncOutbox(async () => ({ acceptedIds: 'all' }) as never)).toMatchObject({
      status: 'failed',
      pending: 2,
    });
    clock.advance(4_000);
    expect(await sync.syncOutbox(fakeServer().send)).toMatchObject({ status: 'done', synced: 2, pending: 0 });
    expect(sync.state()).toEqual({ consecutiveFailures: 0, nextAttemptAt: 0 });
    log.close();
  });

  it('treats a send that never answers as failed', async () => {
    const clock = manualClock();
    const log = openCallLog(path.join(tempDir(), 'calls.sqlite'), { now: clock.now });
    const sync = createOutboxSync(log, { now: clock.now, sendTimeoutMs: 20 });
    log.startAttempt(booking);
    expect(await sync.syncOutbox(() => new Promise(() => undefined))).toMatchObject({
      status: 'failed',
      pending: 1,
    });
    log.close();
  });

  it('does not let one refused row hold back the others, and never trusts ids it did not send', async () => {
    const { clock, log, sync } = setup();
    const poison = log.startAttempt(booking).id;
    const fine = log.startAttempt(booking).id;
    const stranger = '11111111-2222-4333-8444-555555555555';
    const report = await sync.syncOutbox(async (rows) => ({
      acceptedIds: [...rows.map((row) => row.id).filter((id) => id !== poison), stranger],
    }));
    expect(report).toMatchObject({ status: 'done', synced: 1, refused: 1, pending: 1 });
    expect(log.get(fine)).toBeDefined();
    // The refused row waits for its own backoff, then goes again.
    expect(log.pendingSync(10)).toEqual([]);
    clock.advance(1_000);
    expect(log.pendingSync(10).map((entry) => entry.row.id)).toEqual([poison]);
    log.close();
  });

  it('shares one run between callers that overlap', async () => {
    const { log, sync } = setup();
    log.startAttempt(booking);
    let calls = 0;
    const send: SendRows = async (rows) => {
      calls += 1;
      await new Promise((resolve) => setTimeout(resolve, 10));
      return { acceptedIds: rows.map((row) => row.id) };
    };
    const [a, b] = await Promise.all([sync.syncOutbox(send), sync.syncOutbox(send)]);
    expect(a).toBe(b);
    expect(calls).toBe(1);
    log.close();
  });
});
