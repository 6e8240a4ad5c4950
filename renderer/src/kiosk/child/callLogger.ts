// Writes one call attempt into the kiosk's local call log (main process):
// start, who joined and left when, quality samples, how it ended and how it
// felt. Requests run one after another behind the start, so nothing is sent
// before the attempt id exists and nothing arrives out of order. Without a
// bridge (a plain browser) every call is a no-op.
import type { KioskBooking } from '@hhc/common/protocol';
import type { KioskApi } from '@hhc/common/kiosk/ipc';
import type { CallEndReason, Feeling } from '@hhc/common/kiosk/callLog';
import type { QualitySample } from './quality';
import type { ActivityKind } from '@hhc/common/activities/schema';

export type FinishReason = Exclude<CallEndReason, 'interrupted'>;
type LogApi = Pick<KioskApi, 'calls' | 'power'>;

export class CallLogger {
  private chain: Promise<string | undefined> = Promise.resolve(undefined);
  private started = false;
  private finished = false;
  private kioskIn = false;
  private parentIn = false;
  /** The parent was in the call at some point (a slot that ends without them is a no-show). */
  parentEverJoined = false;

  constructor(
    private readonly api: LogApi | undefined,
    private readonly booking: Pick<KioskBooking, 'id' | 'childId' | 'guardianRelation' | 'startAt' | 'endAt'>,
  ) {}

  start(): void {
    if (this.started || !this.api) return;
    this.started = true;
    const api = this.api;
    this.chain = api.calls
      .start({
        bookingId: this.booking.id,
        childId: this.booking.childId,
        guardianRelation: this.booking.guardianRelation,
        scheduledStart: this.booking.startAt,
        scheduledEnd: this.booking.endAt,
      })
      .then((result) => (result.ok ? result.value.id : undefined))
      .catch(() => undefined);
    void api.power.callStarted().catch(() => undefined);
  }

  kioskJoined(): void {
    if (this.kioskIn || this.finished) return;
    this.kioskIn = true;
    this.then((api, attemptId) => api.calls.kioskJoined({ attemptId }));
  }

  /** Called with whether the parent is in the call now; logs only the changes. */
  parentPresent(present: boolean): void {
    if (present === this.parentIn || this.finished) return;
    this.parentIn = present;
    if (present) this.parentEverJoined = true;
    this.then((api, attemptId) =>
      present ? api.calls.parentJoined({ attemptId }) : api.calls.parentLeft({ attemptId }),
    );
  }

  quality(sample: QualitySample): void {
    if (this.finished) return;
    this.then((api, attemptId) => api.calls.quality({ attemptId, ...sample }));
  }

  /** The activities the call has used so far (books, drawing, cards). */
  activities(kinds: readonly ActivityKind[]): void {
    if (this.finished || kinds.length === 0) return;
    this.then((api, attemptId) => api.calls.activities({ attemptId, activities: [...kinds] }));
  }

  /** Ends the attempt once; resolves with its id for the feeling that follows. */
  finish(reason: FinishReason): Promise<string | undefined> {
    if (this.finished || !this.api) return this.chain;
    // The parent's side closes with the call: the log should not show them still in it.
    if (this.parentIn) this.parentPresent(false);
    this.finished = true;
    const api = this.api;
    this.then((_api, attemptId) => api.calls.finish({ attemptId, reason }));
    void api.power.callEnded().catch(() => undefined);
    return this.chain;
  }

  get isFinished(): boolean {
    return this.finished;
  }

  private then(step: (api: LogApi, attemptId: string) => Promise<unknown>): void {
    const api = this.api;
    if (!api) return;
    this.chain = this.chain.then(async (attemptId) => {
      if (attemptId) await step(api, attemptId).catch(() => undefined);
      return attemptId;
    });
  }
}

/** Stores the child's face after the call; nothing to do without a bridge or an attempt. */
export async function recordFeeling(
  api: Pick<KioskApi, 'calls'> | undefined,
  attempt: Promise<string | undefined>,
  feeling: Feeling,
): Promise<void> {
  const attemptId = await attempt;
  if (!api || !attemptId) return;
  await api.calls.feeling({ attemptId, feeling }).catch(() => undefined);
}
