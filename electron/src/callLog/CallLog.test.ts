import path from 'node:path';
import Database from 'better-sqlite3';
import { describe, expect, it } from 'vitest';
import { ErrorCode } from '@hhc/common/result';
import { manualClock, T0, tempDir } from '../testing';
import { openCallLog } from './CallLog';
import { callAttemptSchema, type NewCallAttempt } from '@hhc/common/kiosk/callLog';

const booking: NewCallAttempt = {
  bookingId: '5f0c3f5e-8a4b-4c1e-9a7d-1b2c3d4e5f60',
  childId: '0b7e1f0a-2c3d-4e5f-8a9b-0c1d2e3f4a5b',
  guardianRelation: 'mother',
  scheduledStart: T0,
  scheduledEnd: T0 + 15 * 60_000,
};

function setup() {
  const clock = manualClock();
  const file = path.join(tempDir(), 'calls.sqlite');
  const log = openCallLog(file, { now: clock.now });
  return { clock, file, log };
}

describe('CallLog', () => {
  it('writes each step of a call as it happens', () => {
    const { clock, file, log } = setup();
    const started = log.startAttempt(booking);
    expect(started).toMatchObject({ ...booking, version: 1, endReason: null, createdAt: T0, updatedAt: T0 });
    expect(started.quality).toEqual({
      samples: 0,
      avgBitrateKbps: null,
      worstBitrateKbps: null,
      avgPacketLossPct: null,
      worstPacketLossPct: null,
      audioOnlyUsed: false,
    });

    log.markKioskJoined(started.id);
    clock.advance(20_000);
    log.markParentJoined(started.id);
    clock.advance(5_000);
    log.recordQuality(started.id, { bitrateKbps: 800, packetLossPct: 1, audioOnly: false });
    log.recordQuality(started.id, { bitrateKbps: 200, packetLossPct: 9, audioOnly: true });
    log.recordQuality(started.id, { bitrateKbps: 500, packetLossPct: 2, audioOnly: false });
    clock.advance(600_000);
    log.markParentLeft(started.id);
    clock.advance(1_000);
    const finished = log.finish(started.id, 'hung-up');
    const withFeeling = log.setFeeling(started.id, 'happy');

    expect(finished).toMatchObject({
      kioskJoinedAt: T0,
      parentJoinedAt: T0 + 20_000,
      parentLeftAt: T0 + 625_000,
      kioskLeftAt: T0 + 626_000,
      endReason: 'hung-up',
    });
    expect(finished.quality).toEqual({
      samples: 3,
      avgBitrateKbps: 500,
      worstBitrateKbps: 200,
      avgPacketLossPct: 4,
      worstPacketLossPct: 9,
      audioOnlyUsed: true,
    });
    expect(withFeeling).toMatchObject({ feeling: 'happy', version: 9, updatedAt: T0 + 626_000 });

    // Every step was committed: a second connection (as after a restart) sees the lot.
    const other = new Database(file, { readonly: true });
    const row = other.prepare('SELECT * FROM call_attempts WHERE id = ?').get(started.id) as Record<
      string,
      unknown
    >;
    expect(row).toMatchObject({ end_reason: 'hung-up', feeling: 'happy', version: 9, quality_samples: 3 });
    other.close();
    log.close();
  });

  it('keeps the first join and lets a parent who dropped come back', () => {
    const { clock, log } = setup();
    const { id } = log.startAttempt(booking);
    log.markKioskJoined(id);
    log.markParentJoined(id);
    clock.advance(60_000);
    log.markParentLeft(id);
    clock.advance(10_000);
    const back = log.markParentJoined(id);
    expect(back).toMatchObject({ parentJoinedAt: T0, parentLeftAt: null });
    // A repeated event changes nothing, so it bumps no version and sends nothing new.
    expect(log.markKioskJoined(id).version).toBe(back.version);
    clock.advance(60_000);
    expect(log.finish(id, 'slot-ended')).toMatchObject({
      parentLeftAt: T0 + 130_000,
      kioskLeftAt: T0 + 130_000,
    });
    log.close();
  });

  it('refuses call events after the end, unknown ids, and a call that ends before it starts', () => {
    const { log } = setup();
    const { id } = log.startAttempt(booking);
    log.finish(id, 'parent-no-show');
    expect(() => log.markParentJoined(id)).toThrow(expect.objectContaining({ code: ErrorCode.Conflict }));
    expect(() => log.finish(id, 'hung-up')).toThrow(expect.objectContaining({ code: ErrorCode.Conflict }));
    expect(log.setFeeling(id, 'sad').feeling).toBe('sad'); // the face comes after the call
    expect(log.setFeeling(id, null).feeling).toBeNull();
    expect(() => log.markKioskJoined('nope')).toThrow(expect.objectContaining({ code: ErrorCode.NotFound }));
    expect(() => log.startAttempt({ ...booking, scheduledEnd: booking.scheduledStart })).toThrow(
      expect.objectContaining({ code: ErrorCode.BadRequest }),
    );
    log.close();
  });

  it('closes attempts a crash left open at the time of their last write', () => {
    const { clock, file, log } = setup();
    const { id } = log.startAttempt(booking);
    log.markKioskJoined(id);
    log.markParentJoined(id);
    clock.advance(90_000);
    log.recordQuality(id, { bitrateKbps: 600, packetLossPct: 0, audioOnly: false });
    const never = log.startAttempt(booking);
    log.close();

    clock.advance(3_600_000);
    const next = openCallLog(file, { now: clock.now });
    const closed = next.closeInterrupted();
    expect(closed.map((row) => row.id).sort()).toEqual([id, never.id].sort());
    expect(next.get(id)).toMatchObject({
      endReason: 'interrupted',
      kioskLeftAt: T0 + 90_000,
      parentLeftAt: T0 + 90_000,
    });
    expect(next.get(never.id)).toMatchObject({
      endReason: 'interrupted',
      kioskLeftAt: null,
      parentLeftAt: null,
    });
    expect(next.closeInterrupted()).toEqual([]);
    next.close();
  });

  it('lists recent calls for teacher mode, filtered by date and child', () => {
    const { log } = setup();
    const otherChild = '9a8b7c6d-5e4f-4a3b-8c2d-1e0f9a8b7c6d';
    const day = 24 * 3_600_000;
    const ids = [0, 1, 2].map(
      (n) =>
        log.startAttempt({ ...booking, scheduledStart: T0 + n * day, scheduledEnd: T0 + n * day + 900_000 })
          .id,
    );
    const other = log.startAttempt({ ...booking, childId: otherChild }).id;
    expect(
      log
        .recent()
        .map((row) => row.id)
        .slice(0, 2),
    ).toEqual([ids[2], ids[1]]);
    expect(log.recent()).toHaveLength(4);
    expect(log.recent({ from: T0 + day, to: T0 + 3 * day }).map((row) => row.id)).toEqual([ids[2], ids[1]]);
    expect(log.recent({ childId: otherChild }).map((row) => row.id)).toEqual([other]);
    expect(log.recent({ limit: 1 })).toHaveLength(1);
    expect(log.recent()[0]).toMatchObject({ synced: false });
    log.close();
  });
});

describe('CallLog outbox', () => {
  it('enqueues every change and forgets a row only when its sent version is still current', () => {
    const { log } = setup();
    const { id } = log.startAttempt(booking);
    let [entry] = log.pendingSync(10);
    expect(entry).toMatchObject({ row: { id, version: 1 }, failures: 0 });

    // The row changes while version 1 is on its way: the late acknowledgement must not drop version 2.
    log.markKioskJoined(id);
    expect(log.markSynced(id, 1)).toBe(false);
    [entry] = log.pendingSync(10);
    expect(entry?.row.version).toBe(2);
    expect(log.markSynced(id, 2)).toBe(true);
    expect(log.pendingSync(10)).toEqual([]);
    expect(log.recent()[0]).toMatchObject({ synced: true });

    // A later change puts it back.
    log.setFeeling(id, 'ok');
    expect(log.pendingSync(10).map((e) => e.row.version)).toEqual([3]);
    log.close();
  });

  it('holds back refused rows until their retry time, and a change makes them due again', () => {
    const { clock, log } = setup();
    const a = log.startAttempt(booking).id;
    clock.advance(1);
    const b = log.startAttempt(booking).id;
    log.markSyncRefused(a, T0 + 60_000);
    expect(log.pendingSync(10).map((e) => e.row.id)).toEqual([b]);
    expect(log.pendingSync(10, T0 + 60_000).map((e) => e.row.id)).toEqual([a, b]);
    expect(log.pendingSync(1, T0 + 60_000)).toHaveLength(1);
    expect(log.pendingSync(10, T0 + 60_000)[0]?.failures).toBe(1);
    log.markKioskJoined(a);
    expect(log.pendingSync(10).map((e) => e.row.id)).toEqual([a, b]);
    expect(log.pendingCount()).toBe(2);
    log.close();
  });

  it('retention deletes only old rows the server already has', () => {
    const { clock, log } = setup();
    const oldSynced = log.startAttempt(booking);
    const oldPending = log.startAttempt(booking);
    clock.advance(40 * 24 * 3_600_000);
    const recentSynced = log.startAttempt(booking);
    log.markSynced(oldSynced.id, oldSynced.version);
    log.markSynced(recentSynced.id, recentSynced.version);

    expect(log.deleteOlderThan(clock.now() - 30 * 24 * 3_600_000)).toBe(1);
    expect(log.get(oldSynced.id)).toBeUndefined();
    expect(log.get(oldPending.id)).toBeDefined();
    expect(log.get(recentSynced.id)).toBeDefined();
    log.close();
  });
});

describe('CallLog activities', () => {
  it('records the activities a call used, bumps the version and queues the row for the server', () => {
    const { clock, log } = setup();
    const started = log.startAttempt(booking);
    expect(started.activities).toEqual([]);
    log.markKioskJoined(started.id);
    const [sent] = log.pendingSync(10).map((entry) => entry.row);
    log.markSynced(sent!.id, sent!.version);
    expect(log.pendingCount()).toBe(0);

    const read = log.recordActivities(started.id, ['book']);
    expect(read.activities).toEqual(['book']);
    expect(read.version).toBe(sent!.version + 1);
    expect(log.pendingCount()).toBe(1);
    // The same list again changes nothing and sends nothing new.
    expect(log.recordActivities(started.id, ['book']).version).toBe(read.version);
    clock.advance(5 * 60_000);
    log.recordActivities(started.id, ['book', 'draw']);
    const finished = log.finish(started.id, 'hung-up');
    expect(finished.activities).toEqual(['book', 'draw']);
    expect(log.recent()[0]!.activities).toEqual(['book', 'draw']);
    // What the outbox sends passes the server's schema.
    expect(callAttemptSchema.safeParse(log.pendingSync(10)[0]!.row).success).toBe(true);
    // A finished call is not changed any more.
    expect(() => log.recordActivities(started.id, ['cards'])).toThrow(/already ended/);
    log.close();
  });
});
