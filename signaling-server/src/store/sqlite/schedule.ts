// Weekly call windows, closed dates and bookings.
import { randomUUID } from 'node:crypto';
import type { Booking, BookingStatus } from '@hhc/common/domain';
import type { Db } from '../db';
import type { BookingDecision, BookingSnapshot, Store } from '../Store';
import { toBooking, toChild, toGuardian, toSchool, toWindow, type Row } from './rows';

const DAY_MS = 24 * 60 * 60 * 1000;

export function windowsRepository(db: Db): Store['windows'] {
  const get = (id: string) => {
    const row = db.prepare('SELECT * FROM call_windows WHERE id = ?').get(id) as Row | undefined;
    return row ? toWindow(row) : undefined;
  };
  return {
    async create(input) {
      const id = randomUUID();
      db.prepare(
        `INSERT INTO call_windows (id, school_id, weekday, start_minute, end_minute, slot_minutes, capacity,
           valid_from, valid_until, created_at) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?)`,
      ).run(
        id,
        input.schoolId,
        input.weekday,
        input.startMinute,
        input.endMinute,
        input.slotMinutes,
        input.capacity,
        input.validFrom,
        input.validUntil,
        Date.now(),
      );
      return get(id)!;
    },
    async update(id, changes) {
      const current = get(id);
      if (!current) return undefined;
      const next = { ...current, ...changes };
      db.prepare(
        `UPDATE call_windows SET weekday = ?, start_minute = ?, end_minute = ?, slot_minutes = ?, capacity = ?,
           valid_from = ?, valid_until = ? WHERE id = ?`,
      ).run(
        next.weekday,
        next.startMinute,
        next.endMinute,
        next.slotMinutes,
        next.capacity,
        next.validFrom,
        next.validUntil,
        id,
      );
      return get(id);
    },
    async delete(id) {
      return db.prepare('DELETE FROM call_windows WHERE id = ?').run(id).changes > 0;
    },
    async get(id) {
      return get(id);
    },
    async list(schoolId) {
      return (
        db
          .prepare('SELECT * FROM call_windows WHERE school_id = ? ORDER BY weekday, start_minute')
          .all(schoolId) as Row[]
      ).map(toWindow);
    },
  };
}

export function closedDatesRepository(db: Db): Store['closedDates'] {
  return {
    async add({ schoolId, date, reason }) {
      db.prepare(
        'INSERT INTO closed_dates (school_id, date, reason) VALUES (?, ?, ?) ON CONFLICT (school_id, date) DO UPDATE SET reason = excluded.reason',
      ).run(schoolId, date, reason);
    },
    async remove(schoolId, date) {
      return (
        db.prepare('DELETE FROM closed_dates WHERE school_id = ? AND date = ?').run(schoolId, date).changes >
        0
      );
    },
    async list(schoolId) {
      return db
        .prepare(
          'SELECT school_id AS schoolId, date, reason FROM closed_dates WHERE school_id = ? ORDER BY date',
        )
        .all(schoolId) as Array<{ schoolId: string; date: string; reason: string }>;
    },
  };
}

export function bookingsRepository(db: Db): Store['bookings'] {
  const get = (id: string) => {
    const row = db.prepare('SELECT * FROM bookings WHERE id = ?').get(id) as Row | undefined;
    return row ? toBooking(row) : undefined;
  };

  /** What the rules need around `startAt`, read inside the caller's transaction. */
  const snapshot = (
    schoolId: string,
    childId: string,
    guardianId: string,
    startAt: number,
  ): BookingSnapshot | undefined => {
    const school = db.prepare('SELECT * FROM schools WHERE id = ?').get(schoolId) as Row | undefined;
    if (!school) return undefined;
    const child = db
      .prepare('SELECT * FROM children WHERE id = ? AND school_id = ?')
      .get(childId, schoolId) as Row | undefined;
    const guardian = db.prepare('SELECT * FROM guardians WHERE id = ?').get(guardianId) as Row | undefined;
    return {
      school: toSchool(school),
      child: child ? toChild(child) : undefined,
      guardian: guardian ? toGuardian(guardian) : undefined,
      windows: (db.prepare('SELECT * FROM call_windows WHERE school_id = ?').all(schoolId) as Row[]).map(
        toWindow,
      ),
      closedDates: db
        .prepare('SELECT school_id AS schoolId, date, reason FROM closed_dates WHERE school_id = ?')
        .all(schoolId) as BookingSnapshot['closedDates'],
      // A week either side covers the local week (weekly limit) and every overlap.
      bookings: (
        db
          .prepare('SELECT * FROM bookings WHERE school_id = ? AND start_at >= ? AND start_at < ?')
          .all(schoolId, startAt - 8 * DAY_MS, startAt + 8 * DAY_MS) as Row[]
      ).map(toBooking),
    };
  };

  return {
    async createChecked(input, decide, now) {
      // IMMEDIATE takes the write lock before reading, so the check and the insert are one step.
      return db
        .transaction((): Booking | BookingDecision => {
          const snap = snapshot(input.schoolId, input.childId, input.guardianId, input.startAt);
          if (!snap) return { ok: false, reason: 'NOT_FOUND', message: 'School not found.' };
          const decision = decide(snap);
          if (!decision.ok) return decision;
          const id = randomUUID();
          db.prepare(
            `INSERT INTO bookings (id, school_id, child_id, guardian_id, kiosk_id, start_at, end_at, status,
               created_by_kind, created_by_id, created_at, updated_at) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)`,
          ).run(
            id,
            input.schoolId,
            input.childId,
            input.guardianId,
            input.kioskId,
            input.startAt,
            decision.endAt,
            decision.status,
            input.createdBy.kind,
            input.createdBy.id,
            now,
            now,
          );
          return get(id)!;
        })
        .immediate();
    },
    async moveChecked(id, startAt, decide, now) {
      return db
        .transaction((): Booking | BookingDecision | undefined => {
          const booking = get(id);
          if (!booking) return undefined;
          const snap = snapshot(booking.schoolId, booking.childId, booking.guardianId, startAt);
          if (!snap) return undefined;
          snap.bookings = snap.bookings.filter((other) => other.id !== id);
          const decision = decide(snap, booking);
          if (!decision.ok) return decision;
          db.prepare(
            'UPDATE bookings SET start_at = ?, end_at = ?, status = ?, updated_at = ? WHERE id = ?',
          ).run(startAt, decision.endAt, decision.status, now, id);
          return get(id);
        })
        .immediate();
    },
    async get(id) {
      return get(id);
    },
    async list(filter) {
      const clauses: string[] = [];
      const params: unknown[] = [];
      const add = (clause: string, value: unknown) => {
        clauses.push(clause);
        params.push(value);
      };
      if (filter.schoolId !== undefined) add('school_id = ?', filter.schoolId);
      if (filter.childId !== undefined) add('child_id = ?', filter.childId);
      if (filter.guardianId !== undefined) add('guardian_id = ?', filter.guardianId);
      if (filter.from !== undefined) add('end_at > ?', filter.from);
      if (filter.to !== undefined) add('start_at < ?', filter.to);
      if (filter.statuses) {
        clauses.push(`status IN (${filter.statuses.map(() => '?').join(', ') || "''"})`);
        params.push(...filter.statuses);
      }
      const where = clauses.length ? `WHERE ${clauses.join(' AND ')}` : '';
      return (db.prepare(`SELECT * FROM bookings ${where} ORDER BY start_at`).all(...params) as Row[]).map(
        toBooking,
      );
    },
    async setStatus(id, from, to, now, cancelReason) {
      const placeholders = from.map(() => '?').join(', ');
      const changed = db
        .prepare(
          `UPDATE bookings SET status = ?, cancel_reason = COALESCE(?, cancel_reason), updated_at = ?
           WHERE id = ? AND status IN (${placeholders})`,
        )
        .run(to, cancelReason ?? null, now, id, ...from).changes;
      return changed > 0 ? get(id) : undefined;
    },
    async listUnsettled(now) {
      const open: BookingStatus[] = ['requested', 'confirmed', 'in_progress'];
      return (
        db
          .prepare(
            `SELECT * FROM bookings WHERE end_at <= ? AND status IN (${open.map(() => '?').join(', ')}) ORDER BY end_at`,
          )
          .all(now, ...open) as Row[]
      ).map(toBooking);
    },
  };
}
