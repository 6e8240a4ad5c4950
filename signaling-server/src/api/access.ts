// Signing in: teacher login on any connection (also on a kiosk, for teacher
// mode), kiosk pairing with a one-time code, and a child's picture-PIN login
// on a kiosk. Guessing is slowed by per-address and per-child limits.
import { AppError, ErrorCode } from '@hhc/common/result';
import { hashToken, normalisePairingCode, randomToken, verifyPassword, verifyPin } from '../auth/secrets';
import type { HandlerTable } from './context';

type AccessRequest =
  | 'session:staff-login'
  | 'session:staff-logout'
  | 'session:whoami'
  | 'kiosk:pair'
  | 'child:login'
  | 'child:logout';

const tooMany = () =>
  new AppError(ErrorCode.RateLimited, 'Too many attempts; wait a few minutes and try again.');

export const accessHandlers: HandlerTable<AccessRequest> = {
  'session:staff-login': {
    access: 'anyone',
    run: async (context, { username, password }) => {
      const key = `${context.socket.data.address}|${username.toLowerCase()}`;
      if (!context.limiters.logins.attempt(key, context.now())) throw tooMany();
      const staff = await context.store.staff.findForLogin(username);
      // Verify against a dummy hash when the user is unknown, so timing does not tell who exists.
      const valid =
        staff && !staff.disabled
          ? await verifyPassword(password, staff.passwordHash)
          : await verifyPassword(password, DUMMY_HASH);
      if (!staff || staff.disabled || !valid)
        throw new AppError(ErrorCode.InvalidCredentials, 'Wrong username or password.');
      context.limiters.logins.reset(key);
      const sessionToken = randomToken();
      const now = context.now();
      const expiresAt = now + context.policy.staffSessionMs;
      await context.store.sessions.create(hashToken(sessionToken), staff.id, now, expiresAt);
      // Teachers hear their school's pushes (schedule changes, a child locked out of the PIN pad).
      if (staff.schoolId) void context.socket.join(`school:${staff.schoolId}`);
      context.socket.data.principal.staff = {
        staffId: staff.id,
        role: staff.role,
        schoolId: staff.schoolId,
        sessionTokenHash: hashToken(sessionToken),
        expiresAt,
      };
      const { passwordHash: _hidden, ...record } = staff;
      return { staff: record, sessionToken, expiresAt };
    },
  },

  'session:staff-logout': {
    access: 'staff',
    run: async (context) => {
      const staff = context.socket.data.principal.staff!;
      await context.store.sessions.delete(staff.sessionTokenHash);
      // The session ends everywhere: other connections that signed in with the same token lose it too.
      for (const socket of context.socket.nsp.sockets.values()) {
        if (socket.data.principal?.staff?.sessionTokenHash === staff.sessionTokenHash)
          delete socket.data.principal.staff;
      }
      delete context.socket.data.principal.staff;
      return {};
    },
  },

  'session:whoami': {
    access: 'anyone',
    run: async (context) => {
      const { kiosk, guardian, staff, child } = context.socket.data.principal;
      return {
        ...(kiosk ? { kiosk } : {}),
        ...(guardian ? { guardian } : {}),
        ...(staff ? { staff: (await context.store.staff.get(staff.staffId))! } : {}),
        ...(child && child.expiresAt > context.now() ? { child: { childId: child.childId } } : {}),
      };
    },
  },

  'kiosk:pair': {
    access: 'anyone',
    run: async (context, { code }) => {
      if (!context.limiters.pairing.attempt(context.socket.data.address, context.now())) throw tooMany();
      const credential = randomToken();
      const kiosk = await context.store.kiosks.pair(
        hashToken(normalisePairingCode(code)),
        hashToken(credential),
        context.now(),
      );
      if (!kiosk)
        throw new AppError(
          ErrorCode.InvalidCredentials,
          'This pairing code is wrong or has expired. Ask the administrator for a new one.',
        );
      const school = (await context.store.schools.get(kiosk.schoolId))!;
      context.socket.data.principal.kiosk = { kioskId: kiosk.id, schoolId: kiosk.schoolId, name: kiosk.name };
      void context.socket.join(`school:${kiosk.schoolId}`); // schedule pushes, as for a kiosk signing in
      return {
        kioskId: kiosk.id,
        credential,
        school: { id: school.id, name: school.name, timeZone: school.timeZone },
      };
    },
  },

  'child:login': {
    access: 'kiosk',
    run: async (context, { childId, pin }) => {
      const kiosk = context.socket.data.principal.kiosk!;
      const child = await context.store.children.get(childId);
      const wrong = new AppError(ErrorCode.InvalidCredentials, 'Those pictures are not right. Try again.');
      if (!child || child.schoolId !== kiosk.schoolId || child.archived) throw wrong;
      if (!context.limiters.pins.attempt(childId, context.now())) {
        throw new AppError(ErrorCode.PinLocked, 'Too many tries. Wait a minute, or ask your teacher.');
      }
      const stored = await context.store.children.pinHash(childId);
      if (!stored || !(await verifyPin(pin, stored))) {
        // The fifth wrong try locks the PIN pad for a minute: tell the school's teachers, who can help.
        if (context.limiters.pins.blocked(childId, context.now())) {
          context.socket.nsp
            .to(`school:${child.schoolId}`)
            .emit('alert:pin-locked', { childId, displayName: child.displayName, kioskName: kiosk.name });
        }
        throw wrong;
      }
      context.limiters.pins.reset(childId);
      const expiresAt = context.now() + context.policy.childSessionMs;
      context.socket.data.principal.child = { childId, expiresAt };
      return { childId, displayName: child.displayName, expiresAt };
    },
  },

  'child:logout': {
    access: 'kiosk',
    run: async (context) => {
      delete context.socket.data.principal.child;
      return {};
    },
  },
};

// A real scrypt hash of a random string: verifying against it costs what a real check costs.
const DUMMY_HASH = 'scrypt$32768$8$1$AAAAAAAAAAAAAAAAAAAAAA==$4f4k3h4shf0rt1m1ngOnlyXXXXXXXXXXXXXXXXXXXXX=';
