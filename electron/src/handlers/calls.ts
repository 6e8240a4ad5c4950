// The call log, step by step as the call happens, and the list teacher mode reads.
import { z } from 'zod';
import { idSchema, instantSchema } from '@hhc/common/api/fields';
import { guardianRelationSchema } from '@hhc/common/domain';
import type { CallLog } from '../callLog/CallLog';
import { RECENT_MAX_LIMIT } from '../callLog/CallLog';
import { callEndReasonSchema, feelingSchema } from '../callLog/types';
import { handler } from './define';

/** Attempt ids are made by the kiosk itself (randomUUID). */
const attemptIdSchema = z.string().uuid();
const attempt = z.object({ attemptId: attemptIdSchema }).strict();

export const callInputs = {
  start: z
    .object({
      bookingId: idSchema,
      childId: idSchema,
      guardianRelation: guardianRelationSchema,
      scheduledStart: instantSchema,
      scheduledEnd: instantSchema,
    })
    .strict()
    .refine((value) => value.scheduledEnd > value.scheduledStart, 'a call ends after it starts'),
  quality: z
    .object({
      attemptId: attemptIdSchema,
      bitrateKbps: z.number().min(0).max(100_000),
      packetLossPct: z.number().min(0).max(100),
      audioOnly: z.boolean(),
    })
    .strict(),
  // 'interrupted' is the kiosk's own verdict after a restart, never the page's.
  finish: z
    .object({ attemptId: attemptIdSchema, reason: callEndReasonSchema.exclude(['interrupted']) })
    .strict(),
  feeling: z.object({ attemptId: attemptIdSchema, feeling: feelingSchema }).strict(),
  recent: z
    .object({
      from: instantSchema.optional(),
      to: instantSchema.optional(),
      childId: idSchema.optional(),
      limit: z.number().int().min(1).max(RECENT_MAX_LIMIT).optional(),
    })
    .strict()
    .refine((value) => value.from === undefined || value.to === undefined || value.from < value.to, {
      message: 'from must be before to',
    }),
};

export function callHandlers(log: CallLog) {
  return {
    'calls:start': handler(callInputs.start, (input) => log.startAttempt(input)),
    'calls:kiosk-joined': handler(attempt, ({ attemptId }) => log.markKioskJoined(attemptId)),
    'calls:parent-joined': handler(attempt, ({ attemptId }) => log.markParentJoined(attemptId)),
    'calls:parent-left': handler(attempt, ({ attemptId }) => log.markParentLeft(attemptId)),
    'calls:quality': handler(callInputs.quality, ({ attemptId, ...sample }) =>
      log.recordQuality(attemptId, sample),
    ),
    'calls:finish': handler(callInputs.finish, ({ attemptId, reason }) => log.finish(attemptId, reason)),
    'calls:feeling': handler(callInputs.feeling, ({ attemptId, feeling }) =>
      log.setFeeling(attemptId, feeling),
    ),
    'calls:recent': handler(callInputs.recent, (filter) => log.recent(filter)),
  };
}
