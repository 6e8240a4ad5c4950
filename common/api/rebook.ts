// "Same time next week" in one tap, from the kiosk's after-call screen (the
// logged-in child) or the parent's page after hanging up. The server works out
// the time in the school's zone and books it through the same rules and
// approval policy as any booking (a refusal says which rule).
import { z } from 'zod';
import type { BookingStatus } from '../domain';
import { idSchema } from './fields';

export const rebookRequests = {
  'booking:rebook': z.object({ bookingId: idSchema }).strict(),
} as const;

export interface RebookResponses {
  'booking:rebook': { booking: { id: string; startAt: number; endAt: number; status: BookingStatus } };
}
