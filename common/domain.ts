// The school's domain as every side sees it: schools, children, guardians,
// weekly call windows, bookings. Instants are UTC epoch milliseconds; local
// calendar dates are 'YYYY-MM-DD' strings and times of day are minutes after
// local midnight, both in the school's IANA time zone.
import { z } from 'zod';

/** 'YYYY-MM-DD' in the school's time zone. */
export type LocalDate = string;
export const localDateSchema = z
  .string()
  .regex(/^\d{4}-\d{2}-\d{2}$/, 'date: YYYY-MM-DD')
  .refine((value) => {
    const [y, m, d] = value.split('-').map(Number) as [number, number, number];
    const date = new Date(Date.UTC(y, m - 1, d));
    return date.getUTCFullYear() === y && date.getUTCMonth() === m - 1 && date.getUTCDate() === d;
  }, 'not a calendar date');

/** ISO weekday: 1 = Monday … 7 = Sunday. */
export type Weekday = 1 | 2 | 3 | 4 | 5 | 6 | 7;
export const weekdaySchema = z
  .number()
  .int()
  .min(1)
  .max(7)
  .transform((value) => value as Weekday);

/** Minutes after local midnight, 0 … 1440 (1440 = the midnight that ends the day). */
export const minuteOfDaySchema = z.number().int().min(0).max(1440);

export const DEFAULT_TIME_ZONE = 'Asia/Shanghai';

export const guardianRelations = [
  'mother',
  'father',
  'grandmother',
  'grandfather',
  'aunt',
  'uncle',
  'sibling',
  'other',
] as const;
export type GuardianRelation = (typeof guardianRelations)[number];
export const guardianRelationSchema = z.enum(guardianRelations);

export const bookingStatuses = [
  'requested',
  'confirmed',
  'in_progress',
  'completed',
  'cancelled',
  'missed_by_child',
  'missed_by_parent',
] as const;
export type BookingStatus = (typeof bookingStatuses)[number];

/** Bookings that still hold their slot (and their child, guardian and kiosk). */
export const activeBookingStatuses: readonly BookingStatus[] = ['requested', 'confirmed', 'in_progress'];

export type BookingCreator = 'child' | 'staff' | 'guardian';

export interface SchoolPolicy {
  /** Bookings made by children wait for a teacher's approval. */
  childBookingsNeedApproval: boolean;
  /** Parents may ask for a slot from their link (a teacher confirms). */
  parentsMayRequest: boolean;
  /** A booking must start at least this long after it is made. */
  minNoticeMinutes: number;
  /** Calls per child per local week (Monday to Sunday), counting active and completed ones. */
  maxCallsPerChildPerWeek: number;
  /** A parent link may join this long before the slot starts. */
  joinEarlyMinutes: number;
}

export const defaultSchoolPolicy: SchoolPolicy = {
  childBookingsNeedApproval: false,
  parentsMayRequest: true,
  minNoticeMinutes: 30,
  maxCallsPerChildPerWeek: 2,
  joinEarlyMinutes: 10,
};

export interface School {
  id: string;
  name: string;
  timeZone: string;
  policy: SchoolPolicy;
}

export interface CallWindow {
  id: string;
  schoolId: string;
  weekday: Weekday;
  /** Minutes after local midnight. */
  startMinute: number;
  /** Minutes after local midnight, > startMinute, at most 1440. */
  endMinute: number;
  slotMinutes: number;
  /** Calls at once = kiosks available in the room. */
  capacity: number;
  validFrom: LocalDate;
  /** Inclusive; null = open-ended. */
  validUntil: LocalDate | null;
}

export interface ClosedDate {
  schoolId: string;
  date: LocalDate;
  reason: string;
}

/**
 * A family call: one kiosk place, up to this many children of one family in front of it
 * (siblings), and up to this many guardians, each on their own phone (so at most 4 peers).
 */
export const MAX_CHILDREN_PER_BOOKING = 3;
export const MAX_GUARDIANS_PER_BOOKING = 3;

export interface Booking {
  id: string;
  schoolId: string;
  /** The child who booked (or was booked first): childIds[0]. */
  childId: string;
  /** The guardian the booking was made with: guardianIds[0]. */
  guardianId: string;
  /** Every child in the call (siblings at one kiosk), the lead child first. */
  childIds: string[];
  /** Every guardian in the call, each joining with their own link, the lead guardian first. */
  guardianIds: string[];
  kioskId: string | null;
  startAt: number;
  endAt: number;
  status: BookingStatus;
  createdBy: { kind: BookingCreator; id: string };
  cancelReason: string | null;
  createdAt: number;
}

/** One bookable slot as shown to children, parents and teachers. */
export interface Slot {
  startAt: number;
  endAt: number;
  capacity: number;
  booked: number;
}
