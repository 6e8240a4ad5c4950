// Weekly call windows, closed dates and bookings.
import { randomUUID } from 'node:crypto';
import type { Booking, BookingStatus } from '@hhc/common/domain';
import type { BookingDecision, BookingSnapshot, FamilyPeople, Store } from '../Store';
import { everyone } from '../../domain/people';
import { withPeople, writePeople } from './bookingPeople';
import type { Sql, SqlDatabase } from './connect';
import { toChild, toGuardian, toSchool, toWindow } from './rows';

const DAY_MS = 24 * 60 * 60 * 1000;

export function windowsRepository({ db }: SqlDatabase): Store['windows'] {
  const get = async (id: string) => {
    const row = await db.selectFrom('call_windows').selectAll().where('id', '=', id).executeTakeFirst();
    return row ? toWindow(row) : undefined;
  };
  return {
    async create(input) {
      const id = randomUUID();
      await db
        .insertInto('call_windows')
        .values({
          id,
          school_id: input.schoolId,
          weekday: input.weekday,
          start_minute: input.startMinute,
          end_minute: input.endMinute,
          slot_minutes: input.slotMinutes,
          capacity: input.capacity,
          valid_from: input.validFrom,
          valid_until: input.validUntil,
          created_at: Date.now(),
        })
        .execute();
      return (await get(id))!;
    },
    async update(id, changes) {
      const current = await get(id);
      if (!current) return undefined;
      const next = { ...current, ...changes };
      await db
        .updateTable('call_windows')
        .set({
          weekday: next.weekday,
          start_minute: next.startMinute,
          end_minute: next.endMinute,
          slot_minutes: next.slotMinutes,
          capacity: next.capacity,
          valid_from: next.validFrom,
          valid_until: next.validUntil,
        })
        .where('id', '=', id)
        .execute();
      return get(id);
    },
    async delete(id) {
      const result = await db.deleteFrom('call_windows').where('id', '=', id).executeTakeFirst();
      return Number(result.numDeletedRows) > 0;
    },
    get,
    async list(schoolId) {
      return (
        await db
          .selectFrom('call_windows')
          .selectAll()
          .where('school_id', '=', schoolId)
          .orderBy('weekday')
          .orderBy('start_minute')
          .execute()
      ).map(toWindow);
    },
  };
}

const closedDateColumns = ['school_id as schoolId', 'date', 'reason'] as const;

export function closedDatesRepository({ db }: SqlDatabase): Store['closedDates'] {
  return {
    async add({ schoolId, date, reason }) {
      await db
        .insertInto('closed_dates')
        .values({ school_id: schoolId, date, reason })
        .onConflict((oc) =>
          oc.columns(['school_id', 'date']).doUpdateSet((eb) => ({ reason: eb.ref('excluded.reason') })),
        )
        .execute();
    },
    async remove(schoolId, date) {
      const result = await db
        .deleteFrom('closed_dates')
        .where('school_id', '=', schoolId)
        .where('date', '=', date)
        .executeTakeFirst();
      return Number(result.numDeletedRows) > 0;
    },
    async list(schoolId) {
      return db
        .selectFrom('closed_dates')
        .select(closedDateColumns)
        .where('school_id', '=', schoolId)
        .orderBy('date')
        .execute();
    },
  };
}

async function getBooking(db: Sql, id: string): Promise<Booking | undefined> {
  const row = await db.selectFrom('bookings').selectAll().where('id', '=', id).executeTakeFirst();
  return row ? (await withPeople(db, [row]))[0] : undefined;
}

/** What the rules need around `startAt`, read inside the caller's transaction. */
async function snapshot(
  db: Sql,
  schoolId: string,
  childId: string,
  guardianIds: readonly string[],
  startAt: number,
): Promise<BookingSnapshot | undefined> {
  const school = await db.selectFrom('schools').selectAll().where('id', '=', schoolId).executeTakeFirst();
  if (!school) return undefined;
  const child = await db
    .selectFrom('children')
    .selectAll()
    .where('id', '=', childId)
    .where('school_id', '=', schoolId)
    .executeTakeFirst();
  const familyId = child?.family_id ?? null;
  const family =
    child && familyId !== null
      ? await db
          .selectFrom('children')
          .selectAll()
          .where('school_id', '=', schoolId)
          .where('family_id', '=', familyId)
          .orderBy('id')
          .execute()
      : child
        ? [child]
        : [];
  const guardianRows = await db
    .selectFrom('guardians')
    .selectAll()
    .where('id', 'in', [...guardianIds])
    .execute();
  const guardians = guardianIds.flatMap((id) => {
    const row = guardianRows.find((g) => g.id === id);
    return row ? [toGuardian(row)] : [];
  });
  const windows = await db.selectFrom('call_windows').selectAll().where('school_id', '=', schoolId).execute();
  const closedDates = await db
    .selectFrom('closed_dates')
    .select(closedDateColumns)
    .where('school_id', '=', schoolId)
    .execute();
  // A week either side covers the local week (weekly limit) and every overlap.
  const bookings = await db
    .selectFrom('bookings')
    .selectAll()
    .where('school_id', '=', schoolId)
    .where('start_at', '>=', startAt - 8 * DAY_MS)
    .where('start_at', '<', startAt + 8 * DAY_MS)
    .execute();
  return {
    school: toSchool(school),
    child: child ? toChild(child) : undefined,
    guardian: guardians.find((g) => g.id === guardianIds[0]),
    family: family.map(toChild),
    guardians,
    windows: windows.map(toWindow),
    closedDates,
    bookings: await withPeople(db, bookings),
  };
}

export function bookingsRepository(database: SqlDatabase): Store['bookings'] {
  const { db } = database;
  /** A move or a change of people, decided on a snapshot of the booking as it would be. */
  async function change(
    id: string,
    to: { startAt?: number; people?: FamilyPeople },
    decide: (snapshot: BookingSnapshot, booking: Booking) => BookingDecision,
    now: number,
  ): Promise<Booking | BookingDecision | undefined> {
    // A booking never changes school: read which one outside, then lock it and read again inside.
    const outside = await getBooking(db, id);
    if (!outside) return undefined;
    return database.writeForSchool(
      outside.schoolId,
      async (trx): Promise<Booking | BookingDecision | undefined> => {
        const booking = await getBooking(trx, id);
        if (!booking) return undefined;
        const startAt = to.startAt ?? booking.startAt;
        const childIds = to.people ? everyone(booking.childId, to.people.siblingIds) : booking.childIds;
        const guardianIds = to.people
          ? everyone(booking.guardianId, to.people.alsoGuardianIds)
          : booking.guardianIds;
        const snap = await snapshot(trx, booking.schoolId, booking.childId, guardianIds, startAt);
        if (!snap) return undefined;
        snap.bookings = snap.bookings.filter((other) => other.id !== id);
        const decision = decide(snap, { ...booking, childIds, guardianIds });
        if (!decision.ok) return decision;
        if (to.startAt !== undefined) {
          await trx
            .updateTable('bookings')
            .set({ start_at: startAt, end_at: decision.endAt, status: decision.status, updated_at: now })
            .where('id', '=', id)
            .execute();
        }
        if (to.people) {
          await trx.updateTable('bookings').set({ updated_at: now }).where('id', '=', id).execute();
          await writePeople(trx, id, childIds, guardianIds);
        }
        return getBooking(trx, id);
      },
    );
  }
  return {
    // The read, the rules and the insert are one write step (SQLite: the
    // single writer; PostgreSQL: the school's row lock), so two requests for
    // the last free slot cannot both win, on one node or several.
    async createChecked(input, decide, now) {
      return database.writeForSchool(input.schoolId, async (trx): Promise<Booking | BookingDecision> => {
        const guardianIds = everyone(input.guardianId, input.alsoGuardianIds);
        const snap = await snapshot(trx, input.schoolId, input.childId, guardianIds, input.startAt);
        if (!snap) return { ok: false, reason: 'NOT_FOUND', message: 'School not found.' };
        const decision = decide(snap);
        if (!decision.ok) return decision;
        const id = randomUUID();
        await trx
          .insertInto('bookings')
          .values({
            id,
            school_id: input.schoolId,
            child_id: input.childId,
            guardian_id: input.guardianId,
            kiosk_id: input.kioskId,
            start_at: input.startAt,
            end_at: decision.endAt,
            status: decision.status,
            created_by_kind: input.createdBy.kind,
            created_by_id: input.createdBy.id,
            created_at: now,
            updated_at: now,
          })
          .execute();
        await writePeople(trx, id, everyone(input.childId, input.siblingIds), guardianIds);
        return (await getBooking(trx, id))!;
      });
    },
    moveChecked: (id, startAt, decide, now) => change(id, { startAt }, decide, now),
    setPeopleChecked: (id, people, decide, now) => change(id, { people }, decide, now),
    get: (id) => getBooking(db, id),
    async list(filter) {
      let query = db.selectFrom('bookings').selectAll().orderBy('start_at');
      if (filter.schoolId !== undefined) query = query.where('school_id', '=', filter.schoolId);
      if (filter.childId !== undefined) {
        const childId = filter.childId;
        query = query.where('id', 'in', (eb) =>
          eb.selectFrom('booking_children').select('booking_id').where('child_id', '=', childId),
        );
      }
      if (filter.guardianId !== undefined) {
        const guardianId = filter.guardianId;
        query = query.where('id', 'in', (eb) =>
          eb.selectFrom('booking_guardians').select('booking_id').where('guardian_id', '=', guardianId),
        );
      }
      if (filter.from !== undefined) query = query.where('end_at', '>', filter.from);
      if (filter.to !== undefined) query = query.where('start_at', '<', filter.to);
      if (filter.statuses) {
        if (filter.statuses.length === 0) return [];
        query = query.where('status', 'in', filter.statuses);
      }
      return withPeople(db, await query.execute());
    },
    async setStatus(id, from, to, now, cancelReason) {
      if (from.length === 0) return undefined;
      const result = await db
        .updateTable('bookings')
        .set((eb) => ({
          status: to,
          cancel_reason: cancelReason ?? eb.ref('cancel_reason'),
          updated_at: now,
        }))
        .where('id', '=', id)
        .where('status', 'in', from)
        .executeTakeFirst();
      return Number(result.numUpdatedRows) > 0 ? getBooking(db, id) : undefined;
    },
    async listUnsettled(now) {
      const open: BookingStatus[] = ['requested', 'confirmed', 'in_progress'];
      return withPeople(
        db,
        await db
          .selectFrom('bookings')
          .selectAll()
          .where('end_at', '<=', now)
          .where('status', 'in', open)
          .orderBy('end_at')
          .execute(),
      );
    },
  };
}
