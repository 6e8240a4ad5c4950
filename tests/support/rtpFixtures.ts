// RTP parameters as a browser would send them, for producing without a browser.
import type { RtpParameters } from '../../common/mediaSchemas';

export function opusParameters(ssrc = 11111111): RtpParameters {
  return {
    mid: '0',
    codecs: [
      {
        mimeType: 'audio/opus',
        payloadType: 111,
        clockRate: 48000,
        channels: 2,
        parameters: { useinbandfec: 1 },
      },
    ],
    headerExtensions: [],
    encodings: [{ ssrc, dtx: true }],
    rtcp: { cname: 'test-cname', reducedSize: true },
  };
}

export function vp8SimulcastParameters(firstSsrc = 22222220): RtpParameters {
  return {
    mid: '1',
    codecs: [
      {
        mimeType: 'video/VP8',
        payloadType: 96,
        clockRate: 90000,
        rtcpFeedback: [{ type: 'nack' }, { type: 'ccm', parameter: 'fir' }],
      },
      { mimeType: 'video/rtx', payloadType: 97, clockRate: 90000, parameters: { apt: 96 } },
    ],
    headerExtensions: [],
    encodings: [0, 1, 2].map((layer) => ({
      ssrc: firstSsrc + layer,
      rtx: { ssrc: firstSsrc + 10 + layer },
      scaleResolutionDownBy: 2 ** (2 - layer),
    })),
    rtcp: { cname: 'test-cname', reducedSize: true },
  };
}

export const fakeDtlsParameters = {
  role: 'client' as const,
  fingerprints: [
    {
      algorithm: 'sha-256' as const,
      value:
        'E5:F5:CA:A7:2D:93:E6:16:AC:21:09:9F:23:51:62:8C:D0:66:E9:0C:22:54:2B:82:0C:DF:E0:C5:2C:7E:CD:53',
    },
  ],
};
