// Samples what a call receives and asks for a lower-data mode when the link
// is too weak (see linkQuality.ts for the thresholds).
import { lossBetween, nextAutomaticMode, type LowDataMode, type ReceiveSample } from './linkQuality';

/** How often the link is sampled for the automatic low-data mode. */
export const LINK_SAMPLE_MS = 4_000;
const KEPT_SAMPLES = 10;

export class LinkWatcher {
  private timer: ReturnType<typeof setInterval> | undefined;
  private lastSample: ReceiveSample | undefined;
  private readonly losses: number[] = [];

  constructor(
    private readonly sample: () => Promise<ReceiveSample>,
    private readonly currentMode: () => LowDataMode,
    private readonly stepDown: (mode: LowDataMode) => Promise<void>,
  ) {}

  start(): void {
    this.stop();
    this.timer = setInterval(() => void this.tick().catch(() => undefined), LINK_SAMPLE_MS);
  }

  stop(): void {
    clearInterval(this.timer);
    this.timer = undefined;
    this.lastSample = undefined;
    this.losses.length = 0;
  }

  private async tick(): Promise<void> {
    const sample = await this.sample();
    if (this.lastSample) this.losses.push(lossBetween(this.lastSample, sample));
    this.lastSample = sample;
    if (this.losses.length > KEPT_SAMPLES) this.losses.shift();
    const next = nextAutomaticMode(this.currentMode(), this.losses);
    if (next !== this.currentMode()) await this.stepDown(next);
  }
}
