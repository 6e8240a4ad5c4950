// The bounded time media gets to connect. ICE tries UDP first, then TCP
// through the media server's one TCP port (school and mobile networks often
// block UDP); on loopback and on the test link TCP connects within a second.
// If neither connects in time the call says so instead of showing a black
// screen and rejoining silently for ever.

/**
 * How long ICE may take to connect media before the call gives up and says
 * so. Shorter than the server's own limit (HHC_MEDIA_CONNECT_TIMEOUT_S, 30 s),
 * so the person hears it from their screen rather than through a silent rejoin.
 */
export const MEDIA_CONNECT_TIMEOUT_MS = 15_000;

export class ConnectClock {
  private timer: ReturnType<typeof setTimeout> | undefined;

  constructor(
    private readonly giveUp: () => void,
    private readonly timeoutMs = MEDIA_CONNECT_TIMEOUT_MS,
  ) {}

  /** A join: the full time from now. */
  start(): void {
    clearTimeout(this.timer);
    this.timer = setTimeout(() => {
      this.timer = undefined;
      this.giveUp();
    }, this.timeoutMs);
  }

  /**
   * An ICE restart: the full time only if media had connected since the last
   * start. Before that the join's clock keeps running, or ICE failing fast and
   * often would restart it for ever.
   */
  startIfStopped(): void {
    if (this.timer === undefined) this.start();
  }

  /** Media connected, or the attempt is over. */
  stop(): void {
    clearTimeout(this.timer);
    this.timer = undefined;
  }
}
