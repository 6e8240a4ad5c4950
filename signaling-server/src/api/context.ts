// What every request handler gets: the connection, the store, the call
// rooms, the clock, and the limiters that slow guessing down.
import type { RequestName, ResponseMap, requestSchemas } from '@hhc/common/protocol';
import type { RtpCapabilities } from '@hhc/common/mediaSchemas';
import type { z } from 'zod';
import type { RoomRegistry } from '../calls/RoomRegistry';
import type { Store } from '../store/Store';
import type { FailureCounter } from '../auth/FailureCounter';
import type { RateLimiter } from '../auth/RateLimiter';
import type { HashQueue } from '../auth/HashQueue';
import type { LoginGuard } from '../auth/LoginGuard';
import type { TrustedProxies } from '../http/clientAddress';
import type { CallTracker } from '../calls/CallTracker';
import type { AppSocket } from '../socket/types';
import type { CallPlacement } from '../cluster/callPlacement';
import type { CallForwarding } from '../cluster/callForwarding';

export interface Limiters {
  /** Wrong parent links, kiosk credentials and session tokens per client address (shared in a cluster). */
  tokenGuesses: FailureCounter;
  /** Teachers' passwords: per kiosk or address, per account, per known device. */
  staffLogins: LoginGuard;
  /** Wrong pairing codes per client address (shared in a cluster). */
  pairing: FailureCounter;
  /**
   * Wrong picture-PINs per kiosk + child (children share one kiosk, so not per address). Kept by
   * the node the kiosk is connected to: a kiosk stays on one node while connected.
   */
  pins: RateLimiter;
}

export interface ServerPolicy {
  /** How long a teacher's session lasts. */
  staffSessionMs: number;
  /** A child in child mode is logged out after this long. */
  childSessionMs: number;
  /** How long a kiosk pairing code stays valid. */
  pairingCodeMs: number;
  /** "No call in N days" report default. */
  inactiveDays: number;
}

export interface AppContext {
  store: Store;
  rooms: RoomRegistry;
  calls: CallTracker;
  routerRtpCapabilities: RtpCapabilities;
  /** peerId → socket, so rooms can reach their peers. */
  peerSockets: Map<string, AppSocket>;
  /** Which node carries a call (several nodes: the one that claimed it in Redis). */
  placement: CallPlacement;
  /** Calls carried by another node, reached through it (set once socket.io exists). */
  forwarding?: CallForwarding;
  limiters: Limiters;
  /** At most a few password hashes at once, known devices first. */
  passwordHashes: HashQueue;
  /** Reverse proxies whose X-Forwarded-For is believed (HHC_TRUSTED_PROXIES). */
  trustedProxies: TrustedProxies;
  policy: ServerPolicy;
  now: () => number;
  /** Where phones reach the server (config), for whole parent links. */
  publicUrl?: string;
  /** Tells every connection of a school that its schedule changed. */
  scheduleChanged(schoolId: string): void;
  /** Whether any kiosk of the school is connected, on any server node (kiosks join their school's room at sign-in). */
  kioskOnline(schoolId: string): Promise<boolean>;
}

export interface HandlerContext extends AppContext {
  socket: AppSocket;
}

/** Who may send a request: checked before the handler runs. */
export type Access = 'anyone' | 'kiosk' | 'child' | 'guardian' | 'call' | 'staff' | 'admin';

export interface HandlerDefinition<K extends RequestName> {
  access: Access;
  run(context: HandlerContext, payload: z.output<(typeof requestSchemas)[K]>): Promise<ResponseMap[K]>;
}

export type HandlerTable<K extends RequestName> = { [P in K]: HandlerDefinition<P> };
