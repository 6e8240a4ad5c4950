// Teacher mode: roster, windows and closed dates, bookings, parent links,
// reports and privacy. Every request names the school (or a record in it) and
// is checked against the teacher's own school on the server.
import { z } from 'zod';
import {
  guardianRelationSchema,
  localDateSchema,
  minuteOfDaySchema,
  weekdaySchema,
  type Booking,
  type CallWindow,
  type ClosedDate,
  type School,
  type Slot,
} from '../domain';
import type { ChildExport, ChildRecord, GuardianRecord, KioskRecord, MonthlyChildSummary } from '../records';
import {
  idSchema,
  instantSchema,
  monthSchema,
  nameSchema,
  pinSchema,
  reasonSchema,
  timeZoneSchema,
} from './fields';
import { familyFields } from './family';

const bySchool = z.object({ schoolId: idSchema }).strict();
const byChild = z.object({ childId: idSchema }).strict();
const byGuardian = z.object({ guardianId: idSchema }).strict();
const byBooking = z.object({ bookingId: idSchema }).strict();
const phoneSchema = z.string().regex(/^1\d{10}$/, 'phone: 11-digit mobile number');
const avatarSchema = z.string().regex(/^[a-z0-9-]{1,32}$/, 'avatar: a picture name');

export const policySchema = z
  .object({
    childBookingsNeedApproval: z.boolean(),
    parentsMayRequest: z.boolean(),
    minNoticeMinutes: z
      .number()
      .int()
      .min(0)
      .max(7 * 24 * 60),
    maxCallsPerChildPerWeek: z.number().int().min(1).max(14),
    joinEarlyMinutes: z.number().int().min(0).max(60),
  })
  .strict();

const windowFields = z.object({
  weekday: weekdaySchema,
  startMinute: minuteOfDaySchema.max(1439),
  endMinute: minuteOfDaySchema.min(1),
  slotMinutes: z.number().int().min(5).max(240),
  capacity: z.number().int().min(1).max(100),
  validFrom: localDateSchema,
  validUntil: localDateSchema.nullable(),
});
const windowChecks = (w: { startMinute?: number; endMinute?: number }) =>
  w.startMinute === undefined || w.endMinute === undefined || w.endMinute > w.startMinute;

export const staffRequests = {
  'school:get': bySchool,
  'school:update': z
    .object({
      schoolId: idSchema,
      name: nameSchema.optional(),
      timeZone: timeZoneSchema.optional(),
      policy: policySchema.partial().strict().optional(),
    })
    .strict(),
  'child:list': z.object({ schoolId: idSchema, includeArchived: z.boolean().optional() }).strict(),
  'child:create': z
    .object({
      schoolId: idSchema,
      displayName: nameSchema,
      className: nameSchema,
      avatar: avatarSchema,
      pin: pinSchema.optional(),
    })
    .strict(),
  'child:update': z
    .object({
      childId: idSchema,
      displayName: nameSchema.optional(),
      className: nameSchema.optional(),
      avatar: avatarSchema.optional(),
      archived: z.boolean().optional(),
    })
    .strict(),
  'child:set-pin': z.object({ childId: idSchema, pin: pinSchema }).strict(),
  'child:record-consent': z
    .object({ childId: idSchema, date: localDateSchema, givenBy: nameSchema })
    .strict(),
  /** Records that the child is a sibling of another child of the school (same family), or, null, of nobody. */
  'child:set-family': z.object({ childId: idSchema, siblingOf: idSchema.nullable() }).strict(),
  'child:export': byChild,
  /** Deleting everything about a child needs its name typed again, so it never happens by a slip. */
  'child:delete': z.object({ childId: idSchema, confirmName: nameSchema }).strict(),
  'guardian:list': byChild,
  'guardian:create': z
    .object({
      childId: idSchema,
      relation: guardianRelationSchema,
      displayName: nameSchema,
      phone: phoneSchema.nullable().optional(),
    })
    .strict(),
  'guardian:update': z
    .object({
      guardianId: idSchema,
      relation: guardianRelationSchema.optional(),
      displayName: nameSchema.optional(),
      phone: phoneSchema.nullable().optional(),
    })
    .strict(),
  'guardian:delete': byGuardian,
  /** A new link (the old one stops working); the token is shown this once. */
  'link:regenerate': byGuardian,
  'link:revoke': byGuardian,
  'window:list': bySchool,
  'window:create': windowFields
    .extend({ schoolId: idSchema })
    .strict()
    .refine(windowChecks, 'end must be after start'),
  'window:update': windowFields
    .partial()
    .extend({ windowId: idSchema })
    .strict()
    .refine(windowChecks, 'end must be after start'),
  'window:delete': z.object({ windowId: idSchema }).strict(),
  'closed-date:list': bySchool,
  'closed-date:add': z
    .object({ schoolId: idSchema, date: localDateSchema, reason: z.string().trim().max(100) })
    .strict(),
  'closed-date:remove': z.object({ schoolId: idSchema, date: localDateSchema }).strict(),
  'booking:list': z.object({ schoolId: idSchema, from: instantSchema, to: instantSchema }).strict(),
  'booking:slots': z.object({ schoolId: idSchema, from: instantSchema, to: instantSchema }).strict(),
  'booking:create': z
    .object({
      childId: idSchema,
      guardianId: idSchema,
      startAt: instantSchema,
      kioskId: idSchema.nullable().optional(),
      ...familyFields,
    })
    .strict(),
  /** Who is in a booking: the lead child and guardian stay, the others are replaced by these. */
  'booking:set-people': z.object({ bookingId: idSchema, ...familyFields }).strict(),
  'booking:approve': byBooking,
  'booking:move': z.object({ bookingId: idSchema, startAt: instantSchema }).strict(),
  'booking:cancel': z.object({ bookingId: idSchema, reason: reasonSchema }).strict(),
  'report:monthly': z.object({ schoolId: idSchema, month: monthSchema }).strict(),
  'report:inactive': z
    .object({ schoolId: idSchema, days: z.number().int().min(1).max(365).optional() })
    .strict(),
  /** `unheardOnly`: only those who have not listened to the child's message either. */
  'report:missed-guardians': z.object({ schoolId: idSchema, unheardOnly: z.boolean().optional() }).strict(),
  'report:csv': z
    .object({
      schoolId: idSchema,
      report: z.enum(['monthly', 'inactive', 'missed-guardians']),
      month: monthSchema.optional(),
    })
    .strict(),
  'roster:import': z.object({ schoolId: idSchema, csv: z.string().max(512 * 1024) }).strict(),
  'kiosk:list': bySchool,
} as const;

export interface ParentLink {
  guardianId: string;
  token: string;
  /** Path of the parent page; the server's public address goes in front. */
  path: string;
  /** The whole link, when the server knows the address phones reach it at (HHC_PUBLIC_URL). */
  url?: string;
}

export interface ImportReport {
  childrenCreated: number;
  guardiansCreated: number;
  rejected: Array<{ line: number; reason: string }>;
}

type Done = Record<string, never>;

export interface StaffResponses {
  'school:get': School;
  'school:update': School;
  'child:list': ChildRecord[];
  'child:create': ChildRecord;
  'child:update': ChildRecord;
  'child:set-pin': Done;
  'child:record-consent': ChildRecord;
  'child:set-family': ChildRecord;
  'child:export': ChildExport;
  'child:delete': Done;
  'guardian:list': GuardianRecord[];
  'guardian:create': GuardianRecord;
  'guardian:update': GuardianRecord;
  'guardian:delete': Done;
  'link:regenerate': ParentLink;
  'link:revoke': Done;
  'window:list': CallWindow[];
  'window:create': CallWindow;
  'window:update': CallWindow;
  'window:delete': Done;
  'closed-date:list': ClosedDate[];
  'closed-date:add': Done;
  'closed-date:remove': Done;
  'booking:list': Booking[];
  'booking:slots': Slot[];
  'booking:create': Booking;
  'booking:set-people': Booking;
  'booking:approve': Booking;
  'booking:move': Booking;
  'booking:cancel': Booking;
  'report:monthly': MonthlyChildSummary[];
  'report:inactive': Array<{
    childId: string;
    displayName: string;
    className: string;
    lastCallAt: number | null;
  }>;
  'report:missed-guardians': Array<{
    guardianId: string;
    childId: string;
    displayName: string;
    relation: string;
    childName: string;
    /** The child's messages the family has not listened to yet. */
    unheardChildMessages: number;
  }>;
  'report:csv': { filename: string; csv: string };
  'roster:import': ImportReport;
  'kiosk:list': KioskRecord[];
}
