// How a call went for the side asking, once it is over for them: whether the
// other side (the child's kiosk, or the family's phone) ever got into the call,
// and whether the slot is over. The after-call screens tell a missed call (a
// kind word, the next free times) from an ordinary ending with it. Only the
// booking's own family asks: the school's kiosk or the booking's guardian link.
import { z } from 'zod';
import { idSchema } from './fields';

export const outcomeRequests = {
  'call:outcome': z.object({ bookingId: idSchema }).strict(),
} as const;

export interface CallOutcome {
  /** The other side joined the call at some point (a failed attempt to connect does not count). */
  otherJoined: boolean;
  /** The other side tried to join (its media may never have connected): "came but could not connect". */
  otherTried: boolean;
  /** The booked slot is over (the server has ended the call, or will at once). */
  slotOver: boolean;
}

export interface OutcomeResponses {
  'call:outcome': CallOutcome;
}
