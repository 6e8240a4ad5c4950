// The call's activity summary is written without waiting, so on PostgreSQL's
// pool two writes of one call can land out of order: the row must still end
// with everything used and a kept drawing, on each engine.
import { afterEach, describe, expect, it } from 'vitest';
import { migrate } from '../migrations/runner';
import { emptyDatabase, engines } from '../migrations/testing';
import { now, seed } from '../migrations/testRows';
import type { SqlDatabase } from './connect';
import { callActivitiesRepository } from './callActivities';

describe.each(engines)('call activities on %s', (engine) => {
  let db: SqlDatabase;
  afterEach(() => db.close());

  it('never goes back to fewer kinds or an unkept drawing when an older write lands last', async () => {
    db = await emptyDatabase(engine);
    await migrate(db);
    await seed(db);
    const activities = callActivitiesRepository(db);
    await activities.record('b1', ['book', 'cards'], true, now + 2);
    await activities.record('b1', ['book'], false, now + 1); // the older summary, arriving late
    const row = await db.db.selectFrom('call_activities').selectAll().executeTakeFirstOrThrow();
    expect(row).toEqual({ booking_id: 'b1', kinds: 'book,cards', drawing_kept: 1, updated_at: now + 2 });
    await activities.record('b1', ['book', 'cards', 'draw'], false, now + 3);
    expect(await db.db.selectFrom('call_activities').selectAll().executeTakeFirstOrThrow()).toEqual({
      booking_id: 'b1',
      kinds: 'book,cards,draw',
      drawing_kept: 1,
      updated_at: now + 3,
    });
  });
});
