// Signing in: teacher login on any connection (also on a kiosk, for teacher
// mode), kiosk pairing with a one-time code, and a child's picture-PIN login
// on a kiosk. Limits count wrong answers only and never stand in front of a
// right one where a stranger could fill them (see SECURITY.md).
import { AppError, ErrorCode } from '@hhc/common/result';
import type { SocketData } from '@hhc/common/protocol';
import { issueDeviceToken, verifyDeviceToken } from '../auth/deviceToken';
import { QueueFull } from '../auth/HashQueue';
import type { LoginAttempt } from '../auth/LoginGuard';
import { hashToken, normalisePairingCode, randomToken, verifyPassword, verifyPin } from '../auth/secrets';
import { tarpit } from '../auth/tarpit';
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
const busy = () => new AppError(ErrorCode.RateLimited, 'The server is busy; try again in a moment.');

/** Logins on a kiosk's own connection are counted per kiosk, so a phone on the school's network cannot stop them. */
function loginSource(data: SocketData): string {
  return data.principal.kiosk ? `kiosk:${data.principal.kiosk.kioskId}` : `address:${data.address}`;
}

export const accessHandlers: HandlerTable<AccessRequest> = {
  'session:staff-login': {
    access: 'anyone',
    run: async (context, { username, password, deviceToken }) => {
      const now = context.now();
      // Looked up before any limit, for known and unknown names alike: the time taken tells nothing.
      const staff = await context.store.staff.findForLogin(username);
      const usable = staff && !staff.disabled ? staff : undefined;
      const knownDevice =
        usable && deviceToken && verifyDeviceToken(deviceToken, usable.id, usable.passwordHash, now)
          ? hashToken(deviceToken)
          : undefined;
      const attempt: LoginAttempt = {
        source: loginSource(context.socket.data),
        account: username.toLowerCase(),
        ...(knownDevice ? { knownDevice } : {}),
      };
      const admission = await context.limiters.staffLogins.admit(attempt, now);
      if (!admission.admitted) {
        await tarpit();
        throw tooMany();
      }
      // An unknown user is checked against a dummy hash, so the answer takes as long as a real one.
      let outcome: 'right' | 'wrong' | 'unchecked' = 'unchecked';
      try {
        const valid = await context.passwordHashes.run(
          admission.knownDevice || context.socket.data.principal.kiosk ? 'trusted' : 'other',
          () => verifyPassword(password, usable?.passwordHash ?? DUMMY_HASH),
        );
        outcome = valid && usable ? 'right' : 'wrong';
      } catch (error) {
        if (error instanceof QueueFull) throw busy();
        throw error;
      } finally {
        await context.limiters.staffLogins.settle(attempt, admission, outcome, now);
      }
      if (outcome !== 'right' || !usable)
        throw new AppError(ErrorCode.InvalidCredentials, 'Wrong username or password.');
      const sessionToken = randomToken();
      const expiresAt = now + context.policy.staffSessionMs;
      await context.store.sessions.create(hashToken(sessionToken), usable.id, now, expiresAt);
      // Teachers hear their school's pushes (schedule changes, a child locked out of the PIN pad).
      if (usable.schoolId) void context.socket.join(`school:${usable.schoolId}`);
      context.socket.data.principal.staff = {
        staffId: usable.id,
        role: usable.role,
        schoolId: usable.schoolId,
        sessionTokenHash: hashToken(sessionToken),
        expiresAt,
      };
      const { passwordHash: _hidden, ...record } = usable;
      return {
        staff: record,
        sessionToken,
        expiresAt,
        deviceToken: issueDeviceToken(usable.id, usable.passwordHash, now),
      };
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
      // A right code (40 bits, single use, expiring) always pairs; wrong ones count against the
      // address, and past the limit they are answered slowly.
      const credential = randomToken();
      const kiosk = await context.store.kiosks.pair(
        hashToken(normalisePairingCode(code)),
        hashToken(credential),
        context.now(),
      );
      if (!kiosk) {
        if (!(await context.limiters.pairing.fail(context.socket.data.address, context.now()))) {
          await tarpit();
          throw tooMany();
        }
        throw new AppError(
          ErrorCode.InvalidCredentials,
          'This pairing code is wrong or has expired. Ask the administrator for a new one.',
        );
      }
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
      // Three pictures of nine are few enough to need a real lock. It holds per kiosk, so a pupil
      // pressing wrong pictures for a classmate at one kiosk does not stop her at another.
      const pinKey = `${kiosk.kioskId}|${childId}`;
      if (!context.limiters.pins.attempt(pinKey, context.now())) {
        throw new AppError(ErrorCode.PinLocked, 'Too many tries. Wait a minute, or ask your teacher.');
      }
      const stored = await context.store.children.pinHash(childId);
      if (!stored || !(await verifyPin(pin, stored))) {
        // The fifth wrong try locks the PIN pad for a minute: tell the school's teachers, who can help.
        if (context.limiters.pins.blocked(pinKey, context.now())) {
          context.socket.nsp
            .to(`school:${child.schoolId}`)
            .emit('alert:pin-locked', { childId, displayName: child.displayName, kioskName: kiosk.name });
        }
        throw wrong;
      }
      context.limiters.pins.reset(pinKey);
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
