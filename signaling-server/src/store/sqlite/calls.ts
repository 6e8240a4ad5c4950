// Call records (who joined and left when), the reports built on them, and
// the retention sweep that deletes them or folds them into monthly counts.
import { randomUUID } from 'node:crypto';
import type { GuardianRelation } from '@hhc/common/domain';
import type { Db } from '../db';
import type { CallRecord, MonthlyChildSummary, Store } from '../Store';
import { toCallRecord, type Row } from './rows';
import { wasInCall } from '../../domain/endReasons';

const SETTLED = "('completed', 'cancelled', 'missed_by_child', 'missed_by_parent')";

/** Minutes both sides were in the call: from the later first join to the earlier last leave. */
export function minutesTogether(records: readonly CallRecord[], slotEnd: number): number {
  const side = (who: CallRecord['participant']) =>
    records.filter((record) => record.participant === who && wasInCall(record));
  const kiosk = side('kiosk');
  const parent = side('parent');
  if (kiosk.length === 0 || parent.length === 0) return 0;
  const start = Math.max(
    Math.min(...kiosk.map((r) => r.joinedAt)),
    Math.min(...parent.map((r) => r.joinedAt)),
  );
  const lastLeave = (rs: CallRecord[]) => Math.max(...rs.map((r) => r.leftAt ?? slotEnd));
  const end = Math.min(lastLeave(kiosk), lastLeave(parent), slotEnd);
  return Math.max(0, Math.round((end - start) / 60_000));
}

export function callRecordsRepository(db: Db): Store['callRecords'] {
  return {
    async open(bookingId, participant, at) {
      const id = randomUUID();
      db.prepare('INSERT INTO call_records (id, booking_id, participant, joined_at) VALUES (?, ?, ?, ?)').run(
        id,
        bookingId,
        participant,
        at,
      );
      return { id, bookingId, participant, joinedAt: at, leftAt: null, endReason: null };
    },
    async close(id, at, endReason) {
      db.prepare('UPDATE call_records SET left_at = ?, end_reason = ? WHERE id = ? AND left_at IS NULL').run(
        at,
        endReason,
        id,
      );
    },
    async listForBooking(bookingId) {
      return (
        db
          .prepare('SELECT * FROM call_records WHERE booking_id = ? ORDER BY joined_at')
          .all(bookingId) as Row[]
      ).map(toCallRecord);
    },
  };
}

export function reportsRepository(db: Db): Store['reports'] {
  const recordsOf = db.prepare('SELECT * FROM call_records WHERE booking_id = ?');
  return {
    async monthlySummary(schoolId, from, to, monthKey) {
      const children = db
        .prepare(
          'SELECT id, display_name, class_name FROM children WHERE school_id = ? AND archived = 0 ORDER BY class_name, display_name',
        )
        .all(schoolId) as Array<{ id: string; display_name: string; class_name: string }>;
      const summary = new Map<string, MonthlyChildSummary>(
        children.map((c) => [
          c.id,
          {
            childId: c.id,
            displayName: c.display_name,
            className: c.class_name,
            completedCalls: 0,
            minutes: 0,
          },
        ]),
      );
      const completed = db
        .prepare(
          "SELECT id, child_id, end_at FROM bookings WHERE school_id = ? AND status = 'completed' AND start_at >= ? AND start_at < ?",
        )
        .all(schoolId, from, to) as Array<{ id: string; child_id: string; end_at: number }>;
      for (const booking of completed) {
        const entry = summary.get(booking.child_id);
        if (!entry) continue;
        entry.completedCalls++;
        entry.minutes += minutesTogether(
          (recordsOf.all(booking.id) as Row[]).map(toCallRecord),
          booking.end_at,
        );
      }
      // Counts kept after the retention sweep removed the detailed records.
      const kept = db
        .prepare('SELECT child_id, completed, minutes FROM call_counts WHERE school_id = ? AND month = ?')
        .all(schoolId, monthKey) as Array<{
        child_id: string;
        completed: number;
        minutes: number;
      }>;
      for (const count of kept) {
        const entry = summary.get(count.child_id);
        if (!entry) continue;
        entry.completedCalls += count.completed;
        entry.minutes += count.minutes;
      }
      return [...summary.values()];
    },
    async childrenWithoutCallSince(schoolId, since) {
      const rows = db
        .prepare(
          `SELECT children.id, children.display_name, children.class_name,
             MAX(
               COALESCE((SELECT MAX(start_at) FROM bookings WHERE bookings.child_id = children.id AND status = 'completed'), 0),
               -- Past the retention period only monthly counts remain: the month's start is the best we know.
               COALESCE((SELECT MAX(strftime('%s', month || '-01') * 1000) FROM call_counts
                         WHERE call_counts.child_id = children.id AND completed > 0), 0)
             ) AS last_call
           FROM children WHERE school_id = ? AND archived = 0 ORDER BY class_name, display_name`,
        )
        .all(schoolId) as Array<{
        id: string;
        display_name: string;
        class_name: string;
        last_call: number | null;
      }>;
      return rows
        .map((row) => ({ ...row, last_call: row.last_call === 0 ? null : row.last_call }))
        .filter((row) => row.last_call === null || row.last_call < since)
        .map((row) => ({
          childId: row.id,
          displayName: row.display_name,
          className: row.class_name,
          lastCallAt: row.last_call,
        }));
    },
    async guardiansWhoMissedLastTwo(schoolId) {
      const guardians = db
        .prepare(
          `SELECT guardians.id, guardians.child_id, guardians.display_name, guardians.relation, children.display_name AS child_name
           FROM guardians JOIN children ON children.id = guardians.child_id
           WHERE children.school_id = ? AND children.archived = 0`,
        )
        .all(schoolId) as Array<{
        id: string;
        child_id: string;
        display_name: string;
        relation: string;
        child_name: string;
      }>;
      const lastTwo = db.prepare(
        `SELECT status FROM bookings WHERE guardian_id = ? AND status IN ('completed', 'missed_by_child', 'missed_by_parent')
         ORDER BY start_at DESC LIMIT 2`,
      );
      return guardians
        .filter((guardian) => {
          const statuses = (lastTwo.all(guardian.id) as Array<{ status: string }>).map((row) => row.status);
          return statuses.length === 2 && statuses.every((status) => status === 'missed_by_parent');
        })
        .map((guardian) => ({
          guardianId: guardian.id,
          childId: guardian.child_id,
          displayName: guardian.display_name,
          relation: guardian.relation as GuardianRelation,
          childName: guardian.child_name,
        }));
    },
  };
}

export function retentionRepository(db: Db): Store['retention'] {
  return {
    async apply(before, mode, monthKeyOf) {
      return db
        .transaction(() => {
          const old = db
            .prepare(
              `SELECT id, school_id, child_id, status, end_at FROM bookings WHERE end_at < ? AND status IN ${SETTLED}`,
            )
            .all(before) as Array<{
            id: string;
            school_id: string;
            child_id: string;
            status: string;
            end_at: number;
          }>;
          if (mode === 'counts') {
            const upsert = db.prepare(
              `INSERT INTO call_counts (school_id, child_id, month, completed, minutes) VALUES (?, ?, ?, 1, ?)
               ON CONFLICT (child_id, month) DO UPDATE SET completed = completed + 1, minutes = minutes + excluded.minutes`,
            );
            const recordsOf = db.prepare('SELECT * FROM call_records WHERE booking_id = ?');
            for (const booking of old) {
              if (booking.status !== 'completed') continue;
              const minutes = minutesTogether(
                (recordsOf.all(booking.id) as Row[]).map(toCallRecord),
                booking.end_at,
              );
              upsert.run(
                booking.school_id,
                booking.child_id,
                monthKeyOf(booking.end_at, booking.school_id),
                minutes,
              );
            }
          }
          const remove = db.prepare('DELETE FROM bookings WHERE id = ?'); // call records follow by cascade
          for (const booking of old) remove.run(booking.id);
          return old.length;
        })
        .immediate();
    },
  };
}
