// Voice messages between a child and their family when a call is missed or
// cannot happen. The audio itself travels over HTTP (POST to upload, GET to
// play) with a short-lived ticket these requests hand out after checking who
// asks; the socket only lists, marks heard and (teachers) deletes.
import { z } from 'zod';
import { localDateSchema, type GuardianRelation } from '../domain';
import { empty, idSchema } from './fields';

export const messageLimits = {
  /** A child's message: one minute. */
  childSeconds: 60,
  /** A parent's answer: a bedtime story fits in three minutes. */
  guardianSeconds: 180,
  /** Clients record Opus at this rate; the server's size limit allows twice it plus the container. */
  bitsPerSecond: 32_000,
  retentionDaysDefault: 30,
} as const;

/** The largest upload the server reads for a sender: 64 kbit/s for the whole length, plus 64 KB. */
export function maxMessageBytes(sender: MessageSender): number {
  const seconds = sender === 'child' ? messageLimits.childSeconds : messageLimits.guardianSeconds;
  return seconds * 8_000 + 64 * 1024;
}

export type MessageSender = 'child' | 'guardian';

export interface MessageInfo {
  id: string;
  sender: MessageSender;
  /** Who sent it, for a guardian's answer ("妈妈"); null for the child's own. */
  guardian: { id: string; relation: GuardianRelation; displayName: string } | null;
  durationMs: number;
  createdAt: number;
  heardAt: number | null;
}

export interface MessageSettings {
  allowed: boolean;
  /** Video messages: a school setting only, off unless a school turns it on (not recorded yet). */
  videoAllowed: boolean;
  retentionDays: number;
}

export const messageRequests = {
  /** The logged-in child's (kiosk) or this link's (parent) messages, newest first. */
  'message:list': empty,
  /** A one-time ticket to POST one recording to /messages/upload. */
  'message:upload-ticket': empty,
  /** A short-lived ticket to GET one message's audio from /messages/audio. */
  'message:play-ticket': z.object({ messageId: idSchema }).strict(),
  /** The recipient side heard it (a child hears the family's, a parent the child's). */
  'message:heard': z.object({ messageId: idSchema }).strict(),
  /** Teacher: a child's messages. */
  'message:child-list': z.object({ childId: idSchema }).strict(),
  /** Teacher: deletes one message and its audio. */
  'message:delete': z.object({ messageId: idSchema }).strict(),
  /** Teacher: records (or withdraws, with null) a guardian's consent for messages — separate from calls. */
  'message:consent': z.object({ guardianId: idSchema, date: localDateSchema.nullable() }).strict(),
  /** Teacher: the school's message settings. */
  'message:settings': z
    .object({
      schoolId: idSchema,
      allowed: z.boolean().optional(),
      videoAllowed: z.boolean().optional(),
      retentionDays: z.number().int().min(1).max(365).optional(),
    })
    .strict(),
} as const;

export interface MessageTicket {
  /** Path and query to use on the server's own origin. */
  url: string;
  expiresAt: number;
}

export interface MessageResponses {
  'message:list': { canSend: boolean; maxSeconds: number; messages: MessageInfo[] };
  'message:upload-ticket': MessageTicket & { maxSeconds: number; maxBytes: number };
  'message:play-ticket': MessageTicket;
  'message:heard': { heardAt: number };
  'message:child-list': { messages: MessageInfo[] };
  'message:delete': { deleted: true };
  'message:consent': { guardianId: string; consentAt: string | null };
  'message:settings': MessageSettings;
}

/** The upload's metadata, sent as query parameters beside the ticket (the bytes are the body). */
export const uploadQuerySchema = z
  .object({
    ticket: z.string().regex(/^[A-Za-z0-9_-]{16,128}$/),
    durationMs: z.coerce
      .number()
      .int()
      .min(1)
      .max(messageLimits.guardianSeconds * 1000 + 5_000),
  })
  .strict();

/** Why an upload was refused (ErrorCode UPLOAD_REFUSED carries one). */
export type UploadRefusal = 'too-large' | 'too-long' | 'wrong-type' | 'malformed' | 'bad-ticket';
