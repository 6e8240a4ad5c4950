// Which activities each call used, and the report teachers read from it:
// do calls with a book, a drawing or talking cards last longer than calls without?
import type { ActivityKind } from '@hhc/common/activities/schema';
import type { ActivityReport, ActivityReportLine } from '@hhc/common/api/activities';
import type { Db } from '../db';
import type { Store } from '../Store';
import { minutesTogether } from './calls';
import { toCallRecord, type Row } from './rows';

const kinds: readonly ActivityKind[] = ['book', 'draw', 'cards'];

function line(minutes: number[]): ActivityReportLine {
  const total = minutes.reduce((sum, m) => sum + m, 0);
  return {
    calls: minutes.length,
    averageMinutes: minutes.length === 0 ? null : Math.round((total / minutes.length) * 10) / 10,
  };
}

export function callActivitiesRepository(db: Db): Store['callActivities'] {
  const recordsOf = db.prepare('SELECT * FROM call_records WHERE booking_id = ?');
  return {
    async record(bookingId, used, kept, at) {
      if (used.length === 0) return; // nothing used yet: the call counts as one without activity
      db.prepare(
        `INSERT INTO call_activities (booking_id, kinds, drawing_kept, updated_at) VALUES (?, ?, ?, ?)
         ON CONFLICT (booking_id) DO UPDATE SET kinds = excluded.kinds,
           drawing_kept = MAX(drawing_kept, excluded.drawing_kept), updated_at = excluded.updated_at`,
      ).run(bookingId, used.join(','), kept ? 1 : 0, at);
    },
    async report(schoolId, from, to): Promise<ActivityReport> {
      const calls = db
        .prepare(
          `SELECT bookings.id, bookings.end_at, call_activities.kinds, call_activities.drawing_kept
           FROM bookings LEFT JOIN call_activities ON call_activities.booking_id = bookings.id
           WHERE bookings.school_id = ? AND bookings.status = 'completed' AND bookings.start_at >= ? AND bookings.start_at < ?`,
        )
        .all(schoolId, from, to) as Array<{
        id: string;
        end_at: number;
        kinds: string | null;
        drawing_kept: number | null;
      }>;
      const without: number[] = [];
      const withAny: number[] = [];
      const byKind = new Map<ActivityKind, number[]>(kinds.map((kind) => [kind, []]));
      let drawingsKept = 0;
      for (const call of calls) {
        const minutes = minutesTogether((recordsOf.all(call.id) as Row[]).map(toCallRecord), call.end_at);
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
