// Sends this side's microphone (Opus with FEC and DTX) and camera (three
// simulcast layers) on a send transport.
import type { types } from 'mediasoup-client';
import { cameraCodecOptions, cameraEncodings, microphoneCodecOptions } from './encodings';

export type LocalSource = 'camera' | 'microphone';

/** Produces what the stream and the device allow; resolves with the producers by source. */
export async function publishLocal(
  transport: types.Transport,
  device: types.Device,
  stream: MediaStream,
): Promise<Map<LocalSource, types.Producer>> {
  const producers = new Map<LocalSource, types.Producer>();
  const audio = stream.getAudioTracks()[0];
  const video = stream.getVideoTracks()[0];
  const tasks: Array<Promise<void>> = [];
  if (audio && device.canProduce('audio')) {
    tasks.push(
      transport
        .produce({
          track: audio,
          codecOptions: microphoneCodecOptions,
          // The local preview keeps its tracks across rejoins.
          stopTracks: false,
          appData: { source: 'microphone' },
        })
        .then((producer) => void producers.set('microphone', producer)),
    );
  }
  if (video && device.canProduce('video')) {
    tasks.push(
      transport
        .produce({
          track: video,
          encodings: cameraEncodings,
          codecOptions: cameraCodecOptions,
          stopTracks: false,
          appData: { source: 'camera' },
        })
        .then((producer) => void producers.set('camera', producer)),
    );
  }
  await Promise.all(tasks);
  return producers;
}
