// Children and their guardians.
import { randomUUID } from 'node:crypto';
import type { Db } from '../db';
import type { Store } from '../Store';
import { toBooking, toCallRecord, toChild, toGuardian, type Row } from './rows';

export function childrenRepository(db: Db): Store['children'] {
  const get = (id: string) => {
    const row = db.prepare('SELECT * FROM children WHERE id = ?').get(id) as Row | undefined;
    return row ? toChild(row) : undefined;
  };
  return {
    async create(input) {
      const id = randomUUID();
      db.prepare(
        `INSERT INTO children (id, school_id, display_name, class_name, avatar, pin_hash, created_at)
         VALUES (?, ?, ?, ?, ?, ?, ?)`,
      ).run(id, input.schoolId, input.displayName, input.className, input.avatar, input.pinHash, Date.now());
      return get(id)!;
    },
    async get(id) {
      return get(id);
    },
    async list(schoolId, options = {}) {
      const sql = options.includeArchived
        ? 'SELECT * FROM children WHERE school_id = ? ORDER BY class_name, display_name'
        : 'SELECT * FROM children WHERE school_id = ? AND archived = 0 ORDER BY class_name, display_name';
      return (db.prepare(sql).all(schoolId) as Row[]).map(toChild);
    },
    async update(id, changes) {
      const current = get(id);
      if (!current) return undefined;
      const next = { ...current, ...changes };
      db.prepare(
        'UPDATE children SET display_name = ?, class_name = ?, avatar = ?, archived = ? WHERE id = ?',
      ).run(next.displayName, next.className, next.avatar, next.archived ? 1 : 0, id);
      return get(id);
    },
    async pinHash(id) {
      const row = db.prepare('SELECT pin_hash FROM children WHERE id = ?').get(id) as
        { pin_hash: string | null } | undefined;
      return row?.pin_hash ?? null;
    },
    async setPinHash(id, pinHash) {
      db.prepare('UPDATE children SET pin_hash = ? WHERE id = ?').run(pinHash, id);
    },
    async recordConsent(id, consent) {
      db.prepare(
        'UPDATE children SET consent_at = ?, consent_by = ?, consent_recorded_by = ? WHERE id = ?',
      ).run(consent.date, consent.givenBy, consent.recordedBy, id);
    },
    async delete(id) {
      return db.prepare('DELETE FROM children WHERE id = ?').run(id).changes > 0;
    },
    async exportAll(id) {
      const child = get(id);
      if (!child) return undefined;
      const guardians = (db.prepare('SELECT * FROM guardians WHERE child_id = ?').all(id) as Row[]).map(
        toGuardian,
      );
      const bookings = (
        db.prepare('SELECT * FROM bookings WHERE child_id = ? ORDER BY start_at').all(id) as Row[]
      ).map(toBooking);
      const callRecords = (
        db
          .prepare(
            `SELECT call_records.* FROM call_records JOIN bookings ON bookings.id = call_records.booking_id
             WHERE bookings.child_id = ? ORDER BY joined_at`,
          )
          .all(id) as Row[]
      ).map(toCallRecord);
      return { child, guardians, bookings, callRecords };
    },
  };
}

export function guardiansRepository(db: Db): Store['guardians'] {
  const get = (id: string) => {
    const row = db.prepare('SELECT * FROM guardians WHERE id = ?').get(id) as Row | undefined;
    return row ? toGuardian(row) : undefined;
  };
  return {
    async create(input) {
      const id = randomUUID();
      db.prepare(
        'INSERT INTO guardians (id, child_id, relation, display_name, phone, created_at) VALUES (?, ?, ?, ?, ?, ?)',
      ).run(id, input.childId, input.relation, input.displayName, input.phone, Date.now());
      return get(id)!;
    },
    async get(id) {
      return get(id);
    },
    async listByChild(childId) {
      return (
        db.prepare('SELECT * FROM guardians WHERE child_id = ? ORDER BY created_at').all(childId) as Row[]
      ).map(toGuardian);
    },
    async listBySchool(schoolId) {
      return (
        db
          .prepare(
            `SELECT guardians.* FROM guardians JOIN children ON children.id = guardians.child_id
             WHERE children.school_id = ? ORDER BY guardians.created_at`,
          )
          .all(schoolId) as Row[]
      ).map(toGuardian);
    },
    async update(id, changes) {
      const current = get(id);
      if (!current) return undefined;
      const next = { ...current, ...changes };
      db.prepare('UPDATE guardians SET relation = ?, display_name = ?, phone = ? WHERE id = ?').run(
        next.relation,
        next.displayName,
        next.phone,
        id,
      );
      return get(id);
    },
    async delete(id) {
      return db.prepare('DELETE FROM guardians WHERE id = ?').run(id).changes > 0;
    },
    async setLink(id, tokenHash, now) {
      db.prepare(
        'UPDATE guardians SET link_token_hash = ?, link_created_at = ?, link_revoked_at = NULL WHERE id = ?',
      ).run(tokenHash, now, id);
    },
    async revokeLink(id, now) {
      // The hash is dropped too: a revoked token can never match again, even after a regenerate.
      db.prepare('UPDATE guardians SET link_token_hash = NULL, link_revoked_at = ? WHERE id = ?').run(
        now,
        id,
      );
    },
    async findByLink(tokenHash) {
      const row = db
        .prepare('SELECT * FROM guardians WHERE link_token_hash = ? AND link_revoked_at IS NULL')
        .get(tokenHash) as Row | undefined;
      return row ? toGuardian(row) : undefined;
    },
  };
}
