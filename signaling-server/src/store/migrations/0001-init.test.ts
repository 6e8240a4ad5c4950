// Migrates an empty database (version 0) to 0001 and checks real rows,
// constraints and cascades, on each engine.
import { sql } from 'kysely';
import { afterEach, describe, expect, it } from 'vitest';
import type { SqlDatabase } from '../sql/connect';
import { currentVersion, migrate } from './runner';
import { count, emptyDatabase, engines, exec } from './testing';
import { now, seed } from './testRows';

describe.each(engines)('migration 0001-init on %s', (engine) => {
  let db: SqlDatabase;
  afterEach(() => db.close());

  it('moves an empty database from version 0 to 1', async () => {
    db = await emptyDatabase(engine);
    expect(await currentVersion(db)).toBe(0);
    expect(await migrate(db, 1)).toBe(1);
    expect(await migrate(db, 1)).toBe(1); // idempotent
    await seed(db);
    const school = await db.db.selectFrom('schools').selectAll().executeTakeFirstOrThrow();
    expect(school).toMatchObject({
      name: '希望小学',
      time_zone: 'Asia/Shanghai',
      min_notice_minutes: 30,
      max_calls_per_child_per_week: 2,
      created_at: now, // epoch milliseconds come back as numbers on both engines
    });
  });

  it('enforces the constraints that protect the data', async () => {
    db = await emptyDatabase(engine);
    await migrate(db, 1);
    await seed(db);
    // A booking must end after it starts and have a known status.
    await expect(
      exec(
        db,
        `INSERT INTO bookings (id, school_id, child_id, guardian_id, start_at, end_at, status, created_by_kind, created_by_id, created_at, updated_at)
         VALUES ('b2', 's1', 'c1', 'g1', 10, 5, 'confirmed', 'staff', 't', ${now}, ${now})`,
      ),
    ).rejects.toThrow(/check/i);
    await expect(exec(db, "UPDATE bookings SET status = 'whatever' WHERE id = 'b1'")).rejects.toThrow(
      /check/i,
    );
    // A teacher belongs to a school; a window ends after it starts.
    await expect(
      exec(
        db,
        "INSERT INTO staff (id, role, username, display_name, password_hash, created_at) VALUES ('t', 'teacher', 'x', 'x', 'h', 1)",
      ),
    ).rejects.toThrow(/check/i);
    await expect(
      exec(
        db,
        "INSERT INTO call_windows (id, school_id, weekday, start_minute, end_minute, slot_minutes, capacity, valid_from, created_at) VALUES ('w', 's1', 1, 600, 600, 15, 1, '2026-01-01', 1)",
      ),
    ).rejects.toThrow(/check/i);
    // Foreign keys are real.
    await expect(
      exec(
        db,
        "INSERT INTO guardians (id, child_id, relation, display_name, created_at) VALUES ('g2', 'nobody', 'father', 'x', 1)",
      ),
    ).rejects.toThrow(/foreign key/i);
    // Usernames are unique ignoring case (staff log in as WANG or wang).
    await exec(
      db,
      "INSERT INTO staff (id, school_id, role, username, display_name, password_hash, created_at) VALUES ('t1', 's1', 'teacher', 'wang', 'x', 'h', 1)",
    );
    await expect(
      exec(
        db,
        "INSERT INTO staff (id, school_id, role, username, display_name, password_hash, created_at) VALUES ('t2', 's1', 'teacher', 'WANG', 'x', 'h', 1)",
      ),
    ).rejects.toThrow(/unique/i);
  });

  it('deleting a child removes its guardians, bookings and call records', async () => {
    db = await emptyDatabase(engine);
    await migrate(db, 1);
    await seed(db);
    await exec(db, "DELETE FROM children WHERE id = 'c1'");
    for (const table of ['guardians', 'bookings', 'call_records']) {
      expect(await count(db, table), table).toBe(0);
    }
    expect(await count(db, 'schools')).toBe(1);
  });

  it('refuses a database newer than this server', async () => {
    db = await emptyDatabase(engine);
    await migrate(db, 1);
    await sql`INSERT INTO schema_migrations (version, name, applied_at) VALUES (99, 'future', 0)`.execute(
      db.db,
    );
    await expect(migrate(db)).rejects.toThrow(/newer/);
  });
});
