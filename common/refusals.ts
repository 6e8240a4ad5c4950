// Why the scheduling rules refuse a booking or a move. Sent with the
// BOOKING_REFUSED error as its `reason`, so that every screen can say it in
// the reader's own language (the message stays English, for logs).

export const bookingRefusals = [
  'CHILD_ARCHIVED',
  'NO_CONSENT',
  'GUARDIAN_NOT_OF_CHILD',
  'NOT_A_SLOT',
  'SLOT_FULL',
  'TOO_SOON',
  'IN_THE_PAST',
  'WEEKLY_LIMIT',
  'CHILD_BUSY',
  'GUARDIAN_BUSY',
  'KIOSK_BUSY',
  'PARENT_REQUESTS_OFF',
  'NOT_MOVABLE',
  'NOT_FOUND',
] as const;

export type RefusalReason = (typeof bookingRefusals)[number];
export type MoveRefusal = Exclude<RefusalReason, 'NOT_FOUND'>;
export type BookingRefusal = Exclude<MoveRefusal, 'NOT_MOVABLE'>;

export function isRefusalReason(value: unknown): value is RefusalReason {
  return typeof value === 'string' && (bookingRefusals as readonly string[]).includes(value);
}
