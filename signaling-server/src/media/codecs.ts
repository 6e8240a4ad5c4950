// The codecs every call router offers.
import type { types } from 'mediasoup';

export const mediaCodecs: types.RtpCodecCapability[] = [
  {
    kind: 'audio',
    mimeType: 'audio/opus',
    clockRate: 48000,
    channels: 2,
    // In-band FEC hides lost packets on lossy mobile links; DTX saves data in silences.
    parameters: { useinbandfec: 1, usedtx: 1 },
  },
  // VP8 first: it is what Chromium, Android WebView (WeChat) and Safari all do with simulcast.
  { kind: 'video', mimeType: 'video/VP8', clockRate: 90000, parameters: { 'x-google-start-bitrate': 300 } },
  // H264 baseline for older iPhones whose WebView lacks VP8.
  {
    kind: 'video',
    mimeType: 'video/H264',
    clockRate: 90000,
    parameters: { 'packetization-mode': 1, 'profile-level-id': '42e01f', 'level-asymmetry-allowed': 1 },
  },
];
