// Field schemas used across the API: ids, names, PINs, time ranges.
import { z } from 'zod';

/** Server ids are UUIDs; anything else is refused before a lookup. */
export const idSchema = z.string().uuid('must be an id');
/** mediasoup object ids (also UUIDs, but kept apart from record ids). */
export const mediaIdSchema = z.string().min(1).max(64);
export const nameSchema = z.string().trim().min(1).max(40);
export const reasonSchema = z.string().trim().min(1).max(200);
/** Picture-PIN: three of nine pictures, in order. */
export const pinSchema = z.array(z.number().int().min(0).max(8)).length(3);
/** An instant, epoch milliseconds, within a sane range (2020 … 2100). */
export const instantSchema = z.number().int().min(1_577_836_800_000).max(4_102_444_800_000);
export const monthSchema = z.string().regex(/^\d{4}-(0[1-9]|1[0-2])$/, 'month: YYYY-MM');
export const timeZoneSchema = z.string().min(1).max(64).refine(isTimeZone, 'unknown time zone');
export const empty = z.object({}).strict();

function isTimeZone(value: string): boolean {
  try {
    new Intl.DateTimeFormat('en-US', { timeZone: value });
    return true;
  } catch {
    return false;
  }
}
