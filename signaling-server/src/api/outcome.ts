// After a call: did the other side ever come? Read from the call records
// (what the server saw), not from the asking client, so a kiosk that
// reconnected mid-call or a parent who reloaded still get the truth. Only the
// booking's family may ask; anyone else hears NOT_FOUND, as for a booking
// that does not exist.
import { AppError, ErrorCode } from '@hhc/common/result';
import { wasInCall } from '../domain/endReasons';
import type { HandlerTable } from './context';

const notFound = () => new AppError(ErrorCode.NotFound, 'Booking not found.');

export const outcomeHandlers: HandlerTable<'call:outcome'> = {
  'call:outcome': {
    access: 'call',
    run: async (context, { bookingId }) => {
      const { principal } = context.socket.data;
      const booking = await context.store.bookings.get(bookingId);
      if (!booking) throw notFound();
      let other: 'kiosk' | 'parent';
      if (principal.guardian) {
        // The same rule as joining the call (api/calls.ts): only the links of the booking's own guardians.
        if (!booking.guardianIds.includes(principal.guardian.guardianId)) throw notFound();
        other = 'kiosk';
      } else if (principal.kiosk) {
        if (principal.kiosk.schoolId !== booking.schoolId) throw notFound();
        if (booking.kioskId !== null && booking.kioskId !== principal.kiosk.kioskId) throw notFound();
        other = 'parent';
      } else throw notFound();
      const records = await context.store.callRecords.listForBooking(booking.id);
      const theirs = records.filter((record) => record.participant === other);
      return {
        otherJoined: theirs.some(wasInCall),
        otherTried: theirs.length > 0,
        slotOver: context.now() >= booking.endAt,
      };
    },
  },
};
