// A guardian taken out of a booking while its call runs leaves the call at
// once, not only at their next rejoin: they are sent out with the reason
// 'booking-changed' (as a cancelled or moved call is), and everyone else stays.
import type { Booking } from '@hhc/common/domain';
import { CallClosedReason } from '@hhc/common/api/calls';
import type { RoomRegistry } from '../calls/RoomRegistry';

/** A guardian's place in a call (api/calls.ts admission): `guardian:<id>`. */
const GUARDIAN_SEAT = 'guardian:';

/** Sends every guardian no longer in the booking out of its running call; returns their peer ids. */
export function closeRemovedGuardians(
  rooms: RoomRegistry,
  booking: Pick<Booking, 'id' | 'guardianIds'>,
): string[] {
  const room = rooms.get(booking.id);
  if (!room || room.isClosed) return [];
  const removed = [...room.peers.values()].filter(
    (peer) =>
      peer.role === 'parent' &&
      peer.seat.startsWith(GUARDIAN_SEAT) &&
      !booking.guardianIds.includes(peer.seat.slice(GUARDIAN_SEAT.length)),
  );
  for (const peer of removed) rooms.closePeer(booking.id, peer.id, CallClosedReason.BookingChanged);
  return removed.map((peer) => peer.id);
}
