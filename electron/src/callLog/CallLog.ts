// The kiosk's local call log. Every change is its own committed transaction
// (written as the call happens, not at the end), so a power cut mid-call still
// leaves a row saying the call started, who joined and how it went so far.
// Every change also bumps the row's version and puts it in the outbox.
import { randomUUID } from 'node:crypto';
import type { ActivityKind } from '@hhc/common/activities/schema';
import { AppError, ErrorCode } from '@hhc/common/result';
import { openCallLogDatabase, type Db } from './database';
import { addQualitySample } from './quality';
import { mutableColumns, toCallAttempt, type CallAttemptRow } from './rows';
import type {
  CallAttempt,
  CallEndReason,
  Feeling,
  NewCallAttempt,
  QualitySample,
  RecentCall,
  RecentCallsFilter,
} from '@hhc/common/kiosk/callLog';

export interface CallLogOptions {
  now?: () => number;
  newId?: () => string;
}

/** A row waiting to be sent, with how often the server has refused it so far. */
export interface OutboxEntry {
  row: CallAttempt;
  failures: number;
}

export const RECENT_DEFAULT_LIMIT = 100;
import { RECENT_MAX_LIMIT } from '@hhc/common/kiosk/ipc';

export { RECENT_MAX_LIMIT };

export function openCallLog(file: string, options: CallLogOptions = {}): CallLog {
  const now = options.now ?? Date.now;
  return new CallLog(openCallLogDatabase(file, now), { ...options, now });
}

export class CallLog {
  private readonly now: () => number;
  private readonly newId: () => string;

  constructor(
    private readonly db: Db,
    options: CallLogOptions = {},
  ) {
    this.now = options.now ?? Date.now;
    this.newId = options.newId ?? randomUUID;
  }

  startAttempt(input: NewCallAttempt): CallAttempt {
    if (!(input.scheduledEnd > input.scheduledStart))
      throw new AppError(ErrorCode.BadRequest, 'A call must end after it starts.');
    const id = this.newId();
    const at = this.now();
    this.db.transaction(() => {
      this.db
        .prepare(
          `INSERT INTO call_attempts (id, booking_id, child_id, guardian_relation, scheduled_start, scheduled_end, created_at, updated_at)
           VALUES (?, ?, ?, ?, ?, ?, ?, ?)`,
        )
        .run(
          id,
          input.bookingId,
          input.childId,
          input.guardianRelation,
          input.scheduledStart,
          input.scheduledEnd,
          at,
          at,
        );
      this.enqueue(id, at);
    })();
    return this.require(id);
  }

  /** The kiosk's media is up. A second call (after a rejoin) keeps the first time. */
  markKioskJoined(id: string): CallAttempt {
    return this.changeOpen(id, (row, at) => ({ ...row, kioskJoinedAt: row.kioskJoinedAt ?? at }));
  }

  /** The parent is in the call; a parent who comes back after a drop is no longer "left". */
  markParentJoined(id: string): CallAttempt {
    return this.changeOpen(id, (row, at) => ({
      ...row,
      parentJoinedAt: row.parentJoinedAt ?? at,
      parentLeftAt: null,
    }));
  }

  markParentLeft(id: string): CallAttempt {
    return this.changeOpen(id, (row, at) =>
      row.parentJoinedAt === null || row.parentLeftAt !== null ? row : { ...row, parentLeftAt: at },
    );
  }

  recordQuality(id: string, sample: QualitySample): CallAttempt {
    return this.changeOpen(id, (row) => ({ ...row, quality: addQualitySample(row.quality, sample) }));
  }

  /** The activities the call has used so far (the call's own list, which only grows). */
  recordActivities(id: string, activities: readonly ActivityKind[]): CallAttempt {
    return this.changeOpen(id, (row) => ({ ...row, activities: [...new Set(activities)] }));
  }

  /** Ends the attempt; the kiosk has left and so, as far as this call goes, has the parent. */
  finish(id: string, reason: CallEndReason): CallAttempt {
    return this.changeOpen(id, (row, at) => closeRow(row, reason, at));
  }

  /** The child's face after the call; may be changed or cleared, also after the call ended. */
  setFeeling(id: string, feeling: Feeling | null): CallAttempt {
    return this.change(id, (row) => ({ ...row, feeling }));
  }

  /**
   * Closes attempts left open by a crash or power cut. Call it once when the
   * main process starts, before any new call: nothing can be running then.
   * The last write to an open row is the best guess of when it stopped.
   */
  closeInterrupted(): CallAttempt[] {
    const open = this.db
      .prepare('SELECT id FROM call_attempts WHERE end_reason IS NULL')
      .pluck()
      .all() as string[];
    return open.map((id) => this.change(id, (row) => closeRow(row, 'interrupted', row.updatedAt)));
  }

  get(id: string): CallAttempt | undefined {
    const row = this.db.prepare('SELECT * FROM call_attempts WHERE id = ?').get(id) as
      CallAttemptRow | undefined;
    return row && toCallAttempt(row);
  }

  /** Teacher mode: newest scheduled first. */
  recent(filter: RecentCallsFilter = {}): RecentCall[] {
    const limit = Math.min(Math.max(1, filter.limit ?? RECENT_DEFAULT_LIMIT), RECENT_MAX_LIMIT);
    const rows = this.db
      .prepare(
        `SELECT a.*, o.attempt_id IS NULL AS synced
         FROM call_attempts a LEFT JOIN sync_outbox o ON o.attempt_id = a.id
         WHERE (@from IS NULL OR a.scheduled_start >= @from)
           AND (@to IS NULL OR a.scheduled_start < @to)
           AND (@childId IS NULL OR a.child_id = @childId)
         ORDER BY a.scheduled_start DESC, a.created_at DESC, a.id
         LIMIT @limit`,
      )
      .all({
        from: filter.from ?? null,
        to: filter.to ?? null,
        childId: filter.childId ?? null,
        limit,
      }) as Array<CallAttemptRow & { synced: number }>;
    return rows.map((row) => ({ ...toCallAttempt(row), synced: row.synced === 1 }));
  }

  /** Rows the server lacks, oldest first, skipping rows whose backoff has not expired. */
  pendingSync(limit: number, now = this.now()): OutboxEntry[] {
    const rows = this.db
      .prepare(
        `SELECT a.*, o.failures AS outbox_failures
         FROM sync_outbox o JOIN call_attempts a ON a.id = o.attempt_id
         WHERE o.next_attempt_at <= ?
         ORDER BY o.enqueued_at, a.id
         LIMIT ?`,
      )
      .all(now, Math.max(0, Math.floor(limit))) as Array<CallAttemptRow & { outbox_failures: number }>;
    return rows.map((row) => ({ row: toCallAttempt(row), failures: row.outbox_failures }));
  }

  pendingCount(): number {
    return this.db.prepare('SELECT COUNT(*) FROM sync_outbox').pluck().get() as number;
  }

  /**
   * The server has `version` of the row. Leaves the row in the outbox (and
   * returns false) when it changed since that version was read.
   */
  markSynced(id: string, version: number): boolean {
    const result = this.db
      .prepare(
        `DELETE FROM sync_outbox WHERE attempt_id = @id
           AND EXISTS (SELECT 1 FROM call_attempts WHERE id = @id AND version = @version)`,
      )
      .run({ id, version });
    return result.changes > 0;
  }

  /** The server did not accept the row: try it again no sooner than `retryAt`. */
  markSyncRefused(id: string, retryAt: number): void {
    this.db
      .prepare('UPDATE sync_outbox SET failures = failures + 1, next_attempt_at = ? WHERE attempt_id = ?')
      .run(retryAt, id);
  }

  /** Retention: removes rows created before `instant` that the server already has. */
  deleteOlderThan(instant: number): number {
    return this.db
      .prepare(
        `DELETE FROM call_attempts WHERE created_at < ?
           AND NOT EXISTS (SELECT 1 FROM sync_outbox WHERE attempt_id = call_attempts.id)`,
      )
      .run(instant).changes;
  }

  close(): void {
    if (this.db.open) this.db.close();
  }

  /** A change that only an attempt still in progress may take. */
  private changeOpen(id: string, mutate: (row: CallAttempt, at: number) => CallAttempt): CallAttempt {
    return this.change(id, (row, at) => {
      if (row.endReason !== null) throw new AppError(ErrorCode.Conflict, 'That call has already ended.');
      return mutate(row, at);
    });
  }

  /**
   * Read, change and write one row in one IMMEDIATE transaction, so the
   * version bump and the outbox entry commit together with the change. A
   * change that changes nothing writes nothing (and is not sent again).
   */
  private change(id: string, mutate: (row: CallAttempt, at: number) => CallAttempt): CallAttempt {
    return this.db
      .transaction(() => {
        const current = this.require(id);
        const at = this.now();
        const next = mutate(current, at);
        if (sameColumns(current, next)) return current;
        this.db
          .prepare(
            `UPDATE call_attempts SET
               kiosk_joined_at = @kiosk_joined_at, kiosk_left_at = @kiosk_left_at,
               parent_joined_at = @parent_joined_at, parent_left_at = @parent_left_at,
               end_reason = @end_reason, quality_samples = @quality_samples,
               avg_bitrate_kbps = @avg_bitrate_kbps, worst_bitrate_kbps = @worst_bitrate_kbps,
               avg_packet_loss_pct = @avg_packet_loss_pct, worst_packet_loss_pct = @worst_packet_loss_pct,
               audio_only_used = @audio_only_used, feeling = @feeling, activities = @activities,
               version = version + 1, updated_at = @at
             WHERE id = @id`,
          )
          .run({ ...mutableColumns(next), at, id });
        this.enqueue(id, at);
        return this.require(id);
      })
      .immediate();
  }

  /** A changed row is due again at once, whatever the server said about its old version. */
  private enqueue(id: string, at: number): void {
    this.db
      .prepare(
        `INSERT INTO sync_outbox (attempt_id, enqueued_at) VALUES (?, ?)
         ON CONFLICT (attempt_id) DO UPDATE SET failures = 0, next_attempt_at = 0`,
      )
      .run(id, at);
  }

  private require(id: string): CallAttempt {
    const attempt = this.get(id);
    if (!attempt) throw new AppError(ErrorCode.NotFound, 'That call is not in the log.');
    return attempt;
  }
}

function closeRow(row: CallAttempt, reason: CallEndReason, at: number): CallAttempt {
  return {
    ...row,
    endReason: reason,
    kioskLeftAt: row.kioskJoinedAt === null ? null : (row.kioskLeftAt ?? at),
    parentLeftAt: row.parentJoinedAt === null ? null : (row.parentLeftAt ?? at),
  };
}

function sameColumns(a: CallAttempt, b: CallAttempt): boolean {
  const left = mutableColumns(a);
  const right = mutableColumns(b);
  return (Object.keys(left) as Array<keyof typeof left>).every((key) => left[key] === right[key]);
}
