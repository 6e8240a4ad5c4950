import { describe, expect, it } from 'vitest';
import { isMissedByParent } from './missed';

const known = (otherJoined: boolean, slotOver: boolean) =>
  ({ kind: 'known', outcome: { otherJoined, otherTried: otherJoined, slotOver } }) as const;

describe('a missed call on the kiosk', () => {
  it('is the slot ending, or the child giving up after waiting, with the parent never there', () => {
    expect(isMissedByParent({ reason: 'slot-ended', neverJoined: false }, known(false, true))).toBe(true);
    expect(isMissedByParent({ reason: 'hung-up', neverJoined: false }, known(false, false))).toBe(true);
    expect(isMissedByParent({ reason: 'parent-no-show', neverJoined: false }, known(false, true))).toBe(true);
  });

  it('is not a call the parent came to, nor one the kiosk never got into before the slot’s end', () => {
    expect(isMissedByParent({ reason: 'slot-ended', neverJoined: false }, known(true, true))).toBe(false);
    expect(isMissedByParent({ reason: 'hung-up', neverJoined: true }, known(false, false))).toBe(false);
  });

  it('is not a teacher’s change or a lost connection', () => {
    expect(isMissedByParent({ reason: 'booking-changed', neverJoined: false }, known(false, true))).toBe(
      false,
    );
    expect(isMissedByParent({ reason: 'connection-lost', neverJoined: false }, known(false, true))).toBe(
      false,
    );
  });

  it('falls back to the kiosk’s own log without the server, and waits while asking', () => {
    expect(isMissedByParent({ reason: 'parent-no-show', neverJoined: false }, { kind: 'unknown' })).toBe(
      true,
    );
    expect(isMissedByParent({ reason: 'slot-ended', neverJoined: false }, { kind: 'unknown' })).toBe(false);
    expect(isMissedByParent({ reason: 'parent-no-show', neverJoined: false }, { kind: 'loading' })).toBe(
      false,
    );
  });
});
