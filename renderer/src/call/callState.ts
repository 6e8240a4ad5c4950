// Where a call stands, and what it measured on the way in (for tests, support and the benchmarks).
export const CallState = {
  Idle: 'idle',
  Joining: 'joining',
  InCall: 'in-call',
  /** Connection or media server lost; rejoining by itself. */
  Reconnecting: 'reconnecting',
  Ended: 'ended',
  Failed: 'failed',
  /** Media never connected (UDP and TCP both blocked, a strict NAT): given up, the screens say so. */
  CannotConnect: 'cannot-connect',
} as const;
export type CallState = (typeof CallState)[keyof typeof CallState];

export interface JoinMetrics {
  joinStartedAt?: number;
  /** When the server's answer to the first call:join arrived (its work inside the join, plus one round trip). */
  joinAnsweredAt?: number;
  /** When the first transport began ICE checks (right after its DTLS parameters were sent). */
  iceStartedAt?: number;
  roundTripsBeforeIce?: number;
  firstRemoteVideoAt?: number;
  /** When the remote video first showed a frame (set by the screen that shows it). */
  firstRemoteFrameAt?: number;
  /** When a transport's ICE + DTLS first reached "connected". */
  mediaConnectedAt?: number;
  /** When the session gave up because media never connected. */
  cannotConnectAt?: number;
}
