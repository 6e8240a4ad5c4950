// zod schemas for the WebRTC structures that clients send (RTP capabilities,
// RTP parameters, DTLS parameters). mediasoup validates their meaning again;
// these bound their shape and size so that a hostile client cannot hand the
// server deep or huge objects.
import { z } from 'zod';

const shortText = z.string().max(128);
const codecParameterValue = z.union([z.string().max(512), z.number().finite()]);
const codecParameters = z
  .record(z.string().max(64), codecParameterValue)
  .refine((record) => Object.keys(record).length <= 32, 'too many codec parameters');

export const mediaKindSchema = z.enum(['audio', 'video']);

const rtcpFeedbackSchema = z.object({
  type: shortText,
  parameter: shortText.optional(),
});

const codecCapabilitySchema = z.object({
  kind: mediaKindSchema,
  mimeType: shortText,
  preferredPayloadType: z.number().int().min(0).max(127).optional(),
  clockRate: z.number().int().positive().max(1_000_000),
  channels: z.number().int().min(1).max(8).optional(),
  parameters: codecParameters.optional(),
  rtcpFeedback: z.array(rtcpFeedbackSchema).max(32).optional(),
});

const headerExtensionCapabilitySchema = z.object({
  kind: mediaKindSchema,
  uri: z.string().max(256),
  preferredId: z.number().int().min(1).max(255),
  preferredEncrypt: z.boolean().optional(),
  direction: z.enum(['sendrecv', 'sendonly', 'recvonly', 'inactive']).optional(),
});

export const rtpCapabilitiesSchema = z.object({
  codecs: z.array(codecCapabilitySchema).max(64).optional(),
  headerExtensions: z.array(headerExtensionCapabilitySchema).max(64).optional(),
});

const codecParametersSchema = z.object({
  mimeType: shortText,
  payloadType: z.number().int().min(0).max(127),
  clockRate: z.number().int().positive().max(1_000_000),
  channels: z.number().int().min(1).max(8).optional(),
  parameters: codecParameters.optional(),
  rtcpFeedback: z.array(rtcpFeedbackSchema).max(32).optional(),
});

const headerExtensionParametersSchema = z.object({
  uri: z.string().max(256),
  id: z.number().int().min(1).max(255),
  encrypt: z.boolean().optional(),
  parameters: codecParameters.optional(),
});

const encodingSchema = z.object({
  ssrc: z.number().int().nonnegative().optional(),
  rid: z.string().max(32).optional(),
  codecPayloadType: z.number().int().min(0).max(127).optional(),
  rtx: z.object({ ssrc: z.number().int().nonnegative() }).optional(),
  dtx: z.boolean().optional(),
  scalabilityMode: z.string().max(16).optional(),
  scaleResolutionDownBy: z.number().positive().max(64).optional(),
  maxBitrate: z.number().positive().max(100_000_000).optional(),
  maxFramerate: z.number().positive().max(120).optional(),
  adaptivePtime: z.boolean().optional(),
  priority: z.enum(['very-low', 'low', 'medium', 'high']).optional(),
  networkPriority: z.enum(['very-low', 'low', 'medium', 'high']).optional(),
  active: z.boolean().optional(),
});

export const rtpParametersSchema = z.object({
  mid: z.string().max(32).optional(),
  codecs: z.array(codecParametersSchema).min(1).max(32),
  headerExtensions: z.array(headerExtensionParametersSchema).max(32).optional(),
  encodings: z.array(encodingSchema).max(4).optional(),
  rtcp: z
    .object({
      cname: z.string().max(256).optional(),
      reducedSize: z.boolean().optional(),
      mux: z.boolean().optional(),
    })
    .optional(),
});

export const dtlsParametersSchema = z.object({
  role: z.enum(['auto', 'client', 'server']).optional(),
  fingerprints: z
    .array(
      z.object({
        algorithm: z.enum(['sha-1', 'sha-224', 'sha-256', 'sha-384', 'sha-512']),
        value: z.string().max(256),
      }),
    )
    .min(1)
    .max(8),
});

export type RtpCapabilities = z.infer<typeof rtpCapabilitiesSchema>;
export type RtpParameters = z.infer<typeof rtpParametersSchema>;
export type DtlsParameters = z.infer<typeof dtlsParametersSchema>;
export type MediaKind = z.infer<typeof mediaKindSchema>;

/** What the server hands a client to build one WebRTC transport. */
export interface TransportOptions {
  id: string;
  iceParameters: { usernameFragment: string; password: string; iceLite?: boolean };
  iceCandidates: Array<{
    foundation: string;
    priority: number;
    ip: string;
    protocol: 'udp' | 'tcp';
    port: number;
    type: 'host';
    tcpType?: 'passive';
  }>;
  dtlsParameters: DtlsParameters;
}
