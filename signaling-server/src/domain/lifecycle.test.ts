import { describe, expect, it } from 'vitest';
import { bookingStatuses, defaultSchoolPolicy } from '@hhc/common/domain';
import type { BookingStatus } from '@hhc/common/domain';
import { KIOSK_JOIN_EARLY_MINUTES, canJoin, nextStatus } from './lifecycle';
import type { BookingEvent } from './lifecycle';

const approve: BookingEvent = { type: 'approve' };
const cancel: BookingEvent = { type: 'cancel', reason: 'Sick today' };
const start: BookingEvent = { type: 'start' };
const ended = (kioskJoined: boolean, parentJoined: boolean): BookingEvent => ({
  type: 'slot-ended',
  kioskJoined,
  parentJoined,
});

const result = (from: BookingStatus, event: BookingEvent) => {
  const r = nextStatus(from, event);
  return r.ok ? r.status : 'REFUSED';
};

describe('nextStatus', () => {
  it('moves a request through approval', () => {
    expect(result('requested', approve)).toBe('confirmed');
    expect(result('requested', cancel)).toBe('cancelled');
    expect(result('requested', start)).toBe('REFUSED');
    expect(result('requested', ended(true, true))).toBe('cancelled'); // never approved
    expect(result('requested', ended(false, false))).toBe('cancelled');
  });

  it('runs a confirmed call', () => {
    expect(result('confirmed', approve)).toBe('REFUSED');
    expect(result('confirmed', cancel)).toBe('cancelled');
    expect(result('confirmed', start)).toBe('in_progress');
  });

  it('treats a second start as a no-op and refuses cancelling a running call', () => {
    expect(result('in_progress', start)).toBe('in_progress');
    expect(result('in_progress', cancel)).toBe('REFUSED');
    expect(result('in_progress', approve)).toBe('REFUSED');
  });

  it.each(['confirmed', 'in_progress'] as const)('decides who missed a %s call', (from) => {
    expect(result(from, ended(true, true))).toBe('completed');
    expect(result(from, ended(true, false))).toBe('missed_by_parent');
    expect(result(from, ended(false, true))).toBe('missed_by_child');
    expect(result(from, ended(false, false))).toBe('missed_by_child');
  });

  it.each(['completed', 'cancelled', 'missed_by_child', 'missed_by_parent'] as const)(
    'accepts nothing once %s',
    (from) => {
      for (const event of [approve, cancel, start, ended(true, true), ended(false, false)]) {
        const r = nextStatus(from, event);
        expect(r.ok).toBe(false);
        if (!r.ok) expect(r.message).toMatch(/\w/);
      }
    },
  );

  it('gives every refusal a message', () => {
    for (const from of bookingStatuses) {
      for (const event of [approve, cancel, start, ended(true, true)]) {
        const r = nextStatus(from, event);
        if (!r.ok) expect(r.message.length).toBeGreaterThan(0);
      }
    }
  });

  it('throws on a status that is not in the list', () => {
    expect(() => nextStatus('lost' as BookingStatus, approve)).toThrow(/booking status/);
  });
});

describe('canJoin', () => {
  const startAt = Date.UTC(2025, 2, 7, 8, 0);
  const endAt = startAt + 30 * 60_000;
  const confirmed = { status: 'confirmed' as BookingStatus, startAt, endAt };
  const policy = defaultSchoolPolicy; // parents may join 10 minutes early
  const MIN = 60_000;

  it('lets a parent in from joinEarlyMinutes before the start until the end', () => {
    expect(canJoin(confirmed, 'parent', startAt - 10 * MIN, policy)).toEqual({ ok: true });
    expect(canJoin(confirmed, 'parent', startAt - 10 * MIN - 1, policy)).toEqual({
      ok: false,
      reason: 'TOO_EARLY',
    });
    expect(canJoin(confirmed, 'parent', endAt - 1, policy)).toEqual({ ok: true });
    expect(canJoin(confirmed, 'parent', endAt, policy)).toEqual({ ok: false, reason: 'ENDED' });
    expect(canJoin(confirmed, 'parent', startAt, { joinEarlyMinutes: 0 })).toEqual({ ok: true });
    expect(canJoin(confirmed, 'parent', startAt - 1, { joinEarlyMinutes: 0 })).toMatchObject({ ok: false });
  });

  it('lets the kiosk in five minutes early whatever the policy says', () => {
    expect(KIOSK_JOIN_EARLY_MINUTES).toBe(5);
    expect(canJoin(confirmed, 'kiosk', startAt - 5 * MIN, policy)).toEqual({ ok: true });
    expect(canJoin(confirmed, 'kiosk', startAt - 5 * MIN - 1, policy)).toEqual({
      ok: false,
      reason: 'TOO_EARLY',
    });
    expect(canJoin(confirmed, 'kiosk', startAt - 5 * MIN, { joinEarlyMinutes: 0 })).toEqual({ ok: true });
    expect(canJoin(confirmed, 'kiosk', endAt, policy)).toEqual({ ok: false, reason: 'ENDED' });
  });

  it('lets people rejoin a call in progress', () => {
    const running = { ...confirmed, status: 'in_progress' as BookingStatus };
    expect(canJoin(running, 'parent', startAt + 10 * MIN, policy)).toEqual({ ok: true });
    expect(canJoin(running, 'kiosk', startAt + 10 * MIN, policy)).toEqual({ ok: true });
  });

  it('refuses calls that are not confirmed, or finished', () => {
    const at = startAt + MIN;
    for (const status of ['requested', 'cancelled'] as const) {
      expect(canJoin({ ...confirmed, status }, 'parent', at, policy)).toEqual({
        ok: false,
        reason: 'NOT_CONFIRMED',
      });
    }
    for (const status of ['completed', 'missed_by_child', 'missed_by_parent'] as const) {
      expect(canJoin({ ...confirmed, status }, 'kiosk', at, policy)).toEqual({ ok: false, reason: 'ENDED' });
    }
  });
});
