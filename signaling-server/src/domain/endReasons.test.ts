import { describe, expect, it } from 'vitest';
import type { CallRecord } from '@hhc/common/records';
import { minutesTogether } from '../store/sql/calls';
import { COULD_NOT_CONNECT, recordedEndReason, wasInCall } from './endReasons';

const MINUTE = 60_000;
const record = (
  participant: CallRecord['participant'],
  joinedAt: number,
  leftAt: number,
  endReason: string,
) => ({
  id: `${participant}-${joinedAt}`,
  bookingId: 'b',
  participant,
  joinedAt,
  leftAt,
  endReason,
});

describe('a side whose media never connected', () => {
  it('is recorded as could-not-connect whatever ended it, once it tried', () => {
    expect(recordedEndReason({ mediaAttempted: true, mediaConnected: false }, 'left')).toBe(
      COULD_NOT_CONNECT,
    );
    expect(recordedEndReason({ mediaAttempted: true, mediaConnected: false }, 'media-timeout')).toBe(
      COULD_NOT_CONNECT,
    );
    expect(recordedEndReason({ mediaAttempted: true, mediaConnected: true }, 'left')).toBe('left');
    // Never sent its DTLS parameters: it did not try media, so the room's own reason stands.
    expect(recordedEndReason({ mediaAttempted: false, mediaConnected: false }, 'media-timeout')).toBe(
      'media-timeout',
    );
  });

  it('adds no minutes: only the time both sides were really connected counts', () => {
    const failed = record('parent', 0, 2 * MINUTE, COULD_NOT_CONNECT);
    expect(wasInCall(failed)).toBe(false);
    const kiosk = record('kiosk', 0, 15 * MINUTE, 'slot-ended');
    const parent = record('parent', 5 * MINUTE, 15 * MINUTE, 'slot-ended');
    expect(minutesTogether([kiosk, failed], 15 * MINUTE)).toBe(0);
    expect(minutesTogether([kiosk, failed, parent], 15 * MINUTE)).toBe(10);
  });
});
