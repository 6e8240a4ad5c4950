// Who else is in a family call, as every booking request names them: siblings
// of the lead child (same family, same school) and the family's other guardians.
// Each list holds ids only; the server checks they belong to the family.
import { z } from 'zod';
import { MAX_CHILDREN_PER_BOOKING, MAX_GUARDIANS_PER_BOOKING, type GuardianRelation } from '../domain';
import { idSchema } from './fields';

const distinct = (ids: string[]) => new Set(ids).size === ids.length;

export const familyFields = {
  /** Siblings of the lead child who sit at the kiosk too. */
  siblingIds: z
    .array(idSchema)
    .max(MAX_CHILDREN_PER_BOOKING - 1)
    .refine(distinct, 'siblingIds: each child once')
    .optional(),
  /** The family's other guardians, each joining from their own phone. */
  alsoGuardianIds: z
    .array(idSchema)
    .max(MAX_GUARDIANS_PER_BOOKING - 1)
    .refine(distinct, 'alsoGuardianIds: each guardian once')
    .optional(),
};

/** A person in a family call as kiosks and parent pages show them: a name and a picture, never a phone number. */
export interface CallChild {
  id: string;
  displayName: string;
  avatar: string;
}

export interface CallGuardian {
  id: string;
  relation: GuardianRelation;
  displayName: string;
}
