// What a kiosk shows in child mode: the picture grid, the schedule (also
// cached for offline use), free slots and booking.
import { z } from 'zod';
import type { Booking, CallWindow, ClosedDate, GuardianRelation, School, Slot } from '../domain';
import { callAttemptSchema } from '../kiosk/callLog';
import { empty, idSchema, instantSchema } from './fields';

export const childModeRequests = {
  'kiosk:roster': empty,
  'kiosk:schedule': empty,
  'child:home': empty,
  'child:slots': empty,
  'child:book': z.object({ guardianId: idSchema, startAt: instantSchema }).strict(),
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
}

export interface ChildHome {
  child: RosterChild;
  guardians: Array<{ id: string; relation: GuardianRelation; displayName: string }>;
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
