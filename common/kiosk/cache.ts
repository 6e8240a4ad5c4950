// What the cache accepts and stores: the server's kiosk:roster and
// kiosk:schedule answers. Each schema is typed against the protocol's own
// response type, so a change there breaks the build here instead of the cache
// quietly refusing (or storing) the wrong shape.
import { z } from 'zod';
import type { ChildModeResponses } from '@hhc/common/api/childMode';
import { idSchema, instantSchema } from '@hhc/common/api/fields';
import {
  bookingStatuses,
  guardianRelationSchema,
  localDateSchema,
  MAX_CHILDREN_PER_BOOKING,
  MAX_GUARDIANS_PER_BOOKING,
  minuteOfDaySchema,
  weekdaySchema,
} from '@hhc/common/domain';

export type RosterAnswer = ChildModeResponses['kiosk:roster'];
export type ScheduleAnswer = ChildModeResponses['kiosk:schedule'];

/** Generous bounds: a big school, a term of bookings. They only stop a runaway payload. */
const MAX_CHILDREN = 5_000;
const MAX_BOOKINGS = 20_000;
const label = z.string().max(100);

export const rosterSchema: z.ZodType<RosterAnswer> = z.object({
  school: z.object({ id: idSchema, name: label, timeZone: z.string().min(1).max(64) }),
  children: z
    .array(
      z.object({
        id: idSchema,
        displayName: label,
        className: label,
        avatar: z.string().max(64),
      }),
    )
    .max(MAX_CHILDREN),
});

export const scheduleSchema: z.ZodType<ScheduleAnswer> = z.object({
  windows: z
    .array(
      z.object({
        id: idSchema,
        schoolId: idSchema,
        weekday: weekdaySchema,
        startMinute: minuteOfDaySchema,
        endMinute: minuteOfDaySchema,
        slotMinutes: z.number().int().min(1).max(1440),
        capacity: z.number().int().min(0).max(1000),
        validFrom: localDateSchema,
        validUntil: localDateSchema.nullable(),
      }),
    )
    .max(1_000),
  closedDates: z
    .array(z.object({ schoolId: idSchema, date: localDateSchema, reason: z.string().max(200) }))
    .max(5_000),
  bookings: z
    .array(
      z.object({
        id: idSchema,
        childId: idSchema,
        guardianId: idSchema,
        guardianRelation: guardianRelationSchema,
        guardianName: label,
        startAt: instantSchema,
        endAt: instantSchema,
        status: z.enum(bookingStatuses),
        // A cache saved before family calls has no people lists: empty, and the screen falls back to the lead.
        children: z
          .array(z.object({ id: idSchema, displayName: label, avatar: z.string().max(64) }))
          .max(MAX_CHILDREN_PER_BOOKING)
          .default([]),
        guardians: z
          .array(z.object({ id: idSchema, relation: guardianRelationSchema, displayName: label }))
          .max(MAX_GUARDIANS_PER_BOOKING)
          .default([]),
      }),
    )
    .max(MAX_BOOKINGS),
  generatedAt: instantSchema,
});

export type Saved<T> = T & { savedAt: number };

/** What the kiosk has kept for offline use; null = never saved. */
export interface CachedData {
  roster: Saved<RosterAnswer> | null;
  schedule: Saved<ScheduleAnswer> | null;
}
