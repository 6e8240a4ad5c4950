// Packets the worker takes in (every producer's streams) and sends out (every
// consumer's stream), read from mediasoup's own counters, so the PlainTransport
// rig and the real WebRTC calls are counted the same way.
import type { types } from 'mediasoup';

export interface PacketCount {
  in: number;
  out: number;
  bytesIn: number;
  bytesOut: number;
}

export async function countPackets(
  producers: Iterable<types.Producer>,
  consumers: Iterable<types.Consumer>,
): Promise<PacketCount> {
  const count: PacketCount = { in: 0, out: 0, bytesIn: 0, bytesOut: 0 };
  const reads: Array<Promise<void>> = [];
  for (const producer of producers) {
    if (producer.closed) continue;
    reads.push(
      producer.getStats().then((stats) => {
        for (const stream of stats) {
          count.in += stream.packetCount;
          count.bytesIn += stream.byteCount;
        }
      }),
    );
  }
  for (const consumer of consumers) {
    if (consumer.closed) continue;
    reads.push(
      consumer.getStats().then((stats) => {
        for (const stream of stats) {
          if (stream.type !== 'outbound-rtp') continue;
          count.out += stream.packetCount;
          count.bytesOut += stream.byteCount;
        }
      }),
    );
  }
  await Promise.all(reads.map((read) => read.catch(() => undefined)));
  return count;
}

export function packetsSince(now: PacketCount, before: PacketCount): PacketCount {
  return {
    in: now.in - before.in,
    out: now.out - before.out,
    bytesIn: now.bytesIn - before.bytesIn,
    bytesOut: now.bytesOut - before.bytesOut,
  };
}
