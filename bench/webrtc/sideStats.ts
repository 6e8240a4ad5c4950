// What the real-WebRTC page reports for one side of a call, summed over its
// streams (shared by the page and the benchmark, which type-check apart).
export interface SideStats {
  packetsReceived: number;
  packetsLost: number;
  framesDecoded: number;
  nackCount: number;
  /** Outbound video streams by `qualityLimitationReason`. */
  limitations: Record<string, number>;
  bytesSent: number;
  /** The SRTP protection profile the send transport negotiated with the worker. */
  srtpCiphers: string[];
}
