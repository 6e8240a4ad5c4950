// A read-only handle on the current call for end-to-end tests and support:
// call state, join metrics, receive counters and the server's verdict on each
// side's link (video or sound only). No names, no media.
import type { CallSession } from '../call/CallSession';

declare global {
  interface Window {
    hhcCall?: {
      state: () => string;
      connection: () => string;
      metrics: () => CallSession['metrics'];
      receiveStats: CallSession['receiveStats'];
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
    linkState: () => session.linkState,
    encoder: () => ({
      maxLayer: session.encoderLoad.state.maxLayer,
      cpuLimited: session.encoderLoad.lastCpuLimited,
    }),
  };
}
