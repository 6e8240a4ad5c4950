// A read-only handle on the current call for end-to-end tests and support:
// call state, join metrics and receive counters. No names, no media.
import type { CallSession } from '../call/CallSession';

declare global {
  interface Window {
    hhcCall?: {
      state: () => string;
      connection: () => string;
      metrics: () => CallSession['metrics'];
      receiveStats: CallSession['receiveStats'];
    };
  }
}

export function exposeDebugHandle(session: CallSession): void {
  window.hhcCall = {
    state: () => session.state,
    connection: () => session.connectionState,
    metrics: () => ({ ...session.metrics }),
    receiveStats: () => session.receiveStats(),
  };
}
