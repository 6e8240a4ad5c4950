// Watches one peer's downlink while its media is connected: every few seconds
// it reads the receive transport's bandwidth estimate and the audio consumers'
// scores, and tells the room when video should stop or come back (the rules
// are in linkPolicy.ts). One timer per peer, stopped when the peer goes.
import type { LinkState } from '@hhc/common/protocol';
import {
  initialLinkPolicyState,
  stepLinkPolicy,
  type LinkChange,
  type LinkPolicyOptions,
  type LinkPolicyState,
  type LinkSample,
} from './linkPolicy';
import type { Peer } from './Peer';

export interface LinkGuardOptions extends LinkPolicyOptions {
  sampleIntervalMs: number;
}

export class LinkGuard {
  private timer: NodeJS.Timeout | undefined;
  private policy: LinkPolicyState;
  private sampling = false;
  private stopped = false;

  constructor(
    private readonly options: LinkGuardOptions,
    private readonly measure: () => Promise<LinkSample>,
    private readonly onChange: (change: LinkChange) => void,
  ) {
    this.policy = initialLinkPolicyState(options);
  }

  get state(): LinkState {
    return this.policy.link;
  }

  /** Video is held at the smallest simulcast layer (just after a return). */
  get smallestLayer(): boolean {
    return this.policy.smallestLayer;
  }

  get running(): boolean {
    return this.timer !== undefined;
  }

  start(): void {
    if (this.stopped || this.timer) return;
    this.timer = setInterval(() => void this.tick(), this.options.sampleIntervalMs);
    this.timer.unref();
  }

  stop(): void {
    this.stopped = true;
    clearInterval(this.timer);
    this.timer = undefined;
  }

  /**
   * Takes one sample. The timer calls it with real measurements; tests call it
   * directly, because a loopback link cannot be made weak.
   */
  observe(sample: LinkSample): LinkChange | undefined {
    if (this.stopped) return undefined;
    const { state, change } = stepLinkPolicy(this.policy, sample, this.options);
    this.policy = state;
    if (change) this.onChange(change);
    return change;
  }

  private async tick(): Promise<void> {
    if (this.sampling) return; // a slow worker answer must not pile up requests
    this.sampling = true;
    try {
      const sample = await this.measure();
      this.observe(sample);
    } catch {
      // The transport closed between two ticks; the peer is on its way out.
    } finally {
      this.sampling = false;
    }
  }
}

/** What the server can see of a peer's downlink right now. */
export async function measureLink(peer: Peer, atMs: number): Promise<LinkSample> {
  const [stats] = await peer.recvTransport.getStats();
  const bitrate = stats?.availableOutgoingBitrate;
  let audioScore: number | undefined;
  let videoFlowing = false;
  for (const consumer of peer.consumers.values()) {
    // A paused stream sends nothing, so its score and the estimate say nothing about now.
    if (consumer.paused || consumer.producerPaused) continue;
    if (consumer.kind === 'video') videoFlowing = true;
    else audioScore = Math.min(audioScore ?? 10, consumer.score.score);
  }
  return {
    atMs,
    videoFlowing,
    ...(bitrate !== undefined ? { estimateKbps: bitrate / 1000 } : {}),
    ...(audioScore !== undefined ? { audioScore } : {}),
  };
}
