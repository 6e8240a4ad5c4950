// What a kiosk shows in child mode: the picture grid, the schedule (also
// cached for offline use), free slots and booking.
import { z } from 'zod';
import type { Booking, CallWindow, ClosedDate, GuardianRelation, School, Slot } from '../domain';
import { callAttemptSchema } from '../kiosk/callLog';
import { empty, idSchema, instantSchema } from './fields';
import { familyFields, type CallChild, type CallGuardian } from './family';

export const childModeRequests = {
  'kiosk:roster': empty,
  'kiosk:schedule': empty,
  'child:home': empty,
  'child:slots': empty,
  'child:book': z.object({ guardianId: idSchema, startAt: instantSchema, ...familyFields }).strict(),
  /** The kiosk's outbox: its local call-log rows, sent until the server has each version. */
  'kiosk:sync-call-log': z.object({ rows: z.array(callAttemptSchema).min(1).max(100) }).strict(),
} as const;

export interface RosterChild {
  id: string;
  displayName: string;
  className: string;
  avatar: string;
}

/** A booking as the kiosk shows it: who the call is with, never a phone number. */
export interface KioskBooking {
  id: string;
  childId: string;
  guardianId: string;
  guardianRelation: GuardianRelation;
  guardianName: string;
  startAt: number;
  endAt: number;
  status: Booking['status'];
  /** Everyone at the kiosk in this call (siblings), the lead child first. */
  children: CallChild[];
  /** Every guardian in this call, the lead guardian first. */
  guardians: CallGuardian[];
}

export interface ChildHome {
  child: RosterChild;
  /** The family's guardians: the child's own and its siblings' (any of them can be called). */
  guardians: Array<{ id: string; relation: GuardianRelation; displayName: string }>;
  /** Brothers and sisters at the same school, who may join the child's calls. */
  siblings: RosterChild[];
  bookings: KioskBooking[];
}

export interface ChildModeResponses {
  'kiosk:roster': { school: Pick<School, 'id' | 'name' | 'timeZone'>; children: RosterChild[] };
  'kiosk:schedule': {
    windows: CallWindow[];
    closedDates: ClosedDate[];
    bookings: KioskBooking[];
    generatedAt: number;
  };
  'child:home': ChildHome;
  'child:slots': { slots: Slot[]; timeZone: string };
  'child:book': { booking: KioskBooking };
  'kiosk:sync-call-log': { accepted: Array<{ id: string; version: number }> };
}
