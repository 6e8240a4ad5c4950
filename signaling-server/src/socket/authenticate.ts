// The handshake: a connection may present a kiosk credential, a parent-link
// token and/or a teacher's session token. Anything presented must be valid;
// nothing presented is fine (pairing and login happen on the connection).
import { handshakeAuthSchema, type Principal } from '@hhc/common/protocol';
import { ErrorCode } from '@hhc/common/result';
import { hashToken } from '../auth/secrets';
import { tarpit } from '../auth/tarpit';
import type { AppContext } from '../api/context';
import { clientAddress } from '../http/clientAddress';
import { INVALID_LINK_MESSAGE } from '../services/parentOverview';
import type { AppSocket } from './types';

export class HandshakeRefused extends Error {
  readonly data: { code: string; message: string };
  constructor(code: string, message: string) {
    super(message);
    this.data = { code, message };
  }
}

export async function authenticate(socket: AppSocket, context: AppContext): Promise<void> {
  const address = clientAddress(
    socket.handshake.address,
    socket.handshake.headers['x-forwarded-for'],
    context.trustedProxies,
  );
  const principal: Principal = {};
  socket.data = { principal, address };
  const parsed = handshakeAuthSchema.safeParse(socket.handshake.auth ?? {});
  if (!parsed.success) throw new HandshakeRefused(ErrorCode.BadRequest, 'Invalid sign-in data.');
  const auth = parsed.data;
  const now = context.now();

  // Credentials, link and session tokens are 256-bit secrets: a right one is always accepted, so
  // a guesser sharing the school's or the carrier's address cannot lock anyone out. Only wrong
  // ones count against the address, and past the limit they are answered slowly and told to wait.
  const guesses = context.limiters.tokenGuesses;
  const wrongGuess = async (code: string, message: string): Promise<never> => {
    if (!(await guesses.fail(address, now))) {
      await tarpit();
      throw new HandshakeRefused(
        ErrorCode.RateLimited,
        'Too many attempts; wait a few minutes and try again.',
      );
    }
    throw new HandshakeRefused(code, message);
  };
  if (auth.kioskCredential !== undefined) {
    const kiosk = await context.store.kiosks.findByCredential(hashToken(auth.kioskCredential));
    if (!kiosk)
      return wrongGuess(
        ErrorCode.InvalidCredentials,
        'This kiosk is not paired (or was removed). Pair it again.',
      );
    principal.kiosk = { kioskId: kiosk.id, schoolId: kiosk.schoolId, name: kiosk.name };
    await context.store.kiosks.touch(kiosk.id, now);
    void socket.join(`school:${kiosk.schoolId}`);
  }
  if (auth.guardianToken !== undefined) {
    const guardian = await context.store.guardians.findByLink(hashToken(auth.guardianToken));
    const child = guardian ? await context.store.children.get(guardian.childId) : undefined;
    // Wrong, revoked or expired: one answer, so a guess learns nothing.
    if (!guardian || !child || child.archived) return wrongGuess(ErrorCode.InvalidLink, INVALID_LINK_MESSAGE);
    principal.guardian = { guardianId: guardian.id, childId: child.id, schoolId: child.schoolId };
  }
  if (auth.staffSession !== undefined) {
    const tokenHash = hashToken(auth.staffSession);
    const staff = await context.store.sessions.find(tokenHash, now);
    // A kiosk keeps a teacher's session for reconnects; once it has ended the kiosk must still
    // connect (as a kiosk), so an ended session only refuses a connection that has nothing else.
    if (!staff) {
      // Beside a valid kiosk credential or link this is the kiosk's own ended session, not a guess.
      if (principal.kiosk || principal.guardian) return;
      // Alone, an unknown session token is a guess like any other secret.
      return wrongGuess(ErrorCode.Unauthorized, 'Your session has ended; please log in again.');
    }
    principal.staff = {
      staffId: staff.id,
      role: staff.role,
      schoolId: staff.schoolId,
      sessionTokenHash: tokenHash,
      expiresAt: staff.expiresAt,
    };
    if (staff.schoolId) void socket.join(`school:${staff.schoolId}`);
  }
}
