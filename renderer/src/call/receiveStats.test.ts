import { describe, expect, it } from 'vitest';
import { addInboundStats, emptyReceiveStats } from './receiveStats';

function report(entries: Array<Record<string, unknown>>): RTCStatsReport {
  return new Map(entries.map((entry, index) => [String(index), entry])) as unknown as RTCStatsReport;
}

describe('addInboundStats', () => {
  it('adds up inbound video frames and audio packets, ignoring other entries', () => {
    const stats = emptyReceiveStats();
    addInboundStats(
      stats,
      report([
        { type: 'inbound-rtp', kind: 'video', framesDecoded: 30, frameWidth: 320 },
        {
          type: 'inbound-rtp',
          kind: 'audio',
          packetsReceived: 50,
          concealedSamples: 10,
          totalSamplesReceived: 1000,
        },
        { type: 'outbound-rtp', kind: 'video', framesEncoded: 99 },
      ]),
    );
    addInboundStats(
      stats,
      report([{ type: 'inbound-rtp', kind: 'video', framesDecoded: 5, frameWidth: 640 }]),
    );
    expect(stats).toEqual({
      videoFramesDecoded: 35,
      videoFrameWidth: 640,
      audioPacketsReceived: 50,
      audioConcealedSamples: 10,
      audioTotalSamples: 1000,
      videoBytesReceived: 0,
      audioBytesReceived: 0,
      videoPacketsReceived: 0,
      packetsLost: 0,
    });
  });
});
