// A read-only handle on the current call for end-to-end tests and support:
// call state, join metrics, receive counters (in all and per person) and the
// server's verdict on each side's link (video or sound only). No media.
import type { CallSession } from '../call/CallSession';

declare global {
  interface Window {
    hhcCall?: {
      state: () => string;
      connection: () => string;
      metrics: () => CallSession['metrics'];
      receiveStats: () => ReturnType<CallSession['receiveStats']>;
      /** What each other person sends us, by their role and name (a family call has several). */
      peerStats: () => Promise<
        Array<{
          peerId: string;
          role: string;
          displayName: string;
          videoFramesDecoded: number;
          audioPacketsReceived: number;
        }>
      >;
      /** { self, other }: 'video' | 'audio-only', as the server last said. */
      linkState: () => CallSession['linkState'];
      /** The camera's highest simulcast layer and whether the encoder was CPU-limited at the last sample. */
      encoder: () => { maxLayer: number; cpuLimited: boolean };
    };
  }
}

export function exposeDebugHandle(session: CallSession): void {
  window.hhcCall = {
    state: () => session.state,
    connection: () => session.connectionState,
    metrics: () => ({ ...session.metrics }),
    receiveStats: () => session.receiveStats(),
    peerStats: () =>
      Promise.all(
        session.remotePeers.map(async (peer) => {
          const stats = await session.receiveStats(peer.peerId);
          return {
            peerId: peer.peerId,
            role: peer.role,
            displayName: peer.displayName,
            videoFramesDecoded: stats.videoFramesDecoded,
            audioPacketsReceived: stats.audioPacketsReceived,
          };
        }),
      ),
    linkState: () => session.linkState,
    encoder: () => ({
      maxLayer: session.encoderLoad.state.maxLayer,
      cpuLimited: session.encoderLoad.lastCpuLimited,
    }),
  };
}
