// The one signalling protocol, imported by the server, the kiosk and the parent
// page. Every client request is a socket.io event named `domain:verb` with a
// payload validated by its zod schema and an acknowledgement carrying a
// Result. Server pushes are fire-and-forget: the server never waits on a client.
// The requests themselves are declared by area in ./api/.
import type { z } from 'zod';
import { accessRequests, type AccessResponses } from './api/access';
import { activityRequests, type ActivityActedEvent, type ActivityResponses } from './api/activities';
import { adminRequests, type AdminResponses } from './api/admin';
import {
  callRequests,
  type CallClosedReason,
  type CallResponses,
  type ConsumerInfo,
  type LinkStateEvent,
  type PeerInfo,
} from './api/calls';
import { childModeRequests, type ChildModeResponses } from './api/childMode';
import { messageRequests, type MessageResponses } from './api/messages';
import { outcomeRequests, type OutcomeResponses } from './api/outcome';
import { staffMessageRequests, type StaffMessageResponses } from './api/staffMessages';
import { rebookRequests, type RebookResponses } from './api/rebook';
import { parentRequests, type ParentResponses } from './api/parent';
import { staffRequests, type StaffResponses } from './api/staff';
import type { Result } from './result';

export * from './api/calls';
export { handshakeAuthSchema, type HandshakeAuth, type WhoAmI } from './api/access';
export type { RosterChild, KioskBooking, ChildHome } from './api/childMode';
export type { ParentCall, ParentOverview } from './api/parent';
export type { ParentLink, ImportReport } from './api/staff';
export type { ActivityActedEvent } from './api/activities';

export const requestSchemas = {
  ...callRequests,
  ...accessRequests,
  ...childModeRequests,
  ...parentRequests,
  ...staffRequests,
  ...adminRequests,
  ...activityRequests,
  ...messageRequests,
  ...rebookRequests,
  ...outcomeRequests,
  ...staffMessageRequests,
} as const;

export type RequestName = keyof typeof requestSchemas;
export type RequestPayload<K extends RequestName> = z.input<(typeof requestSchemas)[K]>;

export interface ResponseMap
  extends
    CallResponses,
    AccessResponses,
    ChildModeResponses,
    ParentResponses,
    StaffResponses,
    AdminResponses,
    ActivityResponses,
    MessageResponses,
    RebookResponses,
    OutcomeResponses,
    StaffMessageResponses {}

export type Ack<T> = (result: Result<T>) => void;

export type ClientToServerEvents = {
  [K in RequestName]: (payload: RequestPayload<K>, ack: Ack<ResponseMap[K]>) => void;
};

export interface ServerToClientEvents {
  'peer:joined': (peer: PeerInfo) => void;
  'peer:left': (payload: { peerId: string }) => void;
  'media:consumer-new': (consumer: ConsumerInfo) => void;
  'media:consumer-closed': (payload: { consumerId: string }) => void;
  'media:consumer-paused': (payload: { consumerId: string; paused: boolean }) => void;
  /** A peer's link switched between video and audio only (schema: linkStateEventSchema). */
  'media:link-state': (payload: LinkStateEvent) => void;
  'call:closed': (payload: { reason: CallClosedReason }) => void;
  /** The other side's book, drawing or card action (common/activities). */
  'activity:acted': (payload: ActivityActedEvent) => void;
  /** Something in the school's schedule changed: refresh bookings (and the offline cache). */
  'schedule:changed': (payload: { schoolId: string }) => void;
  /** A child has tried five wrong picture-PINs on a kiosk: a teacher may want to help. */
  'alert:pin-locked': (payload: { childId: string; displayName: string; kioskName: string }) => void;
}

/** Who is behind a connection; a kiosk socket may also carry a logged-in child or teacher. */
export interface Principal {
  kiosk?: { kioskId: string; schoolId: string; name: string };
  guardian?: { guardianId: string; childId: string; schoolId: string };
  staff?: {
    staffId: string;
    role: 'teacher' | 'admin';
    schoolId: string | null;
    sessionTokenHash: string;
    /** The session's end: checked on every request, not only at the handshake. */
    expiresAt: number;
  };
  child?: { childId: string; expiresAt: number };
}

/** Per-connection state the server keeps on the socket. */
export interface SocketData {
  principal: Principal;
  /** Remote address, for rate limits on guessing. */
  address: string;
  peerId?: string;
  roomId?: string;
}

/** Limits shared by both ends so that clients never build a request the server refuses. */
export const protocolLimits = {
  /** socket.io's maxHttpBufferSize: the largest payload (a roster CSV of 40 classes fits). */
  maxPayloadBytes: 600 * 1024,
} as const;
