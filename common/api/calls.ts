// Joining and running a call. A call is a booking: the kiosk of the booking's
// school and the booking's guardian link are admitted, nobody else.
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
} from '../mediaSchemas';
import type { GuardianRelation } from '../domain';
import { empty, idSchema, mediaIdSchema } from './fields';

export const peerRoleSchema = z.enum(['kiosk', 'parent']);
export type PeerRole = z.infer<typeof peerRoleSchema>;

export const mediaSourceSchema = z.enum(['camera', 'microphone']);
export type MediaSource = z.infer<typeof mediaSourceSchema>;

export const callRequests = {
  /** The router's RTP capabilities, fetched before joining so that the join itself is one round trip. */
  'call:capabilities': empty,
  'call:join': z
    .object({
      bookingId: idSchema,
      /** The device's receive capabilities: lets the join answer carry ready consumers. */
      rtpCapabilities: rtpCapabilitiesSchema,
    })
    .strict(),
  'call:leave': empty,
  'transport:connect': z
    .object({ transportId: mediaIdSchema, dtlsParameters: dtlsParametersSchema })
    .strict(),
  'transport:restart-ice': z.object({ transportId: mediaIdSchema }).strict(),
  'media:produce': z
    .object({
      transportId: mediaIdSchema,
      kind: mediaKindSchema,
      source: mediaSourceSchema,
      rtpParameters: rtpParametersSchema,
    })
    .strict(),
  'media:set-producer-paused': z.object({ producerId: mediaIdSchema, paused: z.boolean() }).strict(),
  'media:resume-consumer': z.object({ consumerId: mediaIdSchema }).strict(),
  /**
   * Low-data mode on the receiving side: pause a video entirely (audio only) or
   * ask for a smaller simulcast layer (0 = smallest).
   */
  'media:set-consumer-preferences': z
    .object({
      consumerId: mediaIdSchema,
      paused: z.boolean().optional(),
      spatialLayer: z.number().int().min(0).max(2).optional(),
    })
    .strict(),
} as const;

/**
 * Whether the server currently sends a peer video, judged from that peer's own
 * downlink (bandwidth estimate and loss). 'audio-only': its incoming video is
 * paused by the server and it should stop sending its camera too, until the
 * link has been good for a while.
 */
export const linkStateSchema = z.enum(['video', 'audio-only']);
export type LinkState = z.infer<typeof linkStateSchema>;

/** Server push 'media:link-state', sent to every peer of the call (the weak one included). */
export const linkStateEventSchema = z.object({ peerId: mediaIdSchema, state: linkStateSchema }).strict();
export type LinkStateEvent = z.infer<typeof linkStateEventSchema>;

export interface PeerInfo {
  peerId: string;
  role: PeerRole;
  /** A kiosk: the children's names (siblings joined by 、); a parent: the guardian's name. */
  displayName: string;
  /** A parent: who they are to the children (the screen says 妈妈, 爸爸 in the viewer's language). */
  relation?: GuardianRelation;
  /** A kiosk: the pictures of the children in front of it, for a tile whose camera is off. */
  avatars?: string[];
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
  /** When the slot ends; the server closes the call then. */
  endsAt: number;
}

export interface CallResponses {
  'call:capabilities': { routerRtpCapabilities: RtpCapabilities };
  'call:join': JoinAnswer;
  'call:leave': Record<string, never>;
  'transport:connect': Record<string, never>;
  'transport:restart-ice': { iceParameters: TransportOptions['iceParameters'] };
  'media:produce': { producerId: string };
  'media:set-producer-paused': Record<string, never>;
  'media:resume-consumer': Record<string, never>;
  'media:set-consumer-preferences': Record<string, never>;
}

/** Why the server ended a call for a peer. */
export const CallClosedReason = {
  /** The media worker carrying the call died; the client should rejoin. */
  MediaServerRestarted: 'media-server-restarted',
  /** The peer joined but its media never connected in time. */
  MediaTimeout: 'media-timeout',
  /** The booked slot is over. */
  SlotEnded: 'slot-ended',
  /** The booking was cancelled or moved by a teacher. */
  BookingChanged: 'booking-changed',
  /** The server is shutting down. */
  ServerShutdown: 'server-shutdown',
  /** The same party joined again from another device (a parent switched phones): this one is done. */
  Replaced: 'replaced',
} as const;
export type CallClosedReason = (typeof CallClosedReason)[keyof typeof CallClosedReason];
