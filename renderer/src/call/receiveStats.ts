// Reads what actually arrives: frames decoded and audio packets received, from
// the receivers' RTCStatsReports. Used by the call UI's quality summary and by
// end-to-end tests to prove media flows.
export interface ReceiveStats {
  videoFramesDecoded: number;
  videoFrameWidth: number;
  audioPacketsReceived: number;
  audioConcealedSamples: number;
  audioTotalSamples: number;
}

export function emptyReceiveStats(): ReceiveStats {
  return {
    videoFramesDecoded: 0,
    videoFrameWidth: 0,
    audioPacketsReceived: 0,
    audioConcealedSamples: 0,
    audioTotalSamples: 0,
  };
}

/** Adds one report's inbound-rtp entries into `into`. */
export function addInboundStats(into: ReceiveStats, report: RTCStatsReport): ReceiveStats {
  report.forEach((entry: Record<string, unknown>) => {
    if (entry['type'] !== 'inbound-rtp') return;
    const number = (key: string): number => (typeof entry[key] === 'number' ? (entry[key] as number) : 0);
    if (entry['kind'] === 'video') {
      into.videoFramesDecoded += number('framesDecoded');
      into.videoFrameWidth = Math.max(into.videoFrameWidth, number('frameWidth'));
    } else if (entry['kind'] === 'audio') {
      into.audioPacketsReceived += number('packetsReceived');
      into.audioConcealedSamples += number('concealedSamples');
      into.audioTotalSamples += number('totalSamplesReceived');
    }
  });
  return into;
}
