// Sends this side's microphone (Opus with FEC and DTX) and camera (three
// simulcast layers) on a send transport, and mutes and swaps them.
import type { types } from 'mediasoup-client';
import { cameraCodecOptions, cameraEncodings, microphoneCodecOptions } from './encodings';
import type { SignalingClient } from './SignalingClient';

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

/** What this side sends: its producers, and the person's microphone choice, which outlives a rejoin. */
export class LocalSending {
  readonly producers = new Map<LocalSource, types.Producer>();
  private microphoneOffByUser = false;

  constructor(private readonly signaling: SignalingClient) {}

  camera(): types.Producer | undefined {
    return this.producers.get('camera');
  }

  async publish(transport: types.Transport, device: types.Device, stream: MediaStream): Promise<void> {
    for (const [source, producer] of await publishLocal(transport, device, stream))
      this.producers.set(source, producer);
    // A rejoin publishes a fresh, unmuted microphone: a person who muted stays muted.
    if (this.microphoneOffByUser) await this.setMicrophoneEnabled(false);
  }

  /** Mute or unmute the microphone; the other side sees it as paused media. */
  async setMicrophoneEnabled(enabled: boolean): Promise<void> {
    this.microphoneOffByUser = !enabled;
    const producer = this.producers.get('microphone');
    if (!producer) return;
    if (enabled) producer.resume();
    else producer.pause();
    await this.signaling.request('media:set-producer-paused', { producerId: producer.id, paused: !enabled });
  }

  /** Sends another camera (front/back) on the same producer: no renegotiation, no gap for the other side. */
  async replaceCameraTrack(track: MediaStreamTrack): Promise<void> {
    await this.camera()?.replaceTrack({ track });
  }
}
