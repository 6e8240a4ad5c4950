import { beforeAll, describe, expect, it } from 'vitest';
import type { types } from 'mediasoup-client';
import type { ConsumerInfo, LinkState } from '@hhc/common/protocol';
import type { SignalingClient } from './SignalingClient';
import { LEVEL_STALE_MS, RemotePeers } from './remotePeers';

// Node has no MediaStream: a stand-in that keeps its tracks is all the module needs.
beforeAll(() => {
  (globalThis as { MediaStream?: unknown }).MediaStream ??= class {
    constructor(private readonly tracks: Array<{ kind: string }> = []) {}
    getTracks() {
      return [...this.tracks];
    }
    getAudioTracks() {
      return this.tracks.filter((track) => track.kind === 'audio');
    }
    getVideoTracks() {
      return this.tracks.filter((track) => track.kind === 'video');
    }
  };
});

const mum = { peerId: 'mum', role: 'parent', displayName: '妈妈' } as const;
const dad = { peerId: 'dad', role: 'parent', displayName: '爸爸' } as const;

function setUp(links: Record<string, LinkState> = {}) {
  let changes = 0;
  const resumed: string[] = [];
  const remotes = new RemotePeers(
    (peerId) => links[peerId] ?? 'video',
    () => changes++,
  );
  const signaling = {
    request: async (_name: string, payload: { consumerId: string }) => {
      resumed.push(payload.consumerId);
      return {};
    },
  } as unknown as SignalingClient;
  const levels = new Map<string, { level: number; at: number }>();
  const transport = {
    consume: async (options: { id: string; kind: 'audio' | 'video' }) => {
      const consumer = {
        id: options.id,
        kind: options.kind,
        closed: false,
        track: { kind: options.kind, id: `track-${options.id}` },
        rtpReceiver: {
          getSynchronizationSources: () =>
            levels.has(options.id)
              ? [{ audioLevel: levels.get(options.id)!.level, timestamp: levels.get(options.id)!.at }]
              : [],
        },
        close() {
          this.closed = true;
        },
        getStats: async () => new Map(),
      };
      return consumer as unknown as types.Consumer;
    },
  } as unknown as types.Transport;
  const receive = (peerId: string, kind: 'audio' | 'video', producerPaused = false) =>
    remotes.receive(
      transport,
      {
        consumerId: `${peerId}-${kind}`,
        producerId: `p-${peerId}-${kind}`,
        peerId,
        kind,
        producerPaused,
      } as ConsumerInfo,
      signaling,
    );
  return { remotes, receive, resumed, levels, changes: () => changes };
}

describe('RemotePeers', () => {
  it('gives each person their own stream with their own tracks, and resumes each consumer', async () => {
    const { remotes, receive, resumed } = setUp();
    remotes.setPeers([mum, dad]);
    await receive('mum', 'audio');
    await receive('mum', 'video');
    await receive('dad', 'audio');
    const [m, d] = remotes.views();
    expect(m).toMatchObject({
      peerId: 'mum',
      displayName: '妈妈',
      videoOn: true,
      microphoneOn: true,
      link: 'video',
    });
    expect(m!.stream.getTracks().map((track) => track.kind)).toEqual(['audio', 'video']);
    expect(d).toMatchObject({ peerId: 'dad', videoOn: false, microphoneOn: true });
    expect(d!.stream.getTracks().map((track) => track.kind)).toEqual(['audio']);
    expect(resumed).toEqual(['mum-audio', 'mum-video', 'dad-audio']);
    // The same consumer twice (a join's answer and a push crossing) is received once.
    expect(await receive('mum', 'audio')).toBeUndefined();
    expect(remotes.consumers()).toHaveLength(3);
  });

  it('shows a turned-off camera or a muted microphone as off, and on again', async () => {
    const { remotes, receive } = setUp();
    remotes.setPeers([mum]);
    await receive('mum', 'audio');
    await receive('mum', 'video', true);
    expect(remotes.views()[0]).toMatchObject({ videoOn: false, microphoneOn: true });
    remotes.producerPaused('mum-video', false);
    remotes.producerPaused('mum-audio', true);
    expect(remotes.views()[0]).toMatchObject({ videoOn: true, microphoneOn: false });
  });

  it('takes each person’s link from the server’s verdict', async () => {
    const { remotes } = setUp({ dad: 'audio-only' });
    remotes.setPeers([mum, dad]);
    expect(remotes.views().map((view) => view.link)).toEqual(['video', 'audio-only']);
  });

  it('lets people come and go: one leaving takes only their tracks, closed', async () => {
    const { remotes, receive } = setUp();
    remotes.setPeers([mum]);
    await receive('mum', 'audio');
    remotes.joined(dad);
    const dadAudio = await receive('dad', 'audio');
    expect(remotes.people().map((p) => p.displayName)).toEqual(['妈妈', '爸爸']);
    remotes.left('dad');
    expect(dadAudio!.closed).toBe(true);
    expect(remotes.views().map((view) => view.peerId)).toEqual(['mum']);
    expect(remotes.consumers()).toHaveLength(1);
  });

  it('keeps media that arrives before the person is announced, and shows them once they are', async () => {
    const { remotes, receive } = setUp();
    await receive('dad', 'video');
    expect(remotes.views()).toEqual([]);
    remotes.joined(dad);
    expect(remotes.views()[0]).toMatchObject({ peerId: 'dad', videoOn: true });
  });

  it('on a rejoin: every consumer closes, then the new answer’s people replace the old', async () => {
    const { remotes, receive } = setUp();
    remotes.setPeers([mum, dad]);
    const audio = await receive('mum', 'audio');
    remotes.closeAll();
    expect(audio!.closed).toBe(true);
    expect(remotes.views().map((view) => view.peerId)).toEqual(['mum', 'dad']);
    // Dad rejoined meanwhile: a new peer id.
    const dadAgain = { ...dad, peerId: 'dad-2' };
    remotes.setPeers([mum, dadAgain]);
    expect(remotes.views().map((view) => view.peerId)).toEqual(['mum', 'dad-2']);
  });

  it('reads each person’s audio level from their audio receiver (0 until the browser has one)', async () => {
    const { remotes, receive, levels } = setUp();
    remotes.setPeers([mum, dad]);
    await receive('mum', 'audio');
    await receive('dad', 'audio');
    await receive('dad', 'video');
    levels.set('mum-audio', { level: 0.2, at: 10_000 });
    expect(remotes.audioLevels(10_500)).toEqual(
      new Map([
        ['mum', 0.2],
        ['dad', 0],
      ]),
    );
    // No packet for longer than a live source goes without one (she muted, or her link dropped): quiet.
    expect(remotes.audioLevels(10_000 + LEVEL_STALE_MS + 1).get('mum')).toBe(0);
    // Muted: quiet at once, whatever the receiver still remembers.
    remotes.producerPaused('mum-audio', true);
    expect(remotes.audioLevels(10_500).get('mum')).toBe(0);
  });

  it('drops a consumer the server closed, and ignores one it does not know', async () => {
    const { remotes, receive, changes } = setUp();
    remotes.setPeers([mum]);
    const video = await receive('mum', 'video');
    const before = changes();
    remotes.drop('unknown');
    expect(changes()).toBe(before);
    remotes.drop('mum-video');
    expect(video!.closed).toBe(true);
    expect(remotes.views()[0]).toMatchObject({ videoOn: false });
    expect(remotes.views()[0]!.stream.getTracks()).toEqual([]);
  });
});
