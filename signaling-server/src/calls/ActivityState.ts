// The activity state of every open call (books, drawing, cards), kept beside
// the rooms rather than inside one: a room closes when its media server
// restarts or when both sides drop at once, and both screens should still come
// back to the same page and drawing when they rejoin. The state goes when the
// call ends (slot over, booking changed) or when nobody has been in the call
// for a grace period; nothing of a drawing is kept by the server after that.
import { applyActivity, initialActivityState, type ActivityState } from '@hhc/common/activities/state';
import type { ActivityAction, ActivityKind, ActivityRole } from '@hhc/common/activities/schema';
import { AppError, ErrorCode } from '@hhc/common/result';

/** How long an empty call keeps its activities for a rejoin. */
export const EMPTY_CALL_GRACE_MS = 120_000;

/** What the call log keeps of a call's activities: which were used, whether the drawing was kept. */
export interface ActivitySummary {
  used: ActivityKind[];
  kept: boolean;
}

const refusalText = {
  'not-open': 'No book is open.',
  'page-full': 'The drawing is full; clear it to draw more.',
  'stroke-too-long': 'That line is too long.',
  'not-yours': 'There is no line of yours to take back.',
  'child-only': 'Only the child can do that.',
  'no-style': 'A new line needs a colour and a width.',
} as const;

export class CallActivities {
  private readonly calls = new Map<string, ActivityState>();
  private readonly emptyTimers = new Map<string, NodeJS.Timeout>();
  /** Summaries of calls whose state is gone, until the call log has read them. */
  private readonly ended = new Map<string, ActivitySummary>();

  constructor(private readonly graceMs = EMPTY_CALL_GRACE_MS) {}

  get size(): number {
    return this.calls.size;
  }

  /**
   * Applies one action and returns its number, and whether what the call log
   * keeps (kinds used, drawing kept) changed; throws a coded refusal.
   */
  act(callId: string, action: ActivityAction, by: ActivityRole): { seq: number; summaryChanged: boolean } {
    const before = this.calls.get(callId) ?? initialActivityState;
    const applied = applyActivity(before, action, by);
    if (!applied.ok)
      throw new AppError(ErrorCode.BadRequest, refusalText[applied.refusal], { reason: applied.refusal });
    this.calls.set(callId, applied.state);
    const summaryChanged = applied.state.used !== before.used || applied.state.kept !== before.kept;
    return { seq: applied.state.seq, summaryChanged };
  }

  snapshot(callId: string): ActivityState {
    return this.calls.get(callId) ?? initialActivityState;
  }

  summary(callId: string): ActivitySummary {
    const state = this.calls.get(callId);
    if (state) return { used: [...state.used], kept: state.kept };
    return this.ended.get(callId) ?? { used: [], kept: false };
  }

  /** Someone is in the call again: keep its state. */
  occupied(callId: string): void {
    clearTimeout(this.emptyTimers.get(callId));
    this.emptyTimers.delete(callId);
  }

  /** The call's room closed with nobody in it: forget the state unless someone comes back soon. */
  emptied(callId: string): void {
    if (!this.calls.has(callId) || this.emptyTimers.has(callId)) return;
    const timer = setTimeout(() => this.end(callId), this.graceMs);
    timer.unref();
    this.emptyTimers.set(callId, timer);
  }

  /** The call is over: drop the drawing and the rest; only the summary stays for the log. */
  end(callId: string): void {
    this.occupied(callId);
    const state = this.calls.get(callId);
    if (!state) return;
    this.calls.delete(callId);
    if (state.used.length > 0) {
      this.ended.set(callId, { used: [...state.used], kept: state.kept });
      // Bounded: summaries are read as the peers' records close, right after the end.
      if (this.ended.size > 1_000) this.ended.delete(this.ended.keys().next().value as string);
    }
  }

  close(): void {
    for (const timer of this.emptyTimers.values()) clearTimeout(timer);
    this.emptyTimers.clear();
    this.calls.clear();
  }
}
