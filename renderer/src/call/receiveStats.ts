// Reads what actually arrives: frames decoded and audio packets received, from
// the receivers' RTCStatsReports. Used by the call UI's quality summary and by
// end-to-end tests to prove media flows.
export interface ReceiveStats {
  videoFramesDecoded: number;
  videoFrameWidth: number;
  audioPacketsReceived: number;
  audioConcealedSamples: number;
  audioTotalSamples: number;
  /** Payload bytes and packet counters, for the kiosk's bitrate and loss samples (deltas over time). */
  videoBytesReceived: number;
  audioBytesReceived: number;
  videoPacketsReceived: number;
  packetsLost: number;
}

export function emptyReceiveStats(): ReceiveStats {
  return {
    videoFramesDecoded: 0,
    videoFrameWidth: 0,
    audioPacketsReceived: 0,
    audioConcealedSamples: 0,
    audioTotalSamples: 0,
    videoBytesReceived: 0,
    audioBytesReceived: 0,
    videoPacketsReceived: 0,
    packetsLost: 0,
  };
}

/** Adds one report's inbound-rtp entries into `into`. */
export function addInboundStats(into: ReceiveStats, report: RTCStatsReport): ReceiveStats {
  report.forEach((entry: Record<string, unknown>) => {
    if (entry['type'] !== 'inbound-rtp') return;
    const number = (key: string): number => (typeof entry[key] === 'number' ? (entry[key] as number) : 0);
    into.packetsLost += Math.max(0, number('packetsLost')); // RTP may report it negative (duplicates)
    if (entry['kind'] === 'video') {
      into.videoFramesDecoded += number('framesDecoded');
      into.videoBytesReceived += number('bytesReceived');
      into.videoPacketsReceived += number('packetsReceived');
      into.videoFrameWidth = Math.max(into.videoFrameWidth, number('frameWidth'));
    } else if (entry['kind'] === 'audio') {
      into.audioPacketsReceived += number('packetsReceived');
      into.audioBytesReceived += number('bytesReceived');
      into.audioConcealedSamples += number('concealedSamples');
      into.audioTotalSamples += number('totalSamplesReceived');
    }
  });
  return into;
}
