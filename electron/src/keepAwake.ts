// Keeps the kiosk's display awake during a call: a screen going dark in the
// middle of a call looks to a child like the parent hung up. Electron's
// powerSaveBlocker is injected, so the IPC handler map stays testable.

/** The part of Electron's powerSaveBlocker this needs. */
export interface PowerSaveBlockerLike {
  start(type: 'prevent-display-sleep'): number;
  stop(id: number): unknown;
  isStarted(id: number): boolean;
}

/**
 * A call that never reports its end (the page crashed, a bug) must not keep
 * the screen on for ever; no booked slot is anywhere near this long.
 */
export const MAX_AWAKE_MS = 3 * 60 * 60_000;

export class KeepAwake {
  private blockerId: number | undefined;
  private safetyTimer: NodeJS.Timeout | undefined;

  constructor(
    private readonly blocker: PowerSaveBlockerLike,
    private readonly maxAwakeMs = MAX_AWAKE_MS,
  ) {}

  /** Idempotent: a page reloaded mid-call may say so twice. */
  callStarted(): { awake: boolean } {
    if (this.blockerId === undefined || !this.blocker.isStarted(this.blockerId))
      this.blockerId = this.blocker.start('prevent-display-sleep');
    clearTimeout(this.safetyTimer);
    this.safetyTimer = setTimeout(() => this.callEnded(), this.maxAwakeMs);
    this.safetyTimer.unref?.();
    return { awake: true };
  }

  callEnded(): { awake: boolean } {
    clearTimeout(this.safetyTimer);
    this.safetyTimer = undefined;
    if (this.blockerId !== undefined) {
      if (this.blocker.isStarted(this.blockerId)) this.blocker.stop(this.blockerId);
      this.blockerId = undefined;
    }
    return { awake: false };
  }

  get awake(): boolean {
    return this.blockerId !== undefined && this.blocker.isStarted(this.blockerId);
  }
}
