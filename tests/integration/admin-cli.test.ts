// The admin tool against a real database (SQLite; PostgreSQL under test:cluster): the demo school, a school and a
// teacher, a kiosk pairing code that really pairs, and a roster import that
// reports bad rows by line and writes none of them.
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { runAdmin } from '../../signaling-server/src/admin/cli';
import { seedDemoIfEmpty } from '../../signaling-server/src/admin/demo';
import { hashToken, normalisePairingCode } from '../../signaling-server/src/auth/secrets';
import { openStore } from '../../signaling-server/src/store/sql/openStore';
import type { Store } from '../../signaling-server/src/store/Store';
import { newTestDatabase } from '../support/database';

let dir: string;
let store: Store;
let lines: string[];
const out = (line: string) => lines.push(line);
const run = (...args: string[]) => runAdmin(store, args, out, 'https://school.example');

beforeEach(async () => {
  dir = fs.mkdtempSync(path.join(os.tmpdir(), 'hhc-admin-'));
  store = await openStore(await newTestDatabase());
  lines = [];
});

afterEach(() => store.close());

describe('npm run admin', () => {
  it('demo fills an empty database once, with a working parent link and pairing codes', async () => {
    const demo = await seedDemoIfEmpty(store, { publicUrl: 'https://school.example' });
    expect(demo).toBeDefined();
    expect(await seedDemoIfEmpty(store, { publicUrl: 'https://school.example' })).toBeUndefined();
    const [school] = await store.schools.list();
    expect(school?.name).toContain('演示');
    expect((await store.children.list(school!.id)).length).toBe(6);
    expect((await store.windows.list(school!.id)).length).toBeGreaterThan(0);
    const token = demo!.parentLink.split('/p/')[1]!;
    const guardian = await store.guardians.findByLink(hashToken(token));
    expect(guardian).toBeDefined();
    // The summary names the family the link really belongs to.
    expect((await store.children.get(guardian!.childId))?.displayName).toBe('小明');
    expect(guardian!.relation).toBe('mother');
    expect(demo!.summary).toContain("parent link (小明's mother");
    const open = await store.bookings.list({ guardianId: guardian!.id, statuses: ['confirmed'] });
    expect(open.some((booking) => booking.startAt <= Date.now() && booking.endAt > Date.now())).toBe(true);
    const kiosk = await store.kiosks.pair(
      hashToken(normalisePairingCode(demo!.kioskPairingCodes[0]!)),
      hashToken('c'.repeat(43)),
      Date.now(),
    );
    expect(kiosk?.schoolId).toBe(school!.id);
    expect(demo!.summary).toContain(demo!.parentLink);
  });

  it('demo has a family call open now: brother and sister with mother and father, each on their own link', async () => {
    const demo = (await seedDemoIfEmpty(store, { publicUrl: 'https://school.example' }))!;
    const guardianOf = async (link: string) =>
      (await store.guardians.findByLink(hashToken(link.split('/p/')[1]!)))!;
    const mother = await guardianOf(demo.parentLink);
    const father = await guardianOf(demo.secondParentLink);
    expect(father.relation).toBe('father');
    const [brother, sister] = await Promise.all([
      store.children.get(mother.childId),
      store.children.get(father.childId),
    ]);
    expect([brother?.displayName, sister?.displayName]).toEqual(['小明', '小红']);
    expect(brother!.familyId).not.toBeNull();
    expect(sister!.familyId).toBe(brother!.familyId);
    const now = Date.now();
    const [call, ...others] = (
      await store.bookings.list({ guardianId: father.id, statuses: ['confirmed'] })
    ).filter((booking) => booking.startAt <= now && booking.endAt > now);
    expect(others).toEqual([]);
    expect(call!.childIds).toEqual([brother!.id, sister!.id]);
    expect(call!.guardianIds).toEqual([mother.id, father.id]);
    expect(demo.summary).toContain(demo.secondParentLink);
    // The other four children stay in no family.
    const rest = (await store.children.list(demo.schoolId)).filter((c) => c.familyId === null);
    expect(rest.length).toBe(4);
  });

  it('creates a school, a teacher and a kiosk code that pairs exactly one kiosk', async () => {
    expect(await run('school-create', '希望小学', 'Asia/Shanghai')).toBe(0);
    const schoolId = lines.at(-1)!.split(': ')[1]!;
    process.env.HHC_NEW_PASSWORD = 'a long enough password';
    try {
      expect(await run('staff-create', schoolId, 'teacher', 'wang', '王老师')).toBe(0);
      expect(await run('staff-create', schoolId, 'teacher', 'wang', '王老师')).toBe(1); // taken
      expect(await run('staff-create', '-', 'teacher', 'li', '李老师')).toBe(1); // a teacher needs a school
    } finally {
      delete process.env.HHC_NEW_PASSWORD;
    }
    expect((await store.staff.findForLogin('wang'))?.schoolId).toBe(schoolId);
    expect(await run('kiosk-code', schoolId, '1 号机')).toBe(0);
    const code = /pairing code for "1 号机": (\w+)/.exec(lines.at(-1)!)![1]!;
    expect(await store.kiosks.pair(hashToken(code), hashToken('k'.repeat(43)), Date.now())).toBeDefined();
    expect(await store.kiosks.pair(hashToken(code), hashToken('x'.repeat(43)), Date.now())).toBeUndefined();
    expect(await run('school-create', '坏时区', 'Mars/Base')).toBe(1);
    expect(await run('nonsense')).toBe(1);
    expect(lines.at(-1)).toContain('usage');
  });

  it('imports a roster, reporting bad rows by line and writing none of them', async () => {
    await run('school-create', '希望小学');
    const schoolId = lines.at(-1)!.split(': ')[1]!;
    const file = path.join(dir, 'roster.csv');
    fs.writeFileSync(
      file,
      '\uFEFF姓名,班级,监护人,关系,电话\n小明,一班,王丽,妈妈,138-0013-8000\n,一班,李强,爸爸,\n小红,一班,张芳,宇航员,\n',
    );
    expect(await run('roster-import', schoolId, file)).toBe(2); // done, with rejected rows
    expect(lines.join('\n')).toContain('第 3 行');
    expect(lines.join('\n')).toContain('第 4 行');
    const children = await store.children.list(schoolId);
    expect(children.map((child) => child.displayName)).toEqual(['小明']);
    const [guardian] = await store.guardians.listByChild(children[0]!.id);
    expect(guardian).toMatchObject({ displayName: '王丽', relation: 'mother', phone: '13800138000' });
  });
});
