// The one signalling protocol, imported by the server, the kiosk and the parent
// page. Every client request is a socket.io event named `domain:verb` with a
// payload validated by the schema below and an acknowledgement carrying a
// Result. Server pushes are fire-and-forget: the server never waits on a client.
import { z } from 'zod';
import {
  dtlsParametersSchema,
  mediaKindSchema,
  rtpCapabilitiesSchema,
  rtpParametersSchema,
  type MediaKind,
  type RtpCapabilities,
  type RtpParameters,
  type TransportOptions,
} from './mediaSchemas';
import type { Result } from './result';

/** mediasoup ids are UUIDs; anything else is refused before a lookup. */
const entityId = z.string().min(1).max(64);

/** For now a call is a room id from the page URL; bookings replace this later. */
export const roomIdSchema = z
  .string()
  .regex(/^[A-Za-z0-9_-]{1,64}$/, 'room id: 1-64 letters, digits, - or _');

export const peerRoleSchema = z.enum(['kiosk', 'parent']);
export type PeerRole = z.infer<typeof peerRoleSchema>;

export const mediaSourceSchema = z.enum(['camera', 'microphone']);
export type MediaSource = z.infer<typeof mediaSourceSchema>;

const empty = z.object({}).strict();

export const requestSchemas = {
  /** The router's RTP capabilities, fetched before joining so that the join itself is one round trip. */
  'call:capabilities': empty,
  'call:join': z
    .object({
      roomId: roomIdSchema,
      role: peerRoleSchema,
      displayName: z.string().trim().min(1).max(40),
      /** The device's receive capabilities: lets the join answer carry ready consumers. */
      rtpCapabilities: rtpCapabilitiesSchema,
    })
    .strict(),
  'call:leave': empty,
  'transport:connect': z.object({ transportId: entityId, dtlsParameters: dtlsParametersSchema }).strict(),
  'transport:restart-ice': z.object({ transportId: entityId }).strict(),
  'media:produce': z
    .object({
      transportId: entityId,
      kind: mediaKindSchema,
      source: mediaSourceSchema,
      rtpParameters: rtpParametersSchema,
    })
    .strict(),
  'media:set-producer-paused': z.object({ producerId: entityId, paused: z.boolean() }).strict(),
  'media:resume-consumer': z.object({ consumerId: entityId }).strict(),
} as const;

export type RequestName = keyof typeof requestSchemas;
export type RequestPayload<K extends RequestName> = z.input<(typeof requestSchemas)[K]>;

export interface PeerInfo {
  peerId: string;
  role: PeerRole;
  displayName: string;
}

/** Everything a client needs to receive one remote track. The consumer starts paused. */
export interface ConsumerInfo {
  consumerId: string;
  producerId: string;
  peerId: string;
  kind: MediaKind;
  source: MediaSource;
  rtpParameters: RtpParameters;
  producerPaused: boolean;
}

export interface JoinAnswer {
  peerId: string;
  self: PeerInfo;
  peers: PeerInfo[];
  sendTransport: TransportOptions;
  recvTransport: TransportOptions;
  /** Consumers for the producers already in the room, created paused. */
  consumers: ConsumerInfo[];
}

export interface ResponseMap {
  'call:capabilities': { routerRtpCapabilities: RtpCapabilities };
  'call:join': JoinAnswer;
  'call:leave': Record<string, never>;
  'transport:connect': Record<string, never>;
  'transport:restart-ice': { iceParameters: TransportOptions['iceParameters'] };
  'media:produce': { producerId: string };
  'media:set-producer-paused': Record<string, never>;
  'media:resume-consumer': Record<string, never>;
}

export type Ack<T> = (result: Result<T>) => void;

export type ClientToServerEvents = {
  [K in RequestName]: (payload: RequestPayload<K>, ack: Ack<ResponseMap[K]>) => void;
};

/** Why the server ended a call for a peer. */
export const CallClosedReason = {
  /** The media worker carrying the call died; the client should rejoin. */
  MediaServerRestarted: 'media-server-restarted',
  /** The peer joined but its media never connected in time. */
  MediaTimeout: 'media-timeout',
  /** The server is shutting down. */
  ServerShutdown: 'server-shutdown',
} as const;
export type CallClosedReason = (typeof CallClosedReason)[keyof typeof CallClosedReason];

export interface ServerToClientEvents {
  'peer:joined': (peer: PeerInfo) => void;
  'peer:left': (payload: { peerId: string }) => void;
  'media:consumer-new': (consumer: ConsumerInfo) => void;
  'media:consumer-closed': (payload: { consumerId: string }) => void;
  'media:consumer-paused': (payload: { consumerId: string; paused: boolean }) => void;
  'call:closed': (payload: { reason: CallClosedReason }) => void;
}

/** Per-connection state the server keeps on the socket. */
export interface SocketData {
  peerId?: string;
  roomId?: string;
}

/** Limits shared by both ends so that clients never build a request the server refuses. */
export const protocolLimits = {
  /** socket.io's maxHttpBufferSize: the largest payload (RTP capabilities are ~10 KB). */
  maxPayloadBytes: 64 * 1024,
} as const;
