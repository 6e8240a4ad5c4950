// Migrates a version-4 database with real rows to version 5 on each engine:
// schools get message settings (allowed, video off, 30 days), guardians a
// separate message consent; messages keep their audio bytes and go with the child.
import { afterEach, describe, expect, it } from 'vitest';
import type { SqlDatabase } from '../sql/connect';
import { migrate } from './runner';
import { count, emptyDatabase, engines, exec } from './testing';
import { now, seed } from './testRows';

/** Written through the query builder: the engines disagree on how a bytes literal is spelt. */
const insertMessage = (
  db: SqlDatabase,
  id: string,
  sender: string,
  guardian: string | null,
  duration: number,
  mime = 'audio/ogg',
) =>
  db.db
    .insertInto('voice_messages')
    .values({
      id,
      school_id: 's1',
      child_id: 'c1',
      guardian_id: guardian,
      sender,
      mime,
      duration_ms: duration,
      size: 4,
      audio: Buffer.from('OggS'),
      created_at: now,
    })
    .execute();

describe.each(engines)('migration 0005-voice-messages on %s', (engine) => {
  let db: SqlDatabase;
  afterEach(() => db.close());

  it('adds messages, their settings and consent on top of version 4 without touching its rows', async () => {
    db = await emptyDatabase(engine);
    expect(await migrate(db, 4)).toBe(4);
    await seed(db);
    expect(await migrate(db, 5)).toBe(5);
    expect(await count(db, 'bookings')).toBe(1);
    const school = await db.db.selectFrom('schools').selectAll().executeTakeFirstOrThrow();
    expect([school.messages_allowed, school.video_messages_allowed, school.message_retention_days]).toEqual([
      1, 0, 30,
    ]);
    const guardian = await db.db.selectFrom('guardians').selectAll().executeTakeFirstOrThrow();
    expect(guardian.message_consent_at).toBeNull();

    await insertMessage(db, 'm1', 'child', null, 60_000);
    await insertMessage(db, 'm2', 'guardian', 'g1', 180_000);
    const stored = await db.db
      .selectFrom('voice_messages')
      .select(['audio', 'created_at'])
      .where('id', '=', 'm1')
      .executeTakeFirstOrThrow();
    expect(Buffer.from(stored.audio).toString('latin1')).toBe('OggS');
    expect(Number(stored.created_at)).toBe(now);
    // A guardian's message names its guardian, a child's does not; lengths and types are bounded.
    await expect(insertMessage(db, 'm3', 'guardian', null, 1000)).rejects.toThrow(/check/i);
    await expect(insertMessage(db, 'm4', 'child', null, 180_001)).rejects.toThrow(/check/i);
    await expect(insertMessage(db, 'm5', 'child', null, 1000, 'audio/mp4')).rejects.toThrow(/check/i);
    await exec(
      db,
      `INSERT INTO message_tickets (ticket_hash, purpose, school_id, child_id, message_id, expires_at) VALUES ('h', 'play', 's1', 'c1', 'm1', ${now})`,
    );
    await exec(db, "DELETE FROM children WHERE id = 'c1'");
    expect(await count(db, 'voice_messages')).toBe(0);
    expect(await count(db, 'message_tickets')).toBe(0);
  });
});
