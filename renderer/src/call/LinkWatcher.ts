// Samples what a call receives and moves the automatic low-data mode down
// when the link is too weak and back up when it has recovered (see
// linkQuality.ts for the thresholds).
import { lossBetween, nextAutomaticMode, type LowDataMode, type ReceiveSample } from './linkQuality';

/** How often the link is sampled for the automatic low-data mode. */
export const LINK_SAMPLE_MS = 4_000;
const KEPT_SAMPLES = 10;

export interface CurrentLowData {
  mode: LowDataMode;
  /** Chosen by this watcher rather than by the person. */
  automatic: boolean;
}

export class LinkWatcher {
  private timer: ReturnType<typeof setInterval> | undefined;
  private lastSample: ReceiveSample | undefined;
  private lastMode: LowDataMode | undefined;
  private readonly losses: number[] = [];

  constructor(
    private readonly sample: () => Promise<ReceiveSample>,
    private readonly current: () => CurrentLowData,
    private readonly change: (mode: LowDataMode) => Promise<void>,
  ) {}

  start(): void {
    this.stop();
    this.timer = setInterval(() => void this.tick().catch(() => undefined), LINK_SAMPLE_MS);
  }

  stop(): void {
    clearInterval(this.timer);
    this.timer = undefined;
    this.lastSample = undefined;
    this.lastMode = undefined;
    this.losses.length = 0;
  }

  /** One sample; public for tests, otherwise driven by the timer. */
  async tick(): Promise<void> {
    const sample = await this.sample();
    const { mode, automatic } = this.current();
    // Every mode is judged on samples taken in it (whoever changed it).
    if (mode !== this.lastMode) this.losses.length = 0;
    this.lastMode = mode;
    if (this.lastSample) this.losses.push(lossBetween(this.lastSample, sample));
    this.lastSample = sample;
    if (this.losses.length > KEPT_SAMPLES) this.losses.shift();
    const next = nextAutomaticMode(mode, this.losses, automatic);
    if (next !== mode) await this.change(next);
  }
}
