// Migrates a version-5 database with real rows to version 6 on each engine:
// children get a family id, every booking lists its lead child and guardian as
// participants, and participant rows go with their child, guardian or booking.
import { afterEach, describe, expect, it } from 'vitest';
import type { SqlDatabase } from '../sql/connect';
import { migrate } from './runner';
import { count, emptyDatabase, engines, exec } from './testing';
import { now, seed } from './testRows';

describe.each(engines)('migration 0006-family-calls on %s', (engine) => {
  let db: SqlDatabase;
  afterEach(() => db.close());

  it('backfills the lead child and guardian of each booking and cascades participant rows', async () => {
    db = await emptyDatabase(engine);
    expect(await migrate(db, 5)).toBe(5);
    await seed(db);
    expect(await migrate(db)).toBe(6);
    expect(await count(db, 'bookings')).toBe(1);
    const child = await db.db.selectFrom('children').selectAll().executeTakeFirstOrThrow();
    expect(child.family_id).toBeNull();
    expect(await db.db.selectFrom('booking_children').selectAll().execute()).toEqual([
      { booking_id: 'b1', child_id: 'c1', position: 0 },
    ]);
    expect(await db.db.selectFrom('booking_guardians').selectAll().execute()).toEqual([
      { booking_id: 'b1', guardian_id: 'g1', position: 0 },
    ]);

    // A sister in the same family, with her own guardian, joins the booking.
    await exec(
      db,
      `INSERT INTO children (id, school_id, display_name, class_name, avatar, family_id, created_at) VALUES ('c2', 's1', '小红', '一年级一班', 'cat', 'f1', ${now})`,
    );
    await exec(db, "UPDATE children SET family_id = 'f1' WHERE id = 'c1'");
    await exec(
      db,
      `INSERT INTO guardians (id, child_id, relation, display_name, created_at) VALUES ('g2', 'c2', 'father', '李强', ${now})`,
    );
    await exec(db, "INSERT INTO booking_children (booking_id, child_id, position) VALUES ('b1', 'c2', 1)");
    await exec(
      db,
      "INSERT INTO booking_guardians (booking_id, guardian_id, position) VALUES ('b1', 'g2', 1)",
    );
    // Each person once in a booking; positions are bounded.
    await expect(
      exec(db, "INSERT INTO booking_children (booking_id, child_id, position) VALUES ('b1', 'c2', 2)"),
    ).rejects.toThrow(/unique|primary|duplicate/i);
    await expect(
      exec(db, "INSERT INTO booking_guardians (booking_id, guardian_id, position) VALUES ('b1', 'g1', 10)"),
    ).rejects.toThrow(/check|unique|primary|duplicate/i);
    // Deleting the sister removes her (and her guardian) from the call, which stays.
    await exec(db, "DELETE FROM children WHERE id = 'c2'");
    expect(await count(db, 'bookings')).toBe(1);
    expect(await count(db, 'booking_children')).toBe(1);
    expect(await count(db, 'booking_guardians')).toBe(1);
    // Deleting the lead child deletes the booking and every participant row.
    await exec(db, "DELETE FROM children WHERE id = 'c1'");
    expect(await count(db, 'booking_children')).toBe(0);
    expect(await count(db, 'booking_guardians')).toBe(0);
  });
});
