// The kiosk's own record of each call attempt, as the main process stores it
// and as the outbox sends it. No names or phone numbers: the server has those.
import { z } from 'zod';
import { guardianRelations as guardianRelationNames, type GuardianRelation } from '../domain';
import { activityKindsSchema, type ActivityKind } from '../activities/schema';

/** Why an attempt ended, as far as the kiosk can tell. */
export const callEndReasons = [
  /** Someone pressed hang up (the child or the teacher). */
  'hung-up',
  /** The booked slot is over and the server closed the call. */
  'slot-ended',
  /** The parent never arrived. */
  'parent-no-show',
  /** The network or the media connection failed and did not come back. */
  'connection-lost',
  /** The media never connected at all (a network that blocks calls), not a call that broke. */
  'could-not-connect',
  /** A teacher cancelled or moved the booking during the call. */
  'booking-changed',
  /** The kiosk restarted (power cut, crash) while the call was open; set on the next start. */
  'interrupted',
] as const;
export type CallEndReason = (typeof callEndReasons)[number];
export const callEndReasonSchema = z.enum(callEndReasons);

/** The faces a child can tap after a call; null = skipped. */
export const feelings = ['happy', 'ok', 'sad'] as const;
export type Feeling = (typeof feelings)[number];
export const feelingSchema = z.enum(feelings).nullable();

export interface CallQuality {
  /** How many samples the averages are over; 0 = no sample yet. */
  samples: number;
  avgBitrateKbps: number | null;
  worstBitrateKbps: number | null;
  avgPacketLossPct: number | null;
  worstPacketLossPct: number | null;
  audioOnlyUsed: boolean;
}

export interface CallAttempt {
  id: string;
  bookingId: string;
  childId: string;
  guardianRelation: GuardianRelation;
  scheduledStart: number;
  scheduledEnd: number;
  kioskJoinedAt: number | null;
  kioskLeftAt: number | null;
  parentJoinedAt: number | null;
  parentLeftAt: number | null;
  endReason: CallEndReason | null;
  quality: CallQuality;
  feeling: Feeling | null;
  /** Books, drawing, talking cards: what the call used (absent in rows from kiosks before this field). */
  activities?: ActivityKind[];
  /** Bumped by every change, so a row changed after it was sent is sent again. */
  version: number;
  createdAt: number;
  updatedAt: number;
}

/** A call-log row as the kiosk sends it to the server (the outbox); bounded like any input. */
const instant = z.number().int().min(0).max(4_102_444_800_000);
const percentOrRate = z.number().min(0).max(100_000).nullable();
export const callAttemptSchema = z
  .object({
    id: z.string().uuid(),
    bookingId: z.string().uuid(),
    childId: z.string().uuid(),
    guardianRelation: z.enum(guardianRelationNames),
    scheduledStart: instant,
    scheduledEnd: instant,
    kioskJoinedAt: instant.nullable(),
    kioskLeftAt: instant.nullable(),
    parentJoinedAt: instant.nullable(),
    parentLeftAt: instant.nullable(),
    endReason: callEndReasonSchema.nullable(),
    quality: z
      .object({
        samples: z.number().int().min(0).max(1_000_000),
        avgBitrateKbps: percentOrRate,
        worstBitrateKbps: percentOrRate,
        avgPacketLossPct: percentOrRate,
        worstPacketLossPct: percentOrRate,
        audioOnlyUsed: z.boolean(),
      })
      .strict(),
    feeling: feelingSchema,
    activities: activityKindsSchema.optional(),
    version: z.number().int().min(1).max(1_000_000),
    createdAt: instant,
    updatedAt: instant,
  })
  .strict() satisfies z.ZodType<CallAttempt>;

export interface NewCallAttempt {
  bookingId: string;
  childId: string;
  guardianRelation: GuardianRelation;
  scheduledStart: number;
  scheduledEnd: number;
}

/** One measurement from the call's stats, a few seconds apart. */
export interface QualitySample {
  bitrateKbps: number;
  packetLossPct: number;
  /** Whether the call was audio-only when the sample was taken. */
  audioOnly: boolean;
}

export interface RecentCallsFilter {
  /** Scheduled start at or after this instant. */
  from?: number;
  /** Scheduled start before this instant. */
  to?: number;
  childId?: string;
  limit?: number;
}

export interface RecentCall extends CallAttempt {
  /** The server has this version of the row. */
  synced: boolean;
}
