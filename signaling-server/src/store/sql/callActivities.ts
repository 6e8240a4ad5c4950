// Which activities each call used, and the report teachers read from it:
// do calls with a book, a drawing or talking cards last longer than calls without?
import { sql } from 'kysely';
import type { ActivityKind } from '@hhc/common/activities/schema';
import type { ActivityReport, ActivityReportLine } from '@hhc/common/api/activities';
import type { CallRecord, Store } from '../Store';
import type { SqlDatabase } from './connect';
import { minutesTogether } from './calls';
import { toCallRecord } from './rows';

const kinds: readonly ActivityKind[] = ['book', 'draw', 'cards'];

function line(minutes: number[]): ActivityReportLine {
  const total = minutes.reduce((sum, m) => sum + m, 0);
  return {
    calls: minutes.length,
    averageMinutes: minutes.length === 0 ? null : Math.round((total / minutes.length) * 10) / 10,
  };
}

export function callActivitiesRepository({ db }: SqlDatabase): Store['callActivities'] {
  return {
    async record(bookingId, used, kept, at) {
      if (used.length === 0) return; // nothing used yet: the call counts as one without activity
      await db
        .insertInto('call_activities')
        .values({ booking_id: bookingId, kinds: used.join(','), drawing_kept: kept ? 1 : 0, updated_at: at })
        .onConflict((oc) =>
          // Writes are not awaited by the call and may land out of order on PostgreSQL's pool: every
          // column only moves forward. The kinds used only grow, so the longer list is the newer one;
          // a drawing once kept stays kept. (CASE: SQLite's MAX and PostgreSQL's GREATEST differ.)
          oc.column('booking_id').doUpdateSet({
            kinds: sql<string>`CASE WHEN length(excluded.kinds) > length(call_activities.kinds) THEN excluded.kinds ELSE call_activities.kinds END`,
            drawing_kept: sql<number>`CASE WHEN excluded.drawing_kept = 1 THEN 1 ELSE call_activities.drawing_kept END`,
            updated_at: sql<number>`CASE WHEN excluded.updated_at > call_activities.updated_at THEN excluded.updated_at ELSE call_activities.updated_at END`,
          }),
        )
        .execute();
    },
    async report(schoolId, from, to): Promise<ActivityReport> {
      const completed = db
        .selectFrom('bookings')
        .where('bookings.school_id', '=', schoolId)
        .where('bookings.status', '=', 'completed')
        .where('bookings.start_at', '>=', from)
        .where('bookings.start_at', '<', to);
      const calls = await completed
        .leftJoin('call_activities', 'call_activities.booking_id', 'bookings.id')
        .select(['bookings.id', 'bookings.end_at', 'call_activities.kinds', 'call_activities.drawing_kept'])
        .execute();
      // Every record of those calls in one query, not one per call.
      const records = await db
        .selectFrom('call_records')
        .selectAll()
        .where('booking_id', 'in', completed.select('bookings.id'))
        .execute();
      const recordsOf = new Map<string, CallRecord[]>();
      for (const row of records) {
        const record = toCallRecord(row);
        recordsOf.set(record.bookingId, [...(recordsOf.get(record.bookingId) ?? []), record]);
      }
      const without: number[] = [];
      const withAny: number[] = [];
      const byKind = new Map<ActivityKind, number[]>(kinds.map((kind) => [kind, []]));
      let drawingsKept = 0;
      for (const call of calls) {
        const minutes = minutesTogether(recordsOf.get(call.id) ?? [], Number(call.end_at));
        const used = (call.kinds ?? '')
          .split(',')
          .filter((kind): kind is ActivityKind => kinds.includes(kind as ActivityKind));
        if (used.length === 0) without.push(minutes);
        else withAny.push(minutes);
        for (const kind of used) byKind.get(kind)?.push(minutes);
        if (call.drawing_kept) drawingsKept++;
      }
      return {
        withoutActivity: line(without),
        withActivity: line(withAny),
        book: line(byKind.get('book') ?? []),
        draw: line(byKind.get('draw') ?? []),
        cards: line(byKind.get('cards') ?? []),
        drawingsKept,
      };
    },
  };
}
