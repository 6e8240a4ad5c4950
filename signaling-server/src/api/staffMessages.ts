// Teacher mode: the school's voice messages in one list, and a child's
// guardians' consents for messages with the name of who recorded each.
import { schoolMessageLimit } from '@hhc/common/api/staffMessages';
import { toMessageInfo } from '../messages/access';
import type { HandlerTable } from './context';
import { childInScope, schoolInScope } from './guards';

export const staffMessageHandlers: HandlerTable<'message:school-list' | 'message:consent-list'> = {
  'message:school-list': {
    access: 'staff',
    run: async (context, { schoolId }) => {
      // An admin may name any school: one that does not exist is NOT_FOUND, not an empty list.
      await schoolInScope(context, schoolId);
      const stored = await context.store.messages.listForSchool(schoolId, schoolMessageLimit);
      const infos = await toMessageInfo(context, stored);
      return { messages: infos.map((info, index) => ({ ...info, childId: stored[index]!.childId })) };
    },
  },

  'message:consent-list': {
    access: 'staff',
    run: async (context, { childId }) => {
      const child = await childInScope(context, childId);
      const names = new Map<string, string>();
      const records = await context.store.messages.consentRecords(child.id);
      for (const { recordedBy } of records) {
        if (!recordedBy || names.has(recordedBy)) continue;
        const staff = await context.store.staff.get(recordedBy);
        // Only a name from this school (or an admin's): never another school's staff list.
        if (staff && (staff.schoolId === null || staff.schoolId === child.schoolId))
          names.set(recordedBy, staff.displayName);
      }
      return records.map((record) => ({
        guardianId: record.guardianId,
        date: record.date,
        recordedBy: record.recordedBy === null ? null : (names.get(record.recordedBy) ?? null),
      }));
    },
  },
};
