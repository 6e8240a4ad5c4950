// Voice messages, their audio bytes, the tickets that let HTTP carry them,
// the schools' message settings and the guardians' consent for messages.
import { randomUUID } from 'node:crypto';
import { sql } from 'kysely';
import type { Store, StoredMessage } from '../Store';
import type { SqlDatabase } from './connect';
import type { Tables } from './tables';

const DAY_MS = 86_400_000;

type MessageRow = Omit<Tables['voice_messages'], 'audio' | 'heard_at'> & { heard_at: number | null };

const toMessage = (row: MessageRow): StoredMessage => ({
  id: row.id,
  schoolId: row.school_id,
  childId: row.child_id,
  guardianId: row.guardian_id,
  sender: row.sender === 'guardian' ? 'guardian' : 'child',
  mime: row.mime,
  durationMs: Number(row.duration_ms),
  size: Number(row.size),
  createdAt: Number(row.created_at),
  heardAt: row.heard_at === null ? null : Number(row.heard_at),
});

const columns = [
  'id',
  'school_id',
  'child_id',
  'guardian_id',
  'sender',
  'mime',
  'duration_ms',
  'size',
  'created_at',
  'heard_at',
] as const;

export function messagesRepository(database: SqlDatabase): Store['messages'] {
  const { db } = database;
  const get = async (id: string) => {
    const row = await db.selectFrom('voice_messages').select(columns).where('id', '=', id).executeTakeFirst();
    return row ? toMessage(row) : undefined;
  };
  return {
    async settings(schoolId) {
      const row = await db
        .selectFrom('schools')
        .select(['messages_allowed', 'video_messages_allowed', 'message_retention_days'])
        .where('id', '=', schoolId)
        .executeTakeFirst();
      if (!row) return undefined;
      return {
        allowed: row.messages_allowed === 1,
        videoAllowed: row.video_messages_allowed === 1,
        retentionDays: Number(row.message_retention_days),
      };
    },
    async updateSettings(schoolId, changes) {
      const values = {
        ...(changes.allowed === undefined ? {} : { messages_allowed: changes.allowed ? 1 : 0 }),
        ...(changes.videoAllowed === undefined
          ? {}
          : { video_messages_allowed: changes.videoAllowed ? 1 : 0 }),
        ...(changes.retentionDays === undefined ? {} : { message_retention_days: changes.retentionDays }),
      };
      if (Object.keys(values).length > 0)
        await db.updateTable('schools').set(values).where('id', '=', schoolId).execute();
    },
    async setConsent(guardianId, consent) {
      await db
        .updateTable('guardians')
        .set({
          message_consent_at: consent?.date ?? null,
          message_consent_recorded_by: consent?.recordedBy ?? null,
        })
        .where('id', '=', guardianId)
        .execute();
    },
    async consents(childId) {
      const rows = await db
        .selectFrom('guardians')
        .select(['id', 'message_consent_at'])
        .where('child_id', '=', childId)
        .execute();
      return new Map(rows.map((row) => [row.id, row.message_consent_at]));
    },
    async create(input, audio, now) {
      const id = randomUUID();
      await db
        .insertInto('voice_messages')
        .values({
          id,
          school_id: input.schoolId,
          child_id: input.childId,
          guardian_id: input.guardianId,
          sender: input.sender,
          mime: input.mime,
          duration_ms: input.durationMs,
          size: audio.length,
          audio: Buffer.from(audio),
          created_at: now,
        })
        .execute();
      return (await get(id))!;
    },
    get,
    async listForChild(childId) {
      const rows = await db
        .selectFrom('voice_messages')
        .select(columns)
        .where('child_id', '=', childId)
        .orderBy('created_at', 'desc')
        .orderBy('id')
        .execute();
      return rows.map(toMessage);
    },
    async listForSchool(schoolId, limit) {
      const rows = await db
        .selectFrom('voice_messages')
        .select(columns)
        .where('school_id', '=', schoolId)
        .orderBy('created_at', 'desc')
        .orderBy('id')
        .limit(limit)
        .execute();
      return rows.map(toMessage);
    },
    async consentRecords(childId) {
      const rows = await db
        .selectFrom('guardians')
        .select(['id', 'message_consent_at', 'message_consent_recorded_by'])
        .where('child_id', '=', childId)
        .orderBy('id')
        .execute();
      return rows.map((row) => ({
        guardianId: row.id,
        date: row.message_consent_at,
        recordedBy: row.message_consent_recorded_by,
      }));
    },
    async audio(id) {
      const row = await db
        .selectFrom('voice_messages')
        .select(['mime', 'audio'])
        .where('id', '=', id)
        .executeTakeFirst();
      return row ? { mime: row.mime, data: row.audio } : undefined;
    },
    async markHeard(id, now) {
      // The first hearing counts; hearing it again does not move it.
      await db
        .updateTable('voice_messages')
        .set({ heard_at: now })
        .where('id', '=', id)
        .where('heard_at', 'is', null)
        .execute();
      return (await get(id))?.heardAt ?? undefined;
    },
    async delete(id) {
      const result = await db.deleteFrom('voice_messages').where('id', '=', id).executeTakeFirst();
      return Number(result.numDeletedRows) > 0;
    },
    async deleteExpired(now) {
      // Each school keeps its messages its own number of days.
      const result = await db
        .deleteFrom('voice_messages')
        .where(({ exists, selectFrom }) =>
          exists(
            selectFrom('schools')
              .select('schools.id')
              .whereRef('schools.id', '=', 'voice_messages.school_id')
              .where(
                sql<number>`voice_messages.created_at`,
                '<',
                // PostgreSQL would type the bound numbers as 32-bit integers: cast them.
                sql<number>`CAST(${now} AS BIGINT) - schools.message_retention_days * CAST(${DAY_MS} AS BIGINT)`,
              ),
          ),
        )
        .executeTakeFirst();
      await db.deleteFrom('message_tickets').where('expires_at', '<=', now).execute();
      return Number(result.numDeletedRows);
    },
    async issueTicket(ticketHash, ticket) {
      await db
        .insertInto('message_tickets')
        .values({
          ticket_hash: ticketHash,
          purpose: ticket.purpose,
          school_id: ticket.schoolId,
          child_id: ticket.childId,
          guardian_id: ticket.guardianId,
          message_id: ticket.messageId,
          expires_at: ticket.expiresAt,
        })
        .execute();
    },
    async liveTickets(childId, now) {
      const row = await db
        .selectFrom('message_tickets')
        .select((eb) => eb.fn.countAll().as('n'))
        .where('child_id', '=', childId)
        .where('expires_at', '>', now)
        .executeTakeFirstOrThrow();
      return Number(row.n);
    },
    async redeemTicket(ticketHash, purpose, now) {
      const row = await db
        .selectFrom('message_tickets')
        .selectAll()
        .where('ticket_hash', '=', ticketHash)
        .where('purpose', '=', purpose)
        .where('expires_at', '>', now)
        .executeTakeFirst();
      if (!row) return undefined;
      // An upload ticket is good for one upload: whoever deletes it first owns it.
      if (purpose === 'upload') {
        const taken = await db
          .deleteFrom('message_tickets')
          .where('ticket_hash', '=', ticketHash)
          .executeTakeFirst();
        if (Number(taken.numDeletedRows) === 0) return undefined;
      }
      return {
        purpose,
        schoolId: row.school_id,
        childId: row.child_id,
        guardianId: row.guardian_id,
        messageId: row.message_id,
        expiresAt: Number(row.expires_at),
      };
    },
  };
}
