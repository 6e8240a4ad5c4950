// Schools, staff, staff sessions and kiosks.
import { randomUUID } from 'node:crypto';
import type { Db } from '../db';
import type { Store } from '../Store';
import { toKiosk, toSchool, toStaff, type Row } from './rows';

export function schoolsRepository(db: Db): Store['schools'] {
  const get = (id: string) => {
    const row = db.prepare('SELECT * FROM schools WHERE id = ?').get(id) as Row | undefined;
    return row ? toSchool(row) : undefined;
  };
  return {
    async create({ name, timeZone, policy }) {
      const id = randomUUID();
      db.prepare(
        `INSERT INTO schools (id, name, time_zone, child_bookings_need_approval, parents_may_request,
           min_notice_minutes, max_calls_per_child_per_week, join_early_minutes, created_at)
         VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?)`,
      ).run(
        id,
        name,
        timeZone,
        policy.childBookingsNeedApproval ? 1 : 0,
        policy.parentsMayRequest ? 1 : 0,
        policy.minNoticeMinutes,
        policy.maxCallsPerChildPerWeek,
        policy.joinEarlyMinutes,
        Date.now(),
      );
      return get(id)!;
    },
    async get(id) {
      return get(id);
    },
    async list() {
      return (db.prepare('SELECT * FROM schools ORDER BY name').all() as Row[]).map(toSchool);
    },
    async update(id, changes) {
      const current = get(id);
      if (!current) return undefined;
      const next = { ...current, ...changes, policy: { ...current.policy, ...changes.policy } };
      db.prepare(
        `UPDATE schools SET name = ?, time_zone = ?, child_bookings_need_approval = ?, parents_may_request = ?,
           min_notice_minutes = ?, max_calls_per_child_per_week = ?, join_early_minutes = ? WHERE id = ?`,
      ).run(
        next.name,
        next.timeZone,
        next.policy.childBookingsNeedApproval ? 1 : 0,
        next.policy.parentsMayRequest ? 1 : 0,
        next.policy.minNoticeMinutes,
        next.policy.maxCallsPerChildPerWeek,
        next.policy.joinEarlyMinutes,
        id,
      );
      return get(id);
    },
  };
}

export function staffRepository(db: Db): Store['staff'] {
  const get = (id: string) => {
    const row = db.prepare('SELECT * FROM staff WHERE id = ?').get(id) as Row | undefined;
    return row ? toStaff(row) : undefined;
  };
  return {
    async create(input) {
      const id = randomUUID();
      db.prepare(
        'INSERT INTO staff (id, school_id, role, username, display_name, password_hash, created_at) VALUES (?, ?, ?, ?, ?, ?, ?)',
      ).run(
        id,
        input.schoolId,
        input.role,
        input.username,
        input.displayName,
        input.passwordHash,
        Date.now(),
      );
      return get(id)!;
    },
    async get(id) {
      return get(id);
    },
    async findForLogin(username) {
      const row = db.prepare('SELECT * FROM staff WHERE username = ?').get(username) as Row | undefined;
      return row ? { ...toStaff(row), passwordHash: String(row['password_hash']) } : undefined;
    },
    async list(schoolId) {
      const rows = schoolId
        ? db.prepare('SELECT * FROM staff WHERE school_id = ? ORDER BY display_name').all(schoolId)
        : db.prepare('SELECT * FROM staff ORDER BY display_name').all();
      return (rows as Row[]).map(toStaff);
    },
  };
}

export function sessionsRepository(db: Db): Store['sessions'] {
  return {
    async create(tokenHash, staffId, now, expiresAt) {
      db.prepare(
        'INSERT INTO staff_sessions (token_hash, staff_id, created_at, expires_at) VALUES (?, ?, ?, ?)',
      ).run(tokenHash, staffId, now, expiresAt);
    },
    async find(tokenHash, now) {
      const row = db
        .prepare(
          `SELECT staff.*, staff_sessions.expires_at AS session_expires_at FROM staff_sessions
           JOIN staff ON staff.id = staff_sessions.staff_id
           WHERE token_hash = ? AND expires_at > ? AND staff.disabled = 0`,
        )
        .get(tokenHash, now) as Row | undefined;
      return row ? { ...toStaff(row), expiresAt: Number(row['session_expires_at']) } : undefined;
    },
    async delete(tokenHash) {
      db.prepare('DELETE FROM staff_sessions WHERE token_hash = ?').run(tokenHash);
    },
    async deleteExpired(now) {
      return db.prepare('DELETE FROM staff_sessions WHERE expires_at <= ?').run(now).changes;
    },
  };
}

export function kiosksRepository(db: Db): Store['kiosks'] {
  const get = (id: string) => {
    const row = db.prepare('SELECT * FROM kiosks WHERE id = ?').get(id) as Row | undefined;
    return row ? toKiosk(row) : undefined;
  };
  return {
    async create({ schoolId, name, pairingCodeHash, pairingExpiresAt }) {
      const id = randomUUID();
      db.prepare(
        'INSERT INTO kiosks (id, school_id, name, pairing_code_hash, pairing_expires_at, created_at) VALUES (?, ?, ?, ?, ?, ?)',
      ).run(id, schoolId, name, pairingCodeHash, pairingExpiresAt, Date.now());
      return get(id)!;
    },
    async pair(pairingCodeHash, credentialHash, now) {
      // One UPDATE both checks and consumes the code, so it pairs exactly one device.
      const row = db
        .prepare(
          `UPDATE kiosks SET credential_hash = ?, pairing_code_hash = NULL, pairing_expires_at = NULL, paired_at = ?
           WHERE pairing_code_hash = ? AND pairing_expires_at > ? AND revoked_at IS NULL RETURNING *`,
        )
        .get(credentialHash, now, pairingCodeHash, now) as Row | undefined;
      return row ? toKiosk(row) : undefined;
    },
    async findByCredential(credentialHash) {
      const row = db
        .prepare('SELECT * FROM kiosks WHERE credential_hash = ? AND revoked_at IS NULL')
        .get(credentialHash) as Row | undefined;
      return row ? toKiosk(row) : undefined;
    },
    async get(id) {
      return get(id);
    },
    async list(schoolId) {
      return (
        db.prepare('SELECT * FROM kiosks WHERE school_id = ? ORDER BY name').all(schoolId) as Row[]
      ).map(toKiosk);
    },
    async revoke(id, now) {
      return (
        db
          .prepare(
            'UPDATE kiosks SET revoked_at = ?, credential_hash = NULL, pairing_code_hash = NULL WHERE id = ? AND revoked_at IS NULL',
          )
          .run(now, id).changes > 0
      );
    },
    async touch(id, now) {
      db.prepare('UPDATE kiosks SET last_seen_at = ? WHERE id = ?').run(now, id);
    },
  };
}
