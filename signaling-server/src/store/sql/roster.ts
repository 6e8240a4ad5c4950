// Children and their guardians.
import { randomUUID } from 'node:crypto';
import type { Store } from '../Store';
import type { SqlDatabase } from './connect';
import { handOverLeads, withPeople } from './bookingPeople';
import { toCallRecord, toChild, toGuardian } from './rows';

export function childrenRepository(database: SqlDatabase): Store['children'] {
  const { db } = database;
  const get = async (id: string) => {
    const row = await db.selectFrom('children').selectAll().where('id', '=', id).executeTakeFirst();
    return row ? toChild(row) : undefined;
  };
  return {
    async create(input) {
      const id = randomUUID();
      await db
        .insertInto('children')
        .values({
          id,
          school_id: input.schoolId,
          display_name: input.displayName,
          class_name: input.className,
          avatar: input.avatar,
          pin_hash: input.pinHash,
          family_id: input.familyId ?? null,
          archived: 0,
          created_at: Date.now(),
        })
        .execute();
      return (await get(id))!;
    },
    get,
    async setFamily(id, familyId) {
      await db.updateTable('children').set({ family_id: familyId }).where('id', '=', id).execute();
    },
    async list(schoolId, options = {}) {
      let query = db
        .selectFrom('children')
        .selectAll()
        .where('school_id', '=', schoolId)
        .orderBy('class_name')
        .orderBy('display_name');
      if (!options.includeArchived) query = query.where('archived', '=', 0);
      return (await query.execute()).map(toChild);
    },
    async update(id, changes) {
      const current = await get(id);
      if (!current) return undefined;
      const next = { ...current, ...changes };
      await db
        .updateTable('children')
        .set({
          display_name: next.displayName,
          class_name: next.className,
          avatar: next.avatar,
          archived: next.archived ? 1 : 0,
        })
        .where('id', '=', id)
        .execute();
      return get(id);
    },
    async pinHash(id) {
      const row = await db.selectFrom('children').select('pin_hash').where('id', '=', id).executeTakeFirst();
      return row?.pin_hash ?? null;
    },
    async setPinHash(id, pinHash) {
      await db.updateTable('children').set({ pin_hash: pinHash }).where('id', '=', id).execute();
    },
    async recordConsent(id, consent) {
      await db
        .updateTable('children')
        .set({
          consent_at: consent.date,
          consent_by: consent.givenBy,
          consent_recorded_by: consent.recordedBy,
        })
        .where('id', '=', id)
        .execute();
    },
    async delete(id) {
      return database.write(async (trx) => {
        const guardians = await trx.selectFrom('guardians').select('id').where('child_id', '=', id).execute();
        await handOverLeads(trx, { childId: id, guardianIds: guardians.map((g) => g.id) });
        const result = await trx.deleteFrom('children').where('id', '=', id).executeTakeFirst();
        return Number(result.numDeletedRows) > 0;
      });
    },
    async exportAll(id) {
      const child = await get(id);
      if (!child) return undefined;
      const guardians = (
        await db
          .selectFrom('guardians')
          .selectAll()
          .where('child_id', '=', id)
          .orderBy('created_at')
          .execute()
      ).map(toGuardian);
      // Every call the child was in, a sibling's family call included.
      const ofChild = db.selectFrom('booking_children').select('booking_id').where('child_id', '=', id);
      const bookings = await withPeople(
        db,
        await db.selectFrom('bookings').selectAll().where('id', 'in', ofChild).orderBy('start_at').execute(),
      );
      const callRecords = (
        await db
          .selectFrom('call_records')
          .selectAll()
          .where('booking_id', 'in', ofChild)
          .orderBy('joined_at')
          .execute()
      ).map(toCallRecord);
      return { child, guardians, bookings, callRecords };
    },
  };
}

export function guardiansRepository(database: SqlDatabase): Store['guardians'] {
  const { db } = database;
  const get = async (id: string) => {
    const row = await db.selectFrom('guardians').selectAll().where('id', '=', id).executeTakeFirst();
    return row ? toGuardian(row) : undefined;
  };
  return {
    async create(input) {
      const id = randomUUID();
      await db
        .insertInto('guardians')
        .values({
          id,
          child_id: input.childId,
          relation: input.relation,
          display_name: input.displayName,
          phone: input.phone,
          created_at: Date.now(),
        })
        .execute();
      return (await get(id))!;
    },
    get,
    async listByChild(childId) {
      return (
        await db
          .selectFrom('guardians')
          .selectAll()
          .where('child_id', '=', childId)
          .orderBy('created_at')
          .execute()
      ).map(toGuardian);
    },
    async listBySchool(schoolId) {
      return (
        await db
          .selectFrom('guardians')
          .innerJoin('children', 'children.id', 'guardians.child_id')
          .selectAll('guardians')
          .where('children.school_id', '=', schoolId)
          .orderBy('guardians.created_at')
          .execute()
      ).map(toGuardian);
    },
    async update(id, changes) {
      const current = await get(id);
      if (!current) return undefined;
      const next = { ...current, ...changes };
      await db
        .updateTable('guardians')
        .set({ relation: next.relation, display_name: next.displayName, phone: next.phone })
        .where('id', '=', id)
        .execute();
      return get(id);
    },
    async delete(id) {
      return database.write(async (trx) => {
        await handOverLeads(trx, { guardianIds: [id] });
        const result = await trx.deleteFrom('guardians').where('id', '=', id).executeTakeFirst();
        return Number(result.numDeletedRows) > 0;
      });
    },
    async setLink(id, tokenHash, now) {
      await db
        .updateTable('guardians')
        .set({ link_token_hash: tokenHash, link_created_at: now, link_revoked_at: null })
        .where('id', '=', id)
        .execute();
    },
    async revokeLink(id, now) {
      // The hash is dropped too: a revoked token can never match again, even after a regenerate.
      await db
        .updateTable('guardians')
        .set({ link_token_hash: null, link_revoked_at: now })
        .where('id', '=', id)
        .execute();
    },
    async findByLink(tokenHash) {
      const row = await db
        .selectFrom('guardians')
        .selectAll()
        .where('link_token_hash', '=', tokenHash)
        .where('link_revoked_at', 'is', null)
        .executeTakeFirst();
      return row ? toGuardian(row) : undefined;
    },
  };
}
