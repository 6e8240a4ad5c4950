// socket.io's connection-state recovery (several nodes: kept in Redis by the
// Streams adapter): a client that was away for a few seconds comes back with
// its socket id and rooms, and gets the broadcasts it missed. Recovery must
// not be a way around the handshake, so:
// - the handshake checks run again (skipMiddlewares: false): a credential,
//   link or session revoked meanwhile is refused as on a first connection;
// - the missed packets are held back until they have passed (socket.io would
//   write them to the wire before its middlewares run) and dropped if not;
// - the principal is the one the checks give, plus what was gained on the
//   connection and still holds (a teacher's login: its session is looked up
//   again; child mode: only on the same kiosk, and not past its end);
// - rooms are only those that principal gives; the call the socket was in
//   was left when it disconnected (its pushes are not replayed: the client
//   rejoins and asks for the activity state).
import type { ServerOptions } from 'socket.io';
import type { Principal } from '@hhc/common/protocol';
import type { AppContext } from '../api/context';
import { authenticate } from './authenticate';
import type { AppServer, AppSocket } from './types';

export const connectionStateRecovery: NonNullable<Partial<ServerOptions>['connectionStateRecovery']> = {
  // Longer than a phone's hand-over between cells or a Wi-Fi hiccup, shorter than a reload's worth.
  maxDisconnectionDuration: 30_000,
  skipMiddlewares: false,
};

/** Pushes that belong to a call: the call was left at the disconnect, so they are stale on recovery. */
const CALL_EVENT = /^(call|peer|media|transport|activity):/;

type Restored = { principal: Principal };
const heldPackets = new Map<string, unknown[][]>();
const restoredState = new WeakMap<AppSocket, Restored>();
const toReplay = new WeakMap<AppSocket, unknown[][]>();

/** Holds back the missed packets of each restored session until its socket passes the handshake. */
export function holdMissedPackets(io: AppServer): void {
  const adapter = io.of('/').adapter as unknown as {
    restoreSession(pid: string, offset: string): Promise<{ sid: string; missedPackets: unknown[][] } | null>;
  };
  const restore = adapter.restoreSession.bind(adapter);
  adapter.restoreSession = async (pid, offset) => {
    const session = await restore(pid, offset);
    if (!session) return session;
    heldPackets.set(session.sid, session.missedPackets);
    // A client that goes before its handshake is checked leaves nothing behind.
    setTimeout(() => heldPackets.delete(session.sid), 10_000).unref();
    return { ...session, missedPackets: [] };
  };
}

/** The handshake checks, for a new socket or a recovered one (whose session must pass them again). */
export async function authenticateRecovering(socket: AppSocket, context: AppContext): Promise<void> {
  setAsideRecovered(socket);
  try {
    await authenticate(socket, context);
    await keepRecovered(socket, context);
  } catch (error) {
    // Refused: nothing of its session stays.
    restoredState.delete(socket);
    toReplay.delete(socket);
    throw error;
  }
}

/** Before the handshake checks: set aside what the recovered socket brought back, and leave its rooms. */
function setAsideRecovered(socket: AppSocket): void {
  const packets = heldPackets.get(socket.id);
  heldPackets.delete(socket.id);
  if (!socket.recovered) return;
  restoredState.set(socket, { principal: socket.data?.principal ?? {} });
  for (const room of [...socket.rooms]) if (room !== socket.id) void socket.leave(room);
  if (packets) toReplay.set(socket, packets);
}

/** After the handshake checks passed: keep what was gained on the connection and still holds. */
async function keepRecovered(socket: AppSocket, context: AppContext): Promise<void> {
  const restored = restoredState.get(socket);
  if (!restored) return;
  restoredState.delete(socket);
  const now = context.now();
  const { principal } = socket.data;
  const staff = restored.principal.staff;
  if (!principal.staff && staff) {
    const session = await context.store.sessions.find(staff.sessionTokenHash, now);
    if (session && session.id === staff.staffId) {
      principal.staff = { ...staff, expiresAt: session.expiresAt };
      if (staff.schoolId) void socket.join(`school:${staff.schoolId}`);
    }
  }
  const child = restored.principal.child;
  if (child && principal.kiosk && principal.kiosk.kioskId === restored.principal.kiosk?.kioskId) {
    if (child.expiresAt > now) principal.child = child;
  }
}

/** After the socket's handlers are bound: the broadcasts it missed, except its old call's. */
export function replayMissed(socket: AppSocket): void {
  const packets = toReplay.get(socket);
  toReplay.delete(socket);
  for (const [event, ...args] of packets ?? []) {
    if (typeof event !== 'string' || CALL_EVENT.test(event)) continue;
    (socket.emit as (e: string, ...a: unknown[]) => boolean)(event, ...args);
  }
}
