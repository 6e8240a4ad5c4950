// A cheap school PC may not keep up with encoding three simulcast layers.
// When the browser says the camera's encoder is held back by the CPU
// (outbound-rtp `qualityLimitationReason === 'cpu'`) for a while, the kiosk
// sends one layer fewer (the largest first), and tries one more again only
// after a long clean spell, waiting longer each time it had to step down.
// Nothing is shown: the child need not know, the parent still gets video.
import type { types } from 'mediasoup-client';

/** The camera's highest simulcast layer (three layers: 0, 1, 2). */
export const TOP_LAYER = 2;
/** Held back by the CPU this long (in samples taken every ENCODER_SAMPLE_MS) before one layer goes. */
export const CPU_LIMITED_MS = 6_000;
/** Free of CPU limits this long before one layer comes back; doubled for every step down so far. */
export const RECOVER_MS = 120_000;
export const MAX_RECOVER_MS = 600_000;
export const ENCODER_SAMPLE_MS = 2_000;

export interface EncoderLoadState {
  /** The highest layer sent. */
  maxLayer: number;
  /** Since when every sample said "cpu" (undefined: the last one did not). */
  cpuSince?: number;
  /** Since when no sample said "cpu". */
  clearSince?: number;
  /** Steps down so far in this call. */
  drops: number;
}

export const initialEncoderLoad: EncoderLoadState = { maxLayer: TOP_LAYER, drops: 0 };

export function recoverDelay(drops: number): number {
  return Math.min(MAX_RECOVER_MS, RECOVER_MS * 2 ** Math.max(0, drops - 1));
}

/** The state after one sample taken at `at` (ms), saying whether the encoder was CPU-limited then. */
export function nextEncoderLoad(state: EncoderLoadState, at: number, cpuLimited: boolean): EncoderLoadState {
  if (cpuLimited) {
    const cpuSince = state.cpuSince ?? at;
    if (state.maxLayer > 0 && at - cpuSince >= CPU_LIMITED_MS) {
      // The next step down needs a full spell of its own, with the smaller load.
      return { maxLayer: state.maxLayer - 1, cpuSince: at, drops: state.drops + 1 };
    }
    return { ...state, cpuSince, clearSince: undefined };
  }
  const clearSince = state.clearSince ?? at;
  if (state.maxLayer < TOP_LAYER && at - clearSince >= recoverDelay(state.drops)) {
    return { ...state, maxLayer: state.maxLayer + 1, cpuSince: undefined, clearSince: at };
  }
  return { ...state, cpuSince: undefined, clearSince };
}

/** Whether any layer still being sent reports its quality limited by the CPU. */
export function cpuLimited(stats: Iterable<Record<string, unknown>>): boolean {
  for (const entry of stats) {
    if (entry['type'] !== 'outbound-rtp' || entry['kind'] !== 'video') continue;
    if (entry['active'] === false) continue;
    if (entry['qualityLimitationReason'] === 'cpu') return true;
  }
  return false;
}

/** Samples the camera's encoder and moves its highest layer through `apply`; driven by a timer. */
export class EncoderLoadWatcher {
  private timer: ReturnType<typeof setInterval> | undefined;
  private current: EncoderLoadState = initialEncoderLoad;
  /** The last sample's verdict, for support and the benchmark. */
  lastCpuLimited = false;

  constructor(
    private readonly camera: () => types.Producer | undefined,
    private readonly apply: (maxLayer: number) => Promise<void>,
    private readonly now: () => number = () => performance.now(),
  ) {}

  get state(): EncoderLoadState {
    return this.current;
  }

  start(): void {
    this.stop();
    this.timer = setInterval(() => void this.tick().catch(() => undefined), ENCODER_SAMPLE_MS);
  }

  /** Stops sampling; a new call starts again from all layers. */
  stop(): void {
    clearInterval(this.timer);
    this.timer = undefined;
    this.current = initialEncoderLoad;
  }

  /** One sample; public for tests, otherwise driven by the timer. */
  async tick(): Promise<void> {
    const camera = this.camera();
    if (!camera || camera.closed || camera.paused) return;
    const entries: Array<Record<string, unknown>> = [];
    (await camera.getStats()).forEach((entry: Record<string, unknown>) => entries.push(entry));
    this.lastCpuLimited = cpuLimited(entries);
    const next = nextEncoderLoad(this.current, this.now(), this.lastCpuLimited);
    const changed = next.maxLayer !== this.current.maxLayer;
    this.current = next;
    if (changed) await this.apply(next.maxLayer);
  }
}
