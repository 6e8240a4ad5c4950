// Migrates a version-1 database with real rows to version 2 and checks the
// old rows survive and the new table takes synced rows (and cascades), on each engine.
import { afterEach, describe, expect, it } from 'vitest';
import type { SqlDatabase } from '../sql/connect';
import { migrate } from './runner';
import { count, emptyDatabase, engines, exec } from './testing';

describe.each(engines)('migration 0002-kiosk-call-logs on %s', (engine) => {
  let db: SqlDatabase;
  afterEach(() => db.close());

  it('adds the synced kiosk call logs on top of version 1 without touching its rows', async () => {
    db = await emptyDatabase(engine);
    expect(await migrate(db, 1)).toBe(1);
    const now = 1_780_000_000_000;
    await exec(db, `INSERT INTO schools (id, name, created_at) VALUES ('s1', '希望小学', ${now})`);
    await exec(
      db,
      `INSERT INTO kiosks (id, school_id, name, created_at) VALUES ('k1', 's1', '1 号机', ${now})`,
    );
    await exec(
      db,
      `INSERT INTO children (id, school_id, display_name, class_name, avatar, created_at) VALUES ('c1', 's1', '小明', '一班', 'panda', ${now})`,
    );
    await exec(
      db,
      `INSERT INTO guardians (id, child_id, relation, display_name, created_at) VALUES ('g1', 'c1', 'mother', '王丽', ${now})`,
    );
    await exec(
      db,
      `INSERT INTO bookings (id, school_id, child_id, guardian_id, start_at, end_at, status, created_by_kind, created_by_id, created_at, updated_at)
       VALUES ('b1', 's1', 'c1', 'g1', 1, 2, 'completed', 'staff', 't', ${now}, ${now})`,
    );

    expect(await migrate(db, 2)).toBe(2);
    expect(await count(db, 'bookings')).toBe(1);
    await exec(
      db,
      `INSERT INTO kiosk_call_logs (id, kiosk_id, booking_id, child_id, version, scheduled_start, quality, received_at)
       VALUES ('a1', 'k1', 'b1', 'c1', 3, 1, '{}', ${now})`,
    );
    await exec(db, "DELETE FROM children WHERE id = 'c1'");
    expect(await count(db, 'kiosk_call_logs')).toBe(0);
  });
});
