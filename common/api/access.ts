// Signing in: teachers with a password, kiosks with their device credential
// (after a one-time pairing code), parents with the token in their link.
import { z } from 'zod';
import type { School } from '../domain';
import type { StaffRecord } from '../records';
import { empty, idSchema, nameSchema, pinSchema } from './fields';

/** What a connection may present in socket.io's handshake `auth`. */
export const handshakeAuthSchema = z
  .object({
    kioskCredential: z.string().min(16).max(128).optional(),
    guardianToken: z.string().min(16).max(128).optional(),
    staffSession: z.string().min(16).max(128).optional(),
    // socket.io's connection-state recovery (several nodes): the session id and the last offset seen.
    pid: z.string().max(64).optional(),
    offset: z.string().max(64).optional(),
  })
  .strict();
export type HandshakeAuth = z.infer<typeof handshakeAuthSchema>;

export const accessRequests = {
  'session:staff-login': z
    .object({
      username: z.string().trim().min(1).max(64),
      password: z.string().min(1).max(256),
      /** Given by an earlier login on this device: strangers' wrong guesses do not slow it down. */
      deviceToken: z.string().min(16).max(128).optional(),
    })
    .strict(),
  'session:staff-logout': empty,
  'session:whoami': empty,
  'kiosk:pair': z.object({ code: z.string().min(4).max(32), name: nameSchema.optional() }).strict(),
  /** Child mode on a kiosk: tap your picture, then your three pictures. */
  'child:login': z.object({ childId: idSchema, pin: pinSchema }).strict(),
  'child:logout': empty,
} as const;

export interface WhoAmI {
  kiosk?: { kioskId: string; schoolId: string; name: string };
  guardian?: { guardianId: string; childId: string; schoolId: string };
  staff?: StaffRecord;
  child?: { childId: string };
}

export interface AccessResponses {
  'session:staff-login': { staff: StaffRecord; sessionToken: string; expiresAt: number; deviceToken: string };
  'session:staff-logout': Record<string, never>;
  'session:whoami': WhoAmI;
  'kiosk:pair': { kioskId: string; credential: string; school: Pick<School, 'id' | 'name' | 'timeZone'> };
  'child:login': { childId: string; displayName: string; expiresAt: number };
  'child:logout': Record<string, never>;
}
