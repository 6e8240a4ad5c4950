// Admin only: schools, staff accounts and kiosk pairing.
import { z } from 'zod';
import type { School } from '../domain';
import type { StaffRecord } from '../records';
import { idSchema, nameSchema, timeZoneSchema } from './fields';

export const adminRequests = {
  'admin:school-create': z.object({ name: nameSchema, timeZone: timeZoneSchema.optional() }).strict(),
  'admin:staff-create': z
    .object({
      schoolId: idSchema.nullable(),
      role: z.enum(['teacher', 'admin']),
      username: z
        .string()
        .trim()
        .regex(/^[A-Za-z0-9._-]{3,32}$/, 'username: 3-32 letters, digits, . _ -'),
      displayName: nameSchema,
      password: z.string().min(8, 'password: at least 8 characters').max(256),
    })
    .strict(),
  'admin:kiosk-create': z.object({ schoolId: idSchema, name: nameSchema }).strict(),
  'admin:kiosk-revoke': z.object({ kioskId: idSchema }).strict(),
} as const;

export interface AdminResponses {
  'admin:school-create': School;
  'admin:staff-create': StaffRecord;
  /** The code is shown once; it pairs one kiosk and expires. */
  'admin:kiosk-create': { kioskId: string; pairingCode: string; expiresAt: number };
  'admin:kiosk-revoke': Record<string, never>;
}
