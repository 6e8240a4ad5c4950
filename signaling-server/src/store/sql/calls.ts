// Call records (who joined and left when), the reports built on them, and
// the retention sweep that deletes them or folds them into monthly counts.
import { randomUUID } from 'node:crypto';
import type { GuardianRelation } from '@hhc/common/domain';
import type { CallRecord, MonthlyChildSummary, Store } from '../Store';
import type { Sql, SqlDatabase } from './connect';
import { toCallRecord } from './rows';
import { wasInCall } from '../../domain/endReasons';

const SETTLED = ['completed', 'cancelled', 'missed_by_child', 'missed_by_parent'];

async function recordsOf(db: Sql, bookingId: string): Promise<CallRecord[]> {
  return (
    await db
      .selectFrom('call_records')
      .selectAll()
      .where('booking_id', '=', bookingId)
      .orderBy('joined_at')
      .execute()
  ).map(toCallRecord);
}

/** The first instant of a 'YYYY-MM' month key, UTC (what is known of a call past the retention period). */
function monthStart(month: string): number {
  return Date.parse(`${month}-01T00:00:00Z`);
}

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

export function callRecordsRepository({ db }: SqlDatabase): Store['callRecords'] {
  return {
    async open(bookingId, participant, at) {
      const id = randomUUID();
      await db
        .insertInto('call_records')
        .values({ id, booking_id: bookingId, participant, joined_at: at })
        .execute();
      return { id, bookingId, participant, joinedAt: at, leftAt: null, endReason: null };
    },
    async close(id, at, endReason) {
      await db
        .updateTable('call_records')
        .set({ left_at: at, end_reason: endReason })
        .where('id', '=', id)
        .where('left_at', 'is', null)
        .execute();
    },
    listForBooking: (bookingId) => recordsOf(db, bookingId),
  };
}

export function reportsRepository({ db }: SqlDatabase): Store['reports'] {
  return {
    async monthlySummary(schoolId, from, to, monthKey) {
      const children = await db
        .selectFrom('children')
        .select(['id', 'display_name', 'class_name'])
        .where('school_id', '=', schoolId)
        .where('archived', '=', 0)
        .orderBy('class_name')
        .orderBy('display_name')
        .execute();
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
      // A family call counts once for each child in it.
      const completed = await db
        .selectFrom('bookings')
        .innerJoin('booking_children', 'booking_children.booking_id', 'bookings.id')
        .select(['bookings.id', 'booking_children.child_id', 'bookings.end_at'])
        .where('school_id', '=', schoolId)
        .where('status', '=', 'completed')
        .where('start_at', '>=', from)
        .where('start_at', '<', to)
        .execute();
      for (const booking of completed) {
        const entry = summary.get(booking.child_id);
        if (!entry) continue;
        entry.completedCalls++;
        entry.minutes += minutesTogether(await recordsOf(db, booking.id), booking.end_at);
      }
      // Counts kept after the retention sweep removed the detailed records.
      const kept = await db
        .selectFrom('call_counts')
        .select(['child_id', 'completed', 'minutes'])
        .where('school_id', '=', schoolId)
        .where('month', '=', monthKey)
        .execute();
      for (const count of kept) {
        const entry = summary.get(count.child_id);
        if (!entry) continue;
        entry.completedCalls += count.completed;
        entry.minutes += count.minutes;
      }
      return [...summary.values()];
    },
    async childrenWithoutCallSince(schoolId, since) {
      const children = await db
        .selectFrom('children')
        .select(['id', 'display_name', 'class_name'])
        .where('school_id', '=', schoolId)
        .where('archived', '=', 0)
        .orderBy('class_name')
        .orderBy('display_name')
        .execute();
      const lastCall = new Map<string, number>();
      const later = (childId: string, at: number) =>
        lastCall.set(childId, Math.max(lastCall.get(childId) ?? 0, at));
      const completed = await db
        .selectFrom('bookings')
        .innerJoin('booking_children', 'booking_children.booking_id', 'bookings.id')
        .select((eb) => ['booking_children.child_id', eb.fn.max('bookings.start_at').as('last')])
        .where('bookings.school_id', '=', schoolId)
        .where('bookings.status', '=', 'completed')
        .groupBy('booking_children.child_id')
        .execute();
      for (const row of completed) later(row.child_id, Number(row.last));
      // Past the retention period only monthly counts remain: the month's start is the best we know.
      const counted = await db
        .selectFrom('call_counts')
        .select((eb) => ['child_id', eb.fn.max('month').as('month')])
        .where('school_id', '=', schoolId)
        .where('completed', '>', 0)
        .groupBy('child_id')
        .execute();
      for (const row of counted) later(row.child_id, monthStart(String(row.month)));
      return children
        .map((child) => ({ child, last: lastCall.get(child.id) || null }))
        .filter(({ last }) => last === null || last < since)
        .map(({ child, last }) => ({
          childId: child.id,
          displayName: child.display_name,
          className: child.class_name,
          lastCallAt: last,
        }));
    },
    async guardiansWhoMissedLastTwo(schoolId) {
      const guardians = await db
        .selectFrom('guardians')
        .innerJoin('children', 'children.id', 'guardians.child_id')
        .select([
          'guardians.id',
          'guardians.child_id',
          'guardians.display_name',
          'guardians.relation',
          'children.display_name as child_name',
        ])
        .where('children.school_id', '=', schoolId)
        .where('children.archived', '=', 0)
        .execute();
      const missedBoth = async (guardianId: string) => {
        // Their last two calls, family calls made with another guardian included.
        const lastTwo = await db
          .selectFrom('bookings')
          .select('status')
          .where('id', 'in', (eb) =>
            eb.selectFrom('booking_guardians').select('booking_id').where('guardian_id', '=', guardianId),
          )
          .where('status', 'in', ['completed', 'missed_by_child', 'missed_by_parent'])
          .orderBy('start_at', 'desc')
          .limit(2)
          .execute();
        return lastTwo.length === 2 && lastTwo.every((row) => row.status === 'missed_by_parent');
      };
      const result = [];
      for (const guardian of guardians) {
        if (!(await missedBoth(guardian.id))) continue;
        result.push({
          guardianId: guardian.id,
          childId: guardian.child_id,
          displayName: guardian.display_name,
          relation: guardian.relation as GuardianRelation,
          childName: guardian.child_name,
        });
      }
      return result;
    },
  };
}

export function retentionRepository(database: SqlDatabase): Store['retention'] {
  return {
    async apply(before, mode, monthKeyOf) {
      return database.write(async (trx) => {
        const old = await trx
          .selectFrom('bookings')
          .select(['id', 'school_id', 'child_id', 'status', 'end_at'])
          .where('end_at', '<', before)
          .where('status', 'in', SETTLED)
          .execute();
        if (mode === 'counts') {
          for (const booking of old) {
            if (booking.status !== 'completed') continue;
            const minutes = minutesTogether(await recordsOf(trx, booking.id), booking.end_at);
            // A family call counts once for each child in it.
            const children = await trx
              .selectFrom('booking_children')
              .select('child_id')
              .where('booking_id', '=', booking.id)
              .execute();
            for (const { child_id } of children) {
              await trx
                .insertInto('call_counts')
                .values({
                  school_id: booking.school_id,
                  child_id,
                  month: monthKeyOf(booking.end_at, booking.school_id),
                  completed: 1,
                  minutes,
                })
                .onConflict((oc) =>
                  oc.columns(['child_id', 'month']).doUpdateSet((eb) => ({
                    completed: eb('call_counts.completed', '+', 1),
                    minutes: eb('call_counts.minutes', '+', eb.ref('excluded.minutes')),
                  })),
                )
                .execute();
            }
          }
        }
        // Call records follow by cascade.
        for (const booking of old) await trx.deleteFrom('bookings').where('id', '=', booking.id).execute();
        return old.length;
      });
    },
  };
}
