// Migrates a version-2 database with real rows to version 3 on each engine:
// the old rows survive, the new table takes a call's activities and goes with its booking.
import { afterEach, describe, expect, it } from 'vitest';
import type { SqlDatabase } from '../sql/connect';
import { migrate } from './runner';
import { count, emptyDatabase, engines, exec } from './testing';
import { now, seed } from './testRows';

describe.each(engines)('migration 0003-call-activities on %s', (engine) => {
  let db: SqlDatabase;
  afterEach(() => db.close());

  it('adds the activities of each call on top of version 2 without touching its rows', async () => {
    db = await emptyDatabase(engine);
    expect(await migrate(db, 2)).toBe(2);
    await seed(db);

    expect(await migrate(db, 3)).toBe(3);
    expect(await count(db, 'call_records')).toBe(1);
    await exec(
      db,
      `INSERT INTO call_activities (booking_id, kinds, drawing_kept, updated_at) VALUES ('b1', 'book,draw', 1, ${now})`,
    );
    const row = await db.db.selectFrom('call_activities').selectAll().executeTakeFirstOrThrow();
    expect(row).toEqual({ booking_id: 'b1', kinds: 'book,draw', drawing_kept: 1, updated_at: now });
    await expect(
      exec(db, "INSERT INTO call_activities (booking_id, kinds, updated_at) VALUES ('nope', 'book', 1)"),
    ).rejects.toThrow(/foreign key/i);
    await expect(
      exec(db, "UPDATE call_activities SET drawing_kept = 2 WHERE booking_id = 'b1'"),
    ).rejects.toThrow(/check/i);
    await exec(db, "DELETE FROM bookings WHERE id = 'b1'");
    expect(await count(db, 'call_activities')).toBe(0);
  });
});
