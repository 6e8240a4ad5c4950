// Admin only: schools, staff accounts, and kiosks (a one-time pairing code
// that one kiosk exchanges for its device credential).
import { defaultSchoolPolicy, DEFAULT_TIME_ZONE } from '@hhc/common/domain';
import { AppError, ErrorCode } from '@hhc/common/result';
import { hashPassword, hashToken, pairingCode } from '../auth/secrets';
import type { HandlerTable } from './context';
import { schoolInScope } from './guards';

type AdminRequest =
  'admin:school-create' | 'admin:staff-create' | 'admin:kiosk-create' | 'admin:kiosk-revoke';

export const adminHandlers: HandlerTable<AdminRequest> = {
  'admin:school-create': {
    access: 'admin',
    run: async (context, { name, timeZone }) =>
      context.store.schools.create({
        name,
        timeZone: timeZone ?? DEFAULT_TIME_ZONE,
        policy: defaultSchoolPolicy,
      }),
  },

  'admin:staff-create': {
    access: 'admin',
    run: async (context, { schoolId, role, username, displayName, password }) => {
      if (role === 'teacher' && !schoolId)
        throw new AppError(ErrorCode.BadRequest, 'A teacher belongs to a school.');
      if (schoolId) await schoolInScope(context, schoolId);
      if (await context.store.staff.findForLogin(username))
        throw new AppError(ErrorCode.Conflict, 'That username is taken.');
      return context.store.staff.create({
        schoolId,
        role,
        username,
        displayName,
        passwordHash: await hashPassword(password),
      });
    },
  },

  'admin:kiosk-create': {
    access: 'admin',
    run: async (context, { schoolId, name }) => {
      await schoolInScope(context, schoolId);
      const code = pairingCode();
      const expiresAt = context.now() + context.policy.pairingCodeMs;
      const kiosk = await context.store.kiosks.create({
        schoolId,
        name,
        pairingCodeHash: hashToken(code),
        pairingExpiresAt: expiresAt,
      });
      return { kioskId: kiosk.id, pairingCode: code, expiresAt };
    },
  },

  'admin:kiosk-revoke': {
    access: 'admin',
    run: async (context, { kioskId }) => {
      if (!(await context.store.kiosks.revoke(kioskId, context.now())))
        throw new AppError(ErrorCode.NotFound, 'Kiosk not found.');
      // A revoked kiosk is cut off now, not at its next reconnect.
      for (const socket of context.socket.nsp.sockets.values()) {
        if (socket.data.principal?.kiosk?.kioskId === kioskId) socket.disconnect(true);
      }
      return {};
    },
  },
};
