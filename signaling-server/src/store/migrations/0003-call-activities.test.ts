// Migrates a version-2 database with real rows to version 3: the old rows
// survive, the new table takes a call's activities and goes with its booking.
import { describe, expect, it } from 'vitest';
import { migrate } from './runner';
import { freshDb, seed } from './testRows';

describe('migration 0003-call-activities', () => {
  it('adds the activities of each call on top of version 2 without touching its rows', () => {
    const db = freshDb();
    expect(migrate(db, 2)).toBe(2);
    seed(db);
    const now = Date.now();

    expect(migrate(db, 3)).toBe(3);
    expect((db.prepare('SELECT COUNT(*) AS n FROM call_records').get() as { n: number }).n).toBe(1);
    db.prepare(
      "INSERT INTO call_activities (booking_id, kinds, drawing_kept, updated_at) VALUES ('b1', 'book,draw', 1, ?)",
    ).run(now);
    expect(() =>
      db
        .prepare("INSERT INTO call_activities (booking_id, kinds, updated_at) VALUES ('nope', 'book', 1)")
        .run(),
    ).toThrow(/FOREIGN KEY/);
    db.prepare("DELETE FROM bookings WHERE id = 'b1'").run();
    expect((db.prepare('SELECT COUNT(*) AS n FROM call_activities').get() as { n: number }).n).toBe(0);
  });
});
