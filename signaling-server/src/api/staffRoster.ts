// Teacher mode, people: the school's settings, children, guardians, consent,
// picture-PINs, parent links, roster import and the kiosks of the school.
import { AppError, ErrorCode } from '@hhc/common/result';
import { hashPin, hashToken, randomToken } from '../auth/secrets';
import { importRoster } from '../services/rosterImport';
import type { HandlerTable } from './context';
import { assertSchool, childInScope, guardianInScope, schoolInScope, staffOf } from './guards';

type RosterRequest =
  | 'school:get'
  | 'school:update'
  | 'child:list'
  | 'child:create'
  | 'child:update'
  | 'child:set-pin'
  | 'child:record-consent'
  | 'child:export'
  | 'child:delete'
  | 'guardian:list'
  | 'guardian:create'
  | 'guardian:update'
  | 'guardian:delete'
  | 'link:regenerate'
  | 'link:revoke'
  | 'roster:import'
  | 'kiosk:list';

export const staffRosterHandlers: HandlerTable<RosterRequest> = {
  'school:get': { access: 'staff', run: async (context, { schoolId }) => schoolInScope(context, schoolId) },

  'school:update': {
    access: 'staff',
    run: async (context, { schoolId, ...changes }) => {
      const school = await schoolInScope(context, schoolId);
      const updated = await context.store.schools.update(schoolId, {
        ...(changes.name ? { name: changes.name } : {}),
        ...(changes.timeZone ? { timeZone: changes.timeZone } : {}),
        policy: { ...school.policy, ...changes.policy },
      });
      context.scheduleChanged(schoolId);
      return updated!;
    },
  },

  'child:list': {
    access: 'staff',
    run: async (context, { schoolId, includeArchived }) => {
      assertSchool(context, schoolId);
      return context.store.children.list(schoolId, { includeArchived: includeArchived ?? false });
    },
  },

  'child:create': {
    access: 'staff',
    run: async (context, { schoolId, pin, ...fields }) => {
      await schoolInScope(context, schoolId);
      const child = await context.store.children.create({
        schoolId,
        ...fields,
        pinHash: pin ? await hashPin(pin) : null,
      });
      context.scheduleChanged(schoolId);
      return child;
    },
  },

  'child:update': {
    access: 'staff',
    run: async (context, { childId, ...changes }) => {
      const child = await childInScope(context, childId);
      const updated = (await context.store.children.update(childId, changes))!;
      context.scheduleChanged(child.schoolId);
      return updated;
    },
  },

  'child:set-pin': {
    access: 'staff',
    run: async (context, { childId, pin }) => {
      await childInScope(context, childId);
      await context.store.children.setPinHash(childId, await hashPin(pin));
      context.limiters.pins.resetWhere((key) => key.endsWith(`|${childId}`));
      return {};
    },
  },

  'child:record-consent': {
    access: 'staff',
    run: async (context, { childId, date, givenBy }) => {
      await childInScope(context, childId);
      await context.store.children.recordConsent(childId, {
        date,
        givenBy,
        recordedBy: staffOf(context).staffId,
      });
      return (await context.store.children.get(childId))!;
    },
  },

  'child:export': {
    access: 'staff',
    run: async (context, { childId }) => {
      await childInScope(context, childId);
      return (await context.store.children.exportAll(childId))!;
    },
  },

  'child:delete': {
    access: 'staff',
    run: async (context, { childId, confirmName }) => {
      const child = await childInScope(context, childId);
      if (confirmName !== child.displayName) {
        throw new AppError(
          ErrorCode.BadRequest,
          'Type the child’s name exactly to confirm deleting everything about them.',
        );
      }
      const bookings = await context.store.bookings.list({ childId });
      for (const booking of bookings) context.calls.endCall(booking.id);
      await context.store.children.delete(childId);
      context.scheduleChanged(child.schoolId);
      return {};
    },
  },

  'guardian:list': {
    access: 'staff',
    run: async (context, { childId }) => {
      await childInScope(context, childId);
      return context.store.guardians.listByChild(childId);
    },
  },

  'guardian:create': {
    access: 'staff',
    run: async (context, { childId, phone, ...fields }) => {
      await childInScope(context, childId);
      return context.store.guardians.create({ childId, ...fields, phone: phone ?? null });
    },
  },

  'guardian:update': {
    access: 'staff',
    run: async (context, { guardianId, ...changes }) => {
      await guardianInScope(context, guardianId);
      return (await context.store.guardians.update(guardianId, changes))!;
    },
  },

  'guardian:delete': {
    access: 'staff',
    run: async (context, { guardianId }) => {
      const { child } = await guardianInScope(context, guardianId);
      await context.store.guardians.delete(guardianId);
      context.scheduleChanged(child.schoolId);
      return {};
    },
  },

  'link:regenerate': {
    access: 'staff',
    run: async (context, { guardianId }) => {
      await guardianInScope(context, guardianId);
      const token = randomToken();
      await context.store.guardians.setLink(guardianId, hashToken(token), context.now());
      // The old link stops working now, also on a page opened with it (a leaked link is why one regenerates).
      disconnectGuardian(context, guardianId);
      const path = `/p/${token}`;
      return {
        guardianId,
        token,
        path,
        ...(context.publicUrl ? { url: `${context.publicUrl}${path}` } : {}),
      };
    },
  },

  'link:revoke': {
    access: 'staff',
    run: async (context, { guardianId }) => {
      await guardianInScope(context, guardianId);
      await context.store.guardians.revokeLink(guardianId, context.now());
      disconnectGuardian(context, guardianId);
      return {};
    },
  },

  'roster:import': {
    access: 'staff',
    run: async (context, { schoolId, csv }) => {
      const school = await schoolInScope(context, schoolId);
      const report = await importRoster(context.store, school, csv, staffOf(context).staffId, context.now());
      context.scheduleChanged(schoolId);
      return report;
    },
  },

  'kiosk:list': {
    access: 'staff',
    run: async (context, { schoolId }) => {
      assertSchool(context, schoolId);
      return context.store.kiosks.list(schoolId);
    },
  },
};

/** A revoked link stops working at once, also on a page that is open right now. */
function disconnectGuardian(context: Parameters<typeof assertSchool>[0], guardianId: string): void {
  for (const socket of context.socket.nsp.sockets.values()) {
    if (socket.data.principal?.guardian?.guardianId === guardianId) socket.disconnect(true);
  }
}
