// Schools, staff, staff sessions and kiosks.
import { randomUUID } from 'node:crypto';
import { sql } from 'kysely';
import type { Store } from '../Store';
import type { SqlDatabase } from './connect';
import { toKiosk, toSchool, toStaff } from './rows';

const flag = (value: boolean) => (value ? 1 : 0);

export function schoolsRepository({ db }: SqlDatabase): Store['schools'] {
  const get = async (id: string) => {
    const row = await db.selectFrom('schools').selectAll().where('id', '=', id).executeTakeFirst();
    return row ? toSchool(row) : undefined;
  };
  return {
    async create({ name, timeZone, policy }) {
      const id = randomUUID();
      await db
        .insertInto('schools')
        .values({
          id,
          name,
          time_zone: timeZone,
          child_bookings_need_approval: flag(policy.childBookingsNeedApproval),
          parents_may_request: flag(policy.parentsMayRequest),
          min_notice_minutes: policy.minNoticeMinutes,
          max_calls_per_child_per_week: policy.maxCallsPerChildPerWeek,
          join_early_minutes: policy.joinEarlyMinutes,
          created_at: Date.now(),
        })
        .execute();
      return (await get(id))!;
    },
    get,
    async list() {
      return (await db.selectFrom('schools').selectAll().orderBy('name').execute()).map(toSchool);
    },
    async update(id, changes) {
      const current = await get(id);
      if (!current) return undefined;
      const next = { ...current, ...changes, policy: { ...current.policy, ...changes.policy } };
      await db
        .updateTable('schools')
        .set({
          name: next.name,
          time_zone: next.timeZone,
          child_bookings_need_approval: flag(next.policy.childBookingsNeedApproval),
          parents_may_request: flag(next.policy.parentsMayRequest),
          min_notice_minutes: next.policy.minNoticeMinutes,
          max_calls_per_child_per_week: next.policy.maxCallsPerChildPerWeek,
          join_early_minutes: next.policy.joinEarlyMinutes,
        })
        .where('id', '=', id)
        .execute();
      return get(id);
    },
  };
}

export function staffRepository({ db }: SqlDatabase): Store['staff'] {
  const get = async (id: string) => {
    const row = await db.selectFrom('staff').selectAll().where('id', '=', id).executeTakeFirst();
    return row ? toStaff(row) : undefined;
  };
  return {
    async create(input) {
      const id = randomUUID();
      await db
        .insertInto('staff')
        .values({
          id,
          school_id: input.schoolId,
          role: input.role,
          username: input.username,
          display_name: input.displayName,
          password_hash: input.passwordHash,
          disabled: 0,
          created_at: Date.now(),
        })
        .execute();
      return (await get(id))!;
    },
    get,
    async findForLogin(username) {
      // Usernames ignore case on both engines (SQLite: NOCASE column; PostgreSQL: index on lower()).
      const row = await db
        .selectFrom('staff')
        .selectAll()
        .where(sql<string>`lower(username)`, '=', username.toLowerCase())
        .executeTakeFirst();
      return row ? { ...toStaff(row), passwordHash: row.password_hash } : undefined;
    },
    async list(schoolId) {
      let query = db.selectFrom('staff').selectAll().orderBy('display_name');
      if (schoolId) query = query.where('school_id', '=', schoolId);
      return (await query.execute()).map(toStaff);
    },
  };
}

export function sessionsRepository({ db }: SqlDatabase): Store['sessions'] {
  return {
    async create(tokenHash, staffId, now, expiresAt) {
      await db
        .insertInto('staff_sessions')
        .values({ token_hash: tokenHash, staff_id: staffId, created_at: now, expires_at: expiresAt })
        .execute();
    },
    async find(tokenHash, now) {
      const row = await db
        .selectFrom('staff_sessions')
        .innerJoin('staff', 'staff.id', 'staff_sessions.staff_id')
        .selectAll('staff')
        .select('staff_sessions.expires_at as session_expires_at')
        .where('token_hash', '=', tokenHash)
        .where('expires_at', '>', now)
        .where('staff.disabled', '=', 0)
        .executeTakeFirst();
      return row ? { ...toStaff(row), expiresAt: Number(row.session_expires_at) } : undefined;
    },
    async delete(tokenHash) {
      await db.deleteFrom('staff_sessions').where('token_hash', '=', tokenHash).execute();
    },
    async deleteExpired(now) {
      const result = await db.deleteFrom('staff_sessions').where('expires_at', '<=', now).executeTakeFirst();
      return Number(result.numDeletedRows);
    },
  };
}

export function kiosksRepository({ db }: SqlDatabase): Store['kiosks'] {
  const get = async (id: string) => {
    const row = await db.selectFrom('kiosks').selectAll().where('id', '=', id).executeTakeFirst();
    return row ? toKiosk(row) : undefined;
  };
  return {
    async create({ schoolId, name, pairingCodeHash, pairingExpiresAt }) {
      const id = randomUUID();
      await db
        .insertInto('kiosks')
        .values({
          id,
          school_id: schoolId,
          name,
          pairing_code_hash: pairingCodeHash,
          pairing_expires_at: pairingExpiresAt,
          created_at: Date.now(),
        })
        .execute();
      return (await get(id))!;
    },
    async pair(pairingCodeHash, credentialHash, now) {
      // One UPDATE both checks and consumes the code, so it pairs exactly one device.
      const row = await db
        .updateTable('kiosks')
        .set({
          credential_hash: credentialHash,
          pairing_code_hash: null,
          pairing_expires_at: null,
          paired_at: now,
        })
        .where('pairing_code_hash', '=', pairingCodeHash)
        .where('pairing_expires_at', '>', now)
        .where('revoked_at', 'is', null)
        .returningAll()
        .executeTakeFirst();
      return row ? toKiosk(row) : undefined;
    },
    async findByCredential(credentialHash) {
      const row = await db
        .selectFrom('kiosks')
        .selectAll()
        .where('credential_hash', '=', credentialHash)
        .where('revoked_at', 'is', null)
        .executeTakeFirst();
      return row ? toKiosk(row) : undefined;
    },
    get,
    async list(schoolId) {
      return (
        await db.selectFrom('kiosks').selectAll().where('school_id', '=', schoolId).orderBy('name').execute()
      ).map(toKiosk);
    },
    async revoke(id, now) {
      const result = await db
        .updateTable('kiosks')
        .set({ revoked_at: now, credential_hash: null, pairing_code_hash: null })
        .where('id', '=', id)
        .where('revoked_at', 'is', null)
        .executeTakeFirst();
      return Number(result.numUpdatedRows) > 0;
    },
    async touch(id, now) {
      await db.updateTable('kiosks').set({ last_seen_at: now }).where('id', '=', id).execute();
    },
  };
}
