// Everyone in a booking: booking_children and booking_guardians (migration
// 0006) read in one query per list of bookings and written with the booking,
// inside the caller's transaction. The lead child and guardian sit at position 0.
import type { Booking } from '@hhc/common/domain';
import type { Sql } from './connect';
import { toBooking, type Row } from './rows';

/** The bookings of these rows with their children and guardians, in the rows' order. */
export async function withPeople(db: Sql, rows: readonly Row[]): Promise<Booking[]> {
  if (rows.length === 0) return [];
  const ids = rows.map((row) => String(row['id']));
  const children = new Map<string, string[]>();
  const guardians = new Map<string, string[]>();
  // Chunks keep the parameter count far below both engines' limits.
  for (let i = 0; i < ids.length; i += 500) {
    const chunk = ids.slice(i, i + 500);
    const [c, g] = await Promise.all([
      db
        .selectFrom('booking_children')
        .select(['booking_id', 'child_id as person'])
        .where('booking_id', 'in', chunk)
        .orderBy('booking_id')
        .orderBy('position')
        .execute(),
      db
        .selectFrom('booking_guardians')
        .select(['booking_id', 'guardian_id as person'])
        .where('booking_id', 'in', chunk)
        .orderBy('booking_id')
        .orderBy('position')
        .execute(),
    ]);
    for (const row of c) push(children, row.booking_id, row.person);
    for (const row of g) push(guardians, row.booking_id, row.person);
  }
  return rows.map((row) => {
    const id = String(row['id']);
    return toBooking(row, { childIds: children.get(id), guardianIds: guardians.get(id) });
  });
}

function push(map: Map<string, string[]>, key: string, value: string): void {
  const list = map.get(key);
  if (list) list.push(value);
  else map.set(key, [value]);
}

/** Replaces who is in a booking; the lead child and guardian come first. */
export async function writePeople(
  db: Sql,
  bookingId: string,
  childIds: readonly string[],
  guardianIds: readonly string[],
): Promise<void> {
  await db.deleteFrom('booking_children').where('booking_id', '=', bookingId).execute();
  await db.deleteFrom('booking_guardians').where('booking_id', '=', bookingId).execute();
  await db
    .insertInto('booking_children')
    .values(childIds.map((child_id, position) => ({ booking_id: bookingId, child_id, position })))
    .execute();
  await db
    .insertInto('booking_guardians')
    .values(guardianIds.map((guardian_id, position) => ({ booking_id: bookingId, guardian_id, position })))
    .execute();
}

/**
 * Before a child or guardians are deleted: a family call they lead passes to
 * the next child (or guardian) in it, so deleting one sibling's data does not
 * take the others' call with it. A call left with nobody of that kind goes
 * with the deleted rows through the schema's cascades.
 */
export async function handOverLeads(
  db: Sql,
  leaving: { childId?: string; guardianIds: readonly string[] },
): Promise<void> {
  if (leaving.childId !== undefined) {
    const led = await db
      .selectFrom('bookings')
      .select('id')
      .where('child_id', '=', leaving.childId)
      .execute();
    for (const { id } of led) {
      const next = await db
        .selectFrom('booking_children')
        .select('child_id')
        .where('booking_id', '=', id)
        .where('child_id', '!=', leaving.childId)
        .orderBy('position')
        .executeTakeFirst();
      if (next)
        await db.updateTable('bookings').set({ child_id: next.child_id }).where('id', '=', id).execute();
    }
  }
  if (leaving.guardianIds.length === 0) return;
  const led = await db
    .selectFrom('bookings')
    .select('id')
    .where('guardian_id', 'in', [...leaving.guardianIds])
    .execute();
  for (const { id } of led) {
    const next = await db
      .selectFrom('booking_guardians')
      .select('guardian_id')
      .where('booking_id', '=', id)
      .where('guardian_id', 'not in', [...leaving.guardianIds])
      .orderBy('position')
      .executeTakeFirst();
    if (next) {
      await db.updateTable('bookings').set({ guardian_id: next.guardian_id }).where('id', '=', id).execute();
    }
  }
}
