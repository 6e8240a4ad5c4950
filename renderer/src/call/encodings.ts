// What each side sends. Small low layers matter most: many parents are on
// links of 150 kbit/s, where only the lowest layer (and audio) gets through.
import type { types } from 'mediasoup-client';

/** Three simulcast layers: quarter, half and full resolution. */
export const cameraEncodings: types.RtpEncodingParameters[] = [
  { rid: 'r0', scaleResolutionDownBy: 4, maxBitrate: 100_000, maxFramerate: 15 },
  { rid: 'r1', scaleResolutionDownBy: 2, maxBitrate: 300_000, maxFramerate: 24 },
  { rid: 'r2', scaleResolutionDownBy: 1, maxBitrate: 900_000, maxFramerate: 30 },
];

export const cameraCodecOptions: types.ProducerCodecOptions = {
  videoGoogleStartBitrate: 300,
};

/** Mono Opus with in-band FEC for loss and DTX to save data in silences. */
export const microphoneCodecOptions: types.ProducerCodecOptions = {
  opusStereo: false,
  opusDtx: true,
  opusFec: true,
};

/** 640×360 is plenty for a face on a phone and keeps the top layer under 1 Mbit/s. */
export const cameraConstraints: MediaTrackConstraints = {
  width: { ideal: 640 },
  height: { ideal: 360 },
  frameRate: { ideal: 24, max: 30 },
};

export const microphoneConstraints: MediaTrackConstraints = {
  echoCancellation: true,
  noiseSuppression: true,
  autoGainControl: true,
};
