// The database itself refuses a double booking: twenty requests book the last
// free place of one slot at the same moment; exactly one wins, on each engine.
// On PostgreSQL each request has a store (pool) of its own, as twenty server
// nodes would, and SERIALIZABLE with retry decides. SQLite serves one process:
// the twenty share its store, as a server's requests do, and the single
// writer decides (better-sqlite3 is synchronous, so a second connection in the
// same thread would only wait out its busy timeout behind the first).
import { defaultSchoolPolicy } from '@hhc/common/domain';
import { afterEach, describe, expect, it } from 'vitest';
import { newTestDatabase } from '../../../../tests/support/database';
import { engines } from '../migrations/testing';
import type { Booking } from '@hhc/common/domain';
import type { BookingDecision, BookingSnapshot, Store } from '../Store';
import { openStore } from './openStore';

const START = Date.UTC(2030, 5, 5, 8, 0);
const END = START + 15 * 60_000;

/** Capacity one: any active booking overlapping the slot fills it. */
function lastPlace(snapshot: BookingSnapshot): BookingDecision {
  const taken = snapshot.bookings.some(
    (b) => ['requested', 'confirmed', 'in_progress'].includes(b.status) && b.startAt < END && b.endAt > START,
  );
  return taken
    ? { ok: false, reason: 'SLOT_FULL', message: 'That call time is already full.' }
    : { ok: true, endAt: END, status: 'confirmed' };
}

describe.each(engines)('twenty simultaneous bookings of the last place on %s', (engine) => {
  const stores: Store[] = [];
  afterEach(async () => {
    await Promise.all(stores.splice(0).map((store) => store.close()));
  });

  it('let exactly one win and leave exactly one booking', async () => {
    const location = await newTestDatabase(engine);
    const first = await openStore(location);
    stores.push(first);
    const school = await first.schools.create({
      name: '希望小学',
      timeZone: 'Asia/Shanghai',
      policy: defaultSchoolPolicy,
    });
    const families: Array<{ childId: string; guardianId: string }> = [];
    for (let i = 0; i < 20; i++) {
      const child = await first.children.create({
        schoolId: school.id,
        displayName: `孩子${i}`,
        className: '一班',
        avatar: 'cat',
        pinHash: null,
      });
      const guardian = await first.guardians.create({
        childId: child.id,
        relation: 'mother',
        displayName: `妈妈${i}`,
        phone: null,
      });
      families.push({ childId: child.id, guardianId: guardian.id });
    }
    if (engine === 'postgres') for (let i = 1; i < 20; i++) stores.push(await openStore(location));

    const results = await Promise.all(
      families.map((family, i) =>
        (stores[i] ?? first).bookings.createChecked(
          {
            schoolId: school.id,
            ...family,
            // Everyone brings a second guardian: only the winner's participant rows may be written.
            alsoGuardianIds: [families[(i + 1) % families.length]!.guardianId],
            kioskId: null,
            startAt: START,
            createdBy: { kind: 'guardian', id: family.guardianId },
          },
          lastPlace,
          START - 3_600_000,
        ),
      ),
    );
    const won = results.filter((r): r is Booking => 'id' in r);
    expect(won).toHaveLength(1);
    expect(results.filter((r) => 'reason' in r && r.reason === 'SLOT_FULL')).toHaveLength(19);
    expect(await first.bookings.list({ schoolId: school.id })).toEqual(won);
    expect(won[0]!.guardianIds).toHaveLength(2);
    const second = won[0]!.guardianIds[1]!;
    expect(await first.bookings.list({ guardianId: second })).toEqual(won);
  });
});
