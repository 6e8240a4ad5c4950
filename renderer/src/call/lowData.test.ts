import { describe, expect, it } from 'vitest';
import type { types } from 'mediasoup-client';
import type { SignalingClient } from './SignalingClient';
import { isLinkStateEvent, LowDataControl, type LinkView } from './lowData';

/** A camera producer as far as the control uses it. */
function fakeCamera() {
  return {
    id: 'camera-1',
    paused: false,
    pause() {
      this.paused = true;
    },
    resume() {
      this.paused = false;
    },
    async setMaxSpatialLayer() {},
  };
}

function setUp() {
  const camera = fakeCamera();
  const requests: Array<[string, unknown]> = [];
  const views: LinkView[] = [];
  const signaling = {
    request: async (name: string, payload: unknown) => {
      requests.push([name, payload]);
      return {};
    },
  } as unknown as SignalingClient;
  const control = new LowDataControl(
    {
      signaling,
      camera: () => camera as unknown as types.Producer,
      consumers: () => [],
      inCall: () => true,
    },
    { lowData: () => {}, link: (view) => views.push(view) },
  );
  return { control, camera, requests, views };
}

describe('LowDataControl and the server’s link verdicts', () => {
  it('stops sending the camera while our own link is audio only, and resumes it afterwards', async () => {
    const { control, camera, requests, views } = setUp();
    await control.joined('me');
    await control.linkChanged({ peerId: 'me', state: 'audio-only' });
    expect(camera.paused).toBe(true);
    expect(control.links).toEqual({ self: 'audio-only', other: 'video' });
    expect(requests).toEqual([['media:set-producer-paused', { producerId: 'camera-1', paused: true }]]);
    await control.linkChanged({ peerId: 'me', state: 'video' });
    expect(camera.paused).toBe(false);
    expect(views.at(-1)).toEqual({ self: 'video', other: 'video' });
    control.stop();
  });

  it('does not resume a camera the person turned off, nor one low-data mode holds', async () => {
    const { control, camera } = setUp();
    await control.joined('me');
    await control.setCameraEnabled(false);
    await control.linkChanged({ peerId: 'me', state: 'audio-only' });
    // Turning the camera on while the link is weak is remembered, not acted on.
    await control.setCameraEnabled(true);
    expect(camera.paused).toBe(true);
    await control.linkChanged({ peerId: 'me', state: 'video' });
    expect(camera.paused).toBe(false);

    await control.setMode('audio');
    await control.linkChanged({ peerId: 'me', state: 'audio-only' });
    await control.linkChanged({ peerId: 'me', state: 'video' });
    expect(camera.paused).toBe(true);
    control.stop();
  });

  it('tracks other sides until they return to video or leave, and forgets everything on a rejoin', async () => {
    const { control, camera } = setUp();
    await control.joined('me');
    await control.linkChanged({ peerId: 'them', state: 'audio-only' });
    expect(control.links).toEqual({ self: 'video', other: 'audio-only' });
    expect(camera.paused).toBe(false); // their link, not ours
    control.peerLeft('them');
    expect(control.links.other).toBe('video');
    await control.linkChanged({ peerId: 'them', state: 'audio-only' });
    control.resetLinks();
    expect(control.links).toEqual({ self: 'video', other: 'video' });
    control.stop();
  });

  it('ignores a malformed push', async () => {
    const { control } = setUp();
    await control.joined('me');
    await control.linkChanged({ peerId: 'me', state: 'nothing' });
    await control.linkChanged(null);
    expect(control.links.self).toBe('video');
    expect(isLinkStateEvent({ peerId: 'x', state: 'audio-only' })).toBe(true);
    expect(isLinkStateEvent({ peerId: 1, state: 'video' })).toBe(false);
    control.stop();
  });
});

describe('LowDataControl and consumers that arrive later', () => {
  it('gives a video consumer of a rejoining peer the low-data choice already made, and leaves audio alone', async () => {
    const { control, requests } = setUp();
    await control.joined('me');
    await control.setMode('audio');
    requests.length = 0;
    const video = { id: 'video-2', kind: 'video' } as unknown as types.Consumer;
    const audio = { id: 'audio-2', kind: 'audio' } as unknown as types.Consumer;
    await control.consumerAdded(video);
    await control.consumerAdded(audio);
    expect(requests).toEqual([
      ['media:set-consumer-preferences', { consumerId: 'video-2', paused: true, spatialLayer: 0 }],
    ]);
    await control.setMode('off');
    requests.length = 0;
    await control.consumerAdded(video);
    expect(requests).toEqual([]);
    control.stop();
  });
});

describe('LowDataControl and the encoder’s CPU limit', () => {
  it('sends the smaller of what low-data mode and the CPU allow', async () => {
    const { control, camera } = setUp();
    const layers: number[] = [];
    camera.setMaxSpatialLayer = async (layer: number) => void layers.push(layer);
    await control.setCpuMaxLayer(1);
    await control.setMode('small');
    await control.setMode('off');
    await control.setCpuMaxLayer(2);
    expect(layers).toEqual([1, 0, 1, 2]);
  });
});
