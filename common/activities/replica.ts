// One screen's copy of the call's activity state. What the server has
// numbered is applied strictly in sequence order (other side's actions arrive
// as pushes, our own as acknowledgements carrying their number); our actions
// still on their way are shown on top at once, so a stroke follows the finger
// without waiting a round trip. A gap in the numbers (a lost connection) is
// healed by a snapshot from the server.
import { applyActivity, initialActivityState, type ActivityState } from './state';
import type { ActivityAction, ActivityRole } from './schema';

interface Numbered {
  action: ActivityAction;
  by: ActivityRole;
}

export class ActivityReplica {
  private confirmed: ActivityState = initialActivityState;
  /** Numbered actions that arrived ahead of one still missing. */
  private readonly ahead = new Map<number, Numbered>();
  /** Our own actions sent and not yet numbered, oldest first. */
  private pending: Array<{ localId: number; action: ActivityAction }> = [];
  private nextLocalId = 1;
  private shown: ActivityState | undefined;

  constructor(readonly role: ActivityRole) {}

  /** The state to draw: the server's, with our own unconfirmed actions on top. */
  get state(): ActivityState {
    if (this.shown) return this.shown;
    let state = this.confirmed;
    for (const { action } of this.pending) {
      const applied = applyActivity(state, action, this.role);
      if (applied.ok) state = applied.state;
    }
    this.shown = state;
    return state;
  }

  get seq(): number {
    return this.confirmed.seq;
  }

  /** True when numbered actions wait for an earlier one that has not come: ask for a snapshot. */
  get hasGap(): boolean {
    return this.ahead.size > 0;
  }

  /** Our own action, about to be sent; returns the id to settle it with. */
  local(action: ActivityAction): number {
    const localId = this.nextLocalId++;
    this.pending.push({ localId, action });
    this.shown = undefined;
    return localId;
  }

  /** The server numbered our action. */
  acknowledged(localId: number, seq: number): void {
    const index = this.pending.findIndex((entry) => entry.localId === localId);
    if (index < 0) return;
    const [entry] = this.pending.splice(index, 1);
    if (entry) this.numbered(seq, { action: entry.action, by: this.role });
  }

  /** The server refused our action (limits, rate, connection): it disappears from the screen. */
  refused(localId: number): void {
    this.pending = this.pending.filter((entry) => entry.localId !== localId);
    this.shown = undefined;
  }

  /** The other side's action, pushed by the server. */
  remote(seq: number, action: ActivityAction, by: ActivityRole): void {
    this.numbered(seq, { action, by });
  }

  /** The whole state from the server (after a join or a gap); older news is dropped. */
  snapshot(state: ActivityState): void {
    if (state.seq < this.confirmed.seq) return;
    this.confirmed = state;
    for (const seq of [...this.ahead.keys()]) if (seq <= state.seq) this.ahead.delete(seq);
    this.drain();
    this.shown = undefined;
  }

  private numbered(seq: number, entry: Numbered): void {
    if (seq <= this.confirmed.seq) return;
    this.ahead.set(seq, entry);
    this.drain();
    this.shown = undefined;
  }

  private drain(): void {
    for (;;) {
      const entry = this.ahead.get(this.confirmed.seq + 1);
      if (!entry) return;
      this.ahead.delete(this.confirmed.seq + 1);
      const applied = applyActivity(this.confirmed, entry.action, entry.by);
      // The server applied it, so it applies here too; if not, keep the numbering in step anyway.
      this.confirmed = applied.ok ? applied.state : { ...this.confirmed, seq: this.confirmed.seq + 1 };
    }
  }
}
