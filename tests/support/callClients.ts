// The two sides of a fixture school's calls as raw socket.io clients: the
// kiosk and the parent connect to a server (or to one node of several), join
// with the router's capabilities, and send a microphone and a camera the way
// mediasoup-client would — without a browser, so ICE never completes (fake
// DTLS), which these tests do not need.
import type { RtpCapabilities } from '../../common/mediaSchemas';
import type { ResponseMap } from '../../common/protocol';
import type { SchoolFixture } from './fixtures';
import { fakeDtlsParameters, opusParameters, vp8SimulcastParameters } from './rtpFixtures';
import { connect, requestOk, type TestSocket } from './socketClient';

export type Side = 'kiosk' | 'parent';
export type JoinAnswer = ResponseMap['call:join'];

export interface CallClients {
  /** The router's capabilities, as a browser would report them back. */
  capabilities: RtpCapabilities;
  /** A new connection signed in as the school's kiosk or parent (to `url`, or the first server's). */
  client(as: Side, url?: string): Promise<TestSocket>;
  /** Counts a connection opened some other way, so that `closeAll` closes it too. */
  keep(socket: TestSocket): TestSocket;
  join(socket: TestSocket, bookingId: string): Promise<JoinAnswer>;
  /** Disconnects every connection opened or kept so far. */
  closeAll(): void;
}

/** Probes `url` for the router's capabilities (as the kiosk) and returns the school's call clients. */
export async function callClients(url: string, school: SchoolFixture): Promise<CallClients> {
  const open: TestSocket[] = [];
  const probe = await connect(url, { kioskCredential: school.kioskCredential });
  const capabilities = (await requestOk(probe, 'call:capabilities', {})).routerRtpCapabilities;
  probe.disconnect();
  const keep = (socket: TestSocket) => {
    open.push(socket);
    return socket;
  };
  return {
    capabilities,
    keep,
    async client(as, to = url) {
      return keep(
        await connect(
          to,
          as === 'kiosk'
            ? { kioskCredential: school.kioskCredential }
            : { guardianToken: school.guardianToken },
        ),
      );
    },
    join: (socket, bookingId) => requestOk(socket, 'call:join', { bookingId, rtpCapabilities: capabilities }),
    closeAll() {
      for (const socket of open.splice(0)) socket.disconnect();
    },
  };
}

/** Connects the join's send transport and produces a microphone on it (Opus, SSRC `ssrc`). */
export async function sendMic(socket: TestSocket, answer: Pick<JoinAnswer, 'sendTransport'>, ssrc?: number) {
  const transportId = answer.sendTransport.id;
  await requestOk(socket, 'transport:connect', { transportId, dtlsParameters: fakeDtlsParameters });
  return requestOk(socket, 'media:produce', {
    transportId,
    kind: 'audio',
    source: 'microphone',
    rtpParameters: opusParameters(ssrc),
  });
}

/**
 * Connects the join's send transport and produces a microphone and a simulcast camera on it.
 * `ssrcBase` keeps the SSRCs of several senders in one call apart.
 */
export async function sendMicAndCamera(socket: TestSocket, answer: JoinAnswer, ssrcBase?: number) {
  const audio = await sendMic(socket, answer, ssrcBase);
  const video = await requestOk(socket, 'media:produce', {
    transportId: answer.sendTransport.id,
    kind: 'video',
    source: 'camera',
    rtpParameters: vp8SimulcastParameters(ssrcBase === undefined ? undefined : ssrcBase + 100),
  });
  return { audio, video };
}
