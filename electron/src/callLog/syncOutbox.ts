// Sends the call log's outbox to the server, at least once. A row leaves the
// outbox only when the server accepted the very version that was read; a row
// that changed while the send was under way stays and goes again. The server
// dedupes by (row id, version), so sending twice is harmless, losing is not.
import type { CallLog } from './CallLog';
import type { CallAttempt } from '@hhc/common/kiosk/callLog';

export type SendRows = (rows: CallAttempt[]) => Promise<{ acceptedIds: readonly string[] }>;

export interface OutboxSyncOptions {
  now?: () => number;
  /** Rows per send; a school day is a few dozen calls, so one batch usually drains it. */
  batchSize?: number;
  /** Batches per run, so a row changing during every send cannot keep a run going for ever. */
  maxBatches?: number;
  /** A send that neither answers nor fails counts as failed after this long. */
  sendTimeoutMs?: number;
  /** First retry delay after a failed send; doubles per failure up to maxDelayMs. */
  baseDelayMs?: number;
  maxDelayMs?: number;
  random?: () => number;
}

export interface OutboxSyncState {
  /** Sends in a row that failed outright (no answer, network down). */
  consecutiveFailures: number;
  /** No send before this instant; 0 = whenever asked. */
  nextAttemptAt: number;
}

export type SyncRunStatus = 'done' | 'failed' | 'waiting';

export interface SyncRunReport {
  status: SyncRunStatus;
  sent: number;
  synced: number;
  /** Accepted by the server but changed meanwhile: still pending, sent again next time. */
  changedMeanwhile: number;
  /** Not accepted by the server: retried later with their own backoff. */
  refused: number;
  pending: number;
  nextAttemptAt: number;
}

export interface OutboxSync {
  syncOutbox(send: SendRows): Promise<SyncRunReport>;
  state(): OutboxSyncState;
}

const defaults = {
  batchSize: 50,
  maxBatches: 20,
  sendTimeoutMs: 30_000,
  baseDelayMs: 5_000,
  maxDelayMs: 10 * 60_000,
};

export function createOutboxSync(log: CallLog, options: OutboxSyncOptions = {}): OutboxSync {
  const settings = { ...defaults, ...options };
  const now = options.now ?? Date.now;
  const random = options.random ?? Math.random;
  const state: OutboxSyncState = { consecutiveFailures: 0, nextAttemptAt: 0 };
  let running: Promise<SyncRunReport> | undefined;

  // Equal jitter: kiosks of one school that lost the internet together must not retry in step.
  const delay = (failures: number) => {
    const full = Math.min(settings.maxDelayMs, settings.baseDelayMs * 2 ** Math.max(0, failures - 1));
    return Math.round(full / 2 + (random() * full) / 2);
  };

  async function run(send: SendRows): Promise<SyncRunReport> {
    const report: SyncRunReport = {
      status: 'done',
      sent: 0,
      synced: 0,
      changedMeanwhile: 0,
      refused: 0,
      pending: 0,
      nextAttemptAt: state.nextAttemptAt,
    };
    if (now() < state.nextAttemptAt) return finish(report, 'waiting');
    for (let batch = 0; batch < settings.maxBatches; batch++) {
      const entries = log.pendingSync(settings.batchSize, now());
      if (entries.length === 0) break;
      let accepted: Set<string>;
      try {
        const answer = await withTimeout(
          send(entries.map((entry) => structuredClone(entry.row))),
          settings.sendTimeoutMs,
        );
        if (!answer || !Array.isArray(answer.acceptedIds)) throw new Error('malformed answer');
        accepted = new Set(answer.acceptedIds);
      } catch {
        // The rows stay in the outbox untouched: nothing is lost, the whole batch goes again.
        state.consecutiveFailures += 1;
        state.nextAttemptAt = now() + delay(state.consecutiveFailures);
        return finish(report, 'failed');
      }
      state.consecutiveFailures = 0;
      state.nextAttemptAt = 0;
      report.sent += entries.length;
      for (const { row, failures } of entries) {
        if (!accepted.has(row.id)) {
          // One row the server keeps refusing must not hold back the rest of the outbox.
          log.markSyncRefused(row.id, now() + delay(failures + 1));
          report.refused += 1;
        } else if (log.markSynced(row.id, row.version)) {
          report.synced += 1;
        } else {
          report.changedMeanwhile += 1;
        }
      }
    }
    return finish(report, 'done');
  }

  function finish(report: SyncRunReport, status: SyncRunStatus): SyncRunReport {
    return { ...report, status, pending: log.pendingCount(), nextAttemptAt: state.nextAttemptAt };
  }

  return {
    // One run at a time: a second caller shares the run under way instead of sending the same rows.
    syncOutbox(send) {
      running ??= run(send).finally(() => {
        running = undefined;
      });
      return running;
    },
    state: () => ({ ...state }),
  };
}

function withTimeout<T>(promise: Promise<T>, ms: number): Promise<T> {
  let timer: NodeJS.Timeout | undefined;
  const timeout = new Promise<never>((_, reject) => {
    timer = setTimeout(() => reject(new Error(`send timed out after ${ms} ms`)), ms);
  });
  return Promise.race([promise, timeout]).finally(() => clearTimeout(timer));
}
