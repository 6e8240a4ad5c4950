// One measured window of the capacity benchmark: worker and load-generator
// CPU, loss at the receivers from sequence gaps, packets forwarded.
import { sleep } from '../lib/benchmark';
import { CpuMeter, machineBusyMs, rssBytes, udpCounters } from '../lib/proc';
import type { RiggedCall } from './callRig';
import { AUDIO, type LoadGenerator, VIDEO_LAYERS } from './loadgen';
import { MAX_PAYLOAD_BYTES, type CounterSnapshot } from './rtp';

/** Packets per second one side sends: Opus frames plus every layer's frames split into packets. */
export const PACKETS_PER_SIDE =
  1000 / AUDIO.frameMs +
  VIDEO_LAYERS.reduce(
    (total, layer) =>
      total + layer.frameRate * Math.ceil(layer.bitrate / 8 / layer.frameRate / MAX_PAYLOAD_BYTES),
    0,
  );

export interface Step {
  calls: number;
  workerCpu: number;
  generatorCpu: number;
  /** Everything else on the machine (other processes, kernel threads, steal), percent of one core. */
  otherCpu: number;
  lossPercent: number;
  audioLossPercent: number;
  videoLossPercent: number;
  forwardedPps: number;
  sentPps: number;
  targetPps: number;
  videoKbpsPerReceiver: number;
  workerRssMiB: number;
  kernelDrops: number;
  /** Frames the generator sent late by more than its lag limit and skipped. */
  skippedFrames: number;
  /** Measurements of this step, counting repeats after a disturbed window. */
  attempts: number;
}

export async function measureStep(
  calls: RiggedCall[],
  generator: LoadGenerator,
  workerPid: number,
  windowMs: number,
): Promise<Step> {
  const peers = calls.flatMap((call) => call.peers);
  const snapshots = new Map<object, CounterSnapshot>();
  for (const peer of peers)
    for (const counter of peer.counters.values()) snapshots.set(counter, counter.snapshot());
  const workerCpu = CpuMeter.forPid(workerPid);
  const selfCpu = CpuMeter.forSelf();
  const machineCpu = new CpuMeter(machineBusyMs);
  const udpBefore = udpCounters();
  const sentBefore = generator.sent;
  const skippedBefore = generator.skippedFrames;
  const startedAt = performance.now();
  await sleep(windowMs);
  const seconds = (performance.now() - startedAt) / 1000;
  const workerPercent = workerCpu.percent();
  const generatorPercent = selfCpu.percent();
  const machinePercent = machineCpu.percent();
  const totals = {
    audio: { expected: 0, received: 0, bytes: 0 },
    video: { expected: 0, received: 0, bytes: 0 },
  };
  for (const peer of peers) {
    for (const [ssrc, counter] of peer.counters) {
      const delta = counter.since(snapshots.get(counter)!);
      const kind = peer.kinds.get(ssrc) === 'audio' ? totals.audio : totals.video;
      kind.expected += delta.expected;
      kind.received += delta.received;
      kind.bytes += delta.bytes;
    }
  }
  const lossOf = (t: { expected: number; received: number }) =>
    t.expected > 0 ? (Math.max(0, t.expected - t.received) / t.expected) * 100 : Number.NaN;
  return {
    calls: calls.length,
    workerCpu: workerPercent,
    generatorCpu: generatorPercent,
    otherCpu: Math.max(0, machinePercent - workerPercent - generatorPercent),
    lossPercent: lossOf({
      expected: totals.audio.expected + totals.video.expected,
      received: totals.audio.received + totals.video.received,
    }),
    audioLossPercent: lossOf(totals.audio),
    videoLossPercent: lossOf(totals.video),
    forwardedPps: (totals.audio.received + totals.video.received) / seconds,
    sentPps: (generator.sent - sentBefore) / seconds,
    targetPps: calls.length * 2 * PACKETS_PER_SIDE,
    videoKbpsPerReceiver: (totals.video.bytes * 8) / 1000 / seconds / peers.length,
    workerRssMiB: rssBytes(workerPid) / 2 ** 20,
    kernelDrops: udpCounters().rcvbufErrors - udpBefore.rcvbufErrors,
    skippedFrames: generator.skippedFrames - skippedBefore,
    attempts: 1,
  };
}
