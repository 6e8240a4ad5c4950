// Runs in Chromium for the real-WebRTC capacity benchmark: both sides of one
// 1:1 call in one page, each with its own camera and microphone (Chromium's
// fake devices), its own send and receive transports (two RTCPeerConnections
// per side) and the app's own publishing code (three simulcast layers, Opus),
// signalling through a function the benchmark exposes instead of socket.io.
import { Device, type types } from 'mediasoup-client';
import { publishLocal } from '../../../renderer/src/call/publish';
import { cameraConstraints } from '../../../renderer/src/call/encodings';
import type { SideStats } from '../sideStats';

interface ConsumerInfo {
  consumerId: string;
  producerId: string;
  kind: 'audio' | 'video';
  rtpParameters: types.RtpParameters;
}
interface JoinAnswer {
  peerId: string;
  sendTransport: types.TransportOptions;
  recvTransport: types.TransportOptions;
  consumers: ConsumerInfo[];
}
type Signal = (method: string, payload: unknown) => Promise<unknown>;
interface BenchWindow {
  hhcBench: Signal;
  hhcStartSide(call: number, side: number): Promise<void>;
  hhcStats(): Promise<SideStats[]>;
}
const page = window as unknown as BenchWindow;
const signal = <T>(method: string, payload: unknown) => page.hhcBench(method, payload) as Promise<T>;
const sides: Array<{ send: types.Transport; recv: types.Transport }> = [];

function wire(transport: types.Transport, peerId: string): void {
  transport.on('connect', ({ dtlsParameters }, callback, errback) => {
    signal('connect', { peerId, transportId: transport.id, dtlsParameters }).then(() => callback(), errback);
  });
  transport.on('produce', ({ kind, rtpParameters, appData }, callback, errback) => {
    signal<string>('produce', {
      peerId,
      transportId: transport.id,
      kind,
      source: (appData as { source: string }).source,
      rtpParameters,
    }).then((id) => callback({ id }), errback);
  });
}

async function consume(recv: types.Transport, peerId: string, info: ConsumerInfo, shown: MediaStream) {
  const consumer = await recv.consume({
    id: info.consumerId,
    producerId: info.producerId,
    kind: info.kind,
    rtpParameters: info.rtpParameters,
  });
  shown.addTrack(consumer.track);
  await signal('resume', { peerId, consumerId: consumer.id });
}

page.hhcStartSide = async (call: number, side: number) => {
  const stream = await navigator.mediaDevices.getUserMedia({ audio: true, video: cameraConstraints });
  const device = new Device();
  await device.load({ routerRtpCapabilities: await signal<types.RtpCapabilities>('capabilities', { call }) });
  const answer = await signal<JoinAnswer>('join', { call, side, rtpCapabilities: device.rtpCapabilities });
  const send = device.createSendTransport(answer.sendTransport);
  const recv = device.createRecvTransport(answer.recvTransport);
  wire(send, answer.peerId);
  wire(recv, answer.peerId);
  sides.push({ send, recv });
  // The other side's media is decoded and shown, as on the real screens (muted: no sound device here).
  const shown = new MediaStream();
  const video = document.createElement('video');
  Object.assign(video, { muted: true, autoplay: true, playsInline: true, width: 320, height: 180 });
  video.srcObject = shown;
  document.body.append(video);
  await publishLocal(send, device, stream);
  for (const info of answer.consumers) await consume(recv, answer.peerId, info, shown);
  // Consumers of a side that produces later arrive as events; polled, the bench has no socket.
  const poll = async () => {
    for (const info of await signal<ConsumerInfo[]>('events', { peerId: answer.peerId }))
      await consume(recv, answer.peerId, info, shown);
    setTimeout(() => void poll(), 200);
  };
  void poll();
};

page.hhcStats = async () => {
  const all: SideStats[] = [];
  for (const { send, recv } of sides) {
    const stats: SideStats = {
      packetsReceived: 0,
      packetsLost: 0,
      framesDecoded: 0,
      nackCount: 0,
      limitations: {},
      bytesSent: 0,
      srtpCiphers: [],
    };
    (await recv.getStats()).forEach((entry: Record<string, unknown>) => {
      if (entry['type'] !== 'inbound-rtp') return;
      stats.packetsReceived += Number(entry['packetsReceived'] ?? 0);
      stats.packetsLost += Number(entry['packetsLost'] ?? 0);
      stats.framesDecoded += Number(entry['framesDecoded'] ?? 0);
      stats.nackCount += Number(entry['nackCount'] ?? 0);
    });
    (await send.getStats()).forEach((entry: Record<string, unknown>) => {
      const cipher = entry['srtpCipher'];
      if (entry['type'] === 'transport' && typeof cipher === 'string') stats.srtpCiphers.push(cipher);
      if (entry['type'] !== 'outbound-rtp') return;
      stats.bytesSent += Number(entry['bytesSent'] ?? 0);
      const reason = entry['qualityLimitationReason'];
      if (typeof reason === 'string') stats.limitations[reason] = (stats.limitations[reason] ?? 0) + 1;
    });
    all.push(stats);
  }
  return all;
};
