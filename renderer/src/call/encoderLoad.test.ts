import { describe, expect, it } from 'vitest';
import type { types } from 'mediasoup-client';
import {
  CPU_LIMITED_MS,
  cpuLimited,
  ENCODER_SAMPLE_MS,
  EncoderLoadWatcher,
  initialEncoderLoad,
  MAX_RECOVER_MS,
  nextEncoderLoad,
  RECOVER_MS,
  recoverDelay,
  type EncoderLoadState,
} from './encoderLoad';

/** Feeds one sample every ENCODER_SAMPLE_MS from `from` for `ms`; returns the state and every layer seen. */
function run(state: EncoderLoadState, from: number, ms: number, limited: boolean) {
  const layers: number[] = [];
  let at = from;
  for (; at < from + ms; at += ENCODER_SAMPLE_MS) {
    state = nextEncoderLoad(state, at, limited);
    layers.push(state.maxLayer);
  }
  return { state, layers, at };
}

describe('nextEncoderLoad: fewer layers while the CPU holds the encoder back', () => {
  it('keeps every layer while the encoder is not CPU-limited', () => {
    expect(run(initialEncoderLoad, 0, 60_000, false).state.maxLayer).toBe(2);
  });

  it('drops the top layer only after a whole spell of CPU limits, then the next after another', () => {
    let state = initialEncoderLoad;
    state = nextEncoderLoad(state, 0, true);
    state = nextEncoderLoad(state, CPU_LIMITED_MS - 1, true);
    expect(state.maxLayer).toBe(2);
    state = nextEncoderLoad(state, CPU_LIMITED_MS, true);
    expect(state.maxLayer).toBe(1);
    state = nextEncoderLoad(state, CPU_LIMITED_MS + 1, true);
    expect(state.maxLayer).toBe(1);
    state = nextEncoderLoad(state, 2 * CPU_LIMITED_MS, true);
    expect(state.maxLayer).toBe(0);
    // Never below the smallest layer: the parent keeps seeing the child.
    expect(run(state, 2 * CPU_LIMITED_MS, 60_000, true).state.maxLayer).toBe(0);
  });

  it('a clean sample in between starts the spell again', () => {
    let state = nextEncoderLoad(initialEncoderLoad, 0, true);
    state = nextEncoderLoad(state, CPU_LIMITED_MS - 2_000, false);
    state = nextEncoderLoad(state, CPU_LIMITED_MS, true);
    state = nextEncoderLoad(state, CPU_LIMITED_MS + 2_000, true);
    expect(state.maxLayer).toBe(2);
  });

  it('brings a layer back after a long clean spell, waiting longer after every step down', () => {
    const down = run(initialEncoderLoad, 0, 2 * CPU_LIMITED_MS + ENCODER_SAMPLE_MS, true);
    expect(down.state).toMatchObject({ maxLayer: 0, drops: 2 });
    const wait = recoverDelay(2);
    expect(wait).toBe(2 * RECOVER_MS);
    const almost = run(down.state, down.at, wait - ENCODER_SAMPLE_MS, false);
    expect(almost.state.maxLayer).toBe(0);
    const back = run(almost.state, almost.at, 2 * ENCODER_SAMPLE_MS, false);
    expect(back.state.maxLayer).toBe(1);
    expect(recoverDelay(10)).toBe(MAX_RECOVER_MS);
  });
});

describe('cpuLimited: what getStats says about the camera', () => {
  it('is true when a layer still sent is limited by the CPU, not for bandwidth or a stopped layer', () => {
    const video = (reason: string, active = true) => ({
      type: 'outbound-rtp',
      kind: 'video',
      active,
      qualityLimitationReason: reason,
    });
    expect(cpuLimited([video('none'), video('cpu')])).toBe(true);
    expect(cpuLimited([video('bandwidth'), video('none')])).toBe(false);
    expect(cpuLimited([video('none'), video('cpu', false)])).toBe(false);
    expect(cpuLimited([{ type: 'outbound-rtp', kind: 'audio', qualityLimitationReason: 'cpu' }])).toBe(false);
    expect(cpuLimited([])).toBe(false);
  });
});

describe('EncoderLoadWatcher', () => {
  it('samples the camera and sets the highest layer through apply, and starts afresh after stop', async () => {
    let reason = 'cpu';
    let now = 0;
    const applied: number[] = [];
    const camera = {
      closed: false,
      paused: false,
      async getStats() {
        return new Map([['o', { type: 'outbound-rtp', kind: 'video', qualityLimitationReason: reason }]]);
      },
    } as unknown as types.Producer;
    const watcher = new EncoderLoadWatcher(
      () => camera,
      async (layer) => void applied.push(layer),
      () => now,
    );
    for (; now <= CPU_LIMITED_MS; now += ENCODER_SAMPLE_MS) await watcher.tick();
    expect(applied).toEqual([1]);
    expect(watcher.lastCpuLimited).toBe(true);
    reason = 'none';
    for (const end = now + RECOVER_MS; now <= end; now += ENCODER_SAMPLE_MS) await watcher.tick();
    expect(applied).toEqual([1, 2]);
    watcher.stop();
    expect(watcher.state).toEqual(initialEncoderLoad);
  });

  it('does nothing without a camera, or while the camera is paused', async () => {
    const applied: number[] = [];
    let calls = 0;
    const paused = {
      closed: false,
      paused: true,
      async getStats() {
        calls++;
        return new Map();
      },
    } as unknown as types.Producer;
    for (const camera of [undefined, paused]) {
      const watcher = new EncoderLoadWatcher(
        () => camera,
        async (layer) => void applied.push(layer),
        () => 0,
      );
      await watcher.tick();
    }
    expect(calls).toBe(0);
    expect(applied).toEqual([]);
  });
});
