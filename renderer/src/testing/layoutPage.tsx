// A test page for the call screen's layouts (tests/e2e/family-layout.spec.ts):
// the real CallScreen, fed by a stand-in call whose "people" are canvas
// videos and WebAudio tones, so that 1–3 others, sound only, camera off,
// reconnecting and who speaks can be shown on demand without a server.
// Never part of the app's build (vite.config.ts lists only the two apps).
import { StrictMode, useMemo, useState } from 'react';
import { createRoot } from 'react-dom/client';
import { translator } from '@hhc/common/i18n';
import { CallState, type RemotePeerView } from '../call/CallSession';
import { rmsLevel } from '../call/speaking';
import { CallScreen } from '../ui/CallScreen';
import type { CallView } from '../ui/useCallSession';
import type { LocalMedia } from '../ui/useLocalMedia';
import '../ui/styles.css';
import '../activities/stage.css';

declare global {
  interface Window {
    /** Who speaks now: a peer id, 'self', or nobody. */
    layoutSpeak?: (id: string | undefined) => void;
  }
}

const params = new URLSearchParams(location.search);
const people = [
  { peerId: 'mum', role: 'parent', displayName: '张丽', relation: 'mother', hue: 20, label: '妈妈' },
  { peerId: 'dad', role: 'parent', displayName: '王强', relation: 'father', hue: 210, label: '爸爸' },
  { peerId: 'sister', role: 'kiosk', displayName: '小红', avatars: ['cat'], hue: 120, label: '小红' },
] as const;
const others = people.slice(0, Number(params.get('others') ?? '1'));
const cameraOff = new Set(params.getAll('cameraOff'));
const weak = new Set(params.getAll('weak'));
const state = (params.get('state') ?? CallState.InCall) as CallState;
const audio = new AudioContext();
const t = translator('zh-CN');

interface Source {
  stream: MediaStream;
  gain: GainNode;
  level(): number;
}

/** A face-like picture (a circle on a coloured ground) and a tone that can be made loud or silent. */
function source(name: string, hue: number): Source {
  const canvas = document.createElement('canvas');
  canvas.width = 640;
  canvas.height = 360;
  const g = canvas.getContext('2d')!;
  let frame = 0;
  const draw = () => {
    g.fillStyle = `hsl(${hue} 45% 55%)`;
    g.fillRect(0, 0, 640, 360);
    g.fillStyle = '#f6d7b0';
    g.beginPath();
    g.arc(320, 170 + Math.sin(frame++ / 8) * 4, 110, 0, Math.PI * 2);
    g.fill();
    g.fillStyle = '#333';
    g.font = 'bold 48px sans-serif';
    g.textAlign = 'center';
    g.fillText(name, 320, 190);
  };
  draw();
  setInterval(draw, 66);
  const oscillator = audio.createOscillator();
  oscillator.frequency.value = 220 + hue;
  const gain = audio.createGain();
  gain.gain.value = 0;
  const destination = audio.createMediaStreamDestination();
  const analyser = audio.createAnalyser();
  oscillator.connect(gain).connect(destination);
  gain.connect(analyser);
  oscillator.start();
  const samples = new Float32Array(analyser.fftSize);
  return {
    stream: new MediaStream([
      ...destination.stream.getAudioTracks(),
      ...canvas.captureStream(15).getVideoTracks(),
    ]),
    gain,
    level: () => {
      analyser.getFloatTimeDomainData(samples);
      return rmsLevel(samples);
    },
  };
}

const sources = new Map(others.map((peer) => [peer.peerId, source(peer.label, peer.hue)]));
/** `expect=dad`: the booking includes dad too (he is still coming unless he is among the others). */
const expected = people.filter((peer) => params.getAll('expect').includes(peer.peerId));
const self = source('我', 45);

window.layoutSpeak = (id) => {
  for (const [peerId, s] of [...sources, ['self', self] as const])
    s.gain.gain.value = peerId === id ? 0.3 : 0;
};

function Page() {
  const [micOn] = useState(true);
  const remotes: RemotePeerView[] = useMemo(
    () =>
      others.map(({ hue: _hue, label: _label, ...peer }) => ({
        ...peer,
        avatars: 'avatars' in peer ? [...peer.avatars] : undefined,
        stream: sources.get(peer.peerId)!.stream,
        videoOn: !cameraOff.has(peer.peerId),
        microphoneOn: true,
        link: weak.has(peer.peerId) ? 'audio-only' : 'video',
      })),
    [],
  );
  const audioLevels = useMemo(
    () => () => new Map([...sources].map(([peerId, s]) => [peerId, s.level()] as const)),
    [],
  );
  const call: CallView = {
    state,
    ready: true,
    localStream: self.stream,
    remotes,
    peers: remotes,
    microphoneOn: micOn,
    cameraOn: true,
    endsAt: Date.now() + 12 * 60_000,
    join: () => undefined,
    leave: () => undefined,
    toggleMicrophone: () => undefined,
    toggleCamera: () => undefined,
    replaceCameraTrack: () => undefined,
    lowData: { mode: 'off', automatic: false },
    setLowData: () => undefined,
    link: {
      self: 'video',
      other: remotes.some((peer) => peer.link === 'audio-only') ? 'audio-only' : 'video',
    },
    recordFirstFrame: () => undefined,
    closedReason: undefined,
    receiveStats: () => undefined,
    audioLevels,
  };
  const media: LocalMedia = {
    stream: self.stream,
    problem: undefined,
    facing: 'user',
    switchCamera: () => Promise.resolve(undefined),
    retry: () => undefined,
  };
  const activity = params.has('activity') ? (
    <div className="act act--parent">
      <section className="act-stage" data-testid="activity-stage" data-view="draw" />
    </div>
  ) : undefined;
  return (
    <CallScreen
      call={call}
      t={t}
      title={t('call.parentTitle')}
      media={media}
      otherName="小明"
      expected={expected}
      autoJoin
      activities={activity}
    />
  );
}

createRoot(document.getElementById('root')!).render(
  <StrictMode>
    <Page />
  </StrictMode>,
);
