// Family bookings in the store, on each engine: everyone in a call is listed
// lead first and found by any of their ids; a call a deleted guardian led
// passes to the next guardian; past the retention period a family call is
// kept in the monthly counts once for each child in it.
import { defaultSchoolPolicy } from '@hhc/common/domain';
import { afterEach, describe, expect, it } from 'vitest';
import { newTestDatabase } from '../../../../tests/support/database';
import { engines } from '../migrations/testing';
import type { Store } from '../Store';
import { openStore } from './openStore';

const START = Date.UTC(2030, 5, 5, 8, 0);
const END = START + 15 * 60_000;

describe.each(engines)('a family booking in the store on %s', (engine) => {
  let store: Store;
  afterEach(() => store.close());

  it('lists its people lead first, hands the lead on, and counts once per child', async () => {
    store = await openStore(await newTestDatabase(engine));
    const school = await store.schools.create({
      name: '希望小学',
      timeZone: 'Asia/Shanghai',
      policy: defaultSchoolPolicy,
    });
    const child = (displayName: string) =>
      store.children.create({
        schoolId: school.id,
        displayName,
        className: '一班',
        avatar: 'cat',
        pinHash: null,
        familyId: 'f1',
      });
    const [brother, sister] = [await child('小明'), await child('小红')];
    expect(sister.familyId).toBe('f1');
    const guardian = (childId: string, displayName: string) =>
      store.guardians.create({ childId, relation: 'mother', displayName, phone: null });
    const [mum, dad] = [await guardian(brother.id, '王丽'), await guardian(sister.id, '李强')];

    const created = await store.bookings.createChecked(
      {
        schoolId: school.id,
        childId: brother.id,
        guardianId: mum.id,
        siblingIds: [sister.id, brother.id],
        alsoGuardianIds: [dad.id],
        kioskId: null,
        startAt: START,
        createdBy: { kind: 'staff', id: 't1' },
      },
      () => ({ ok: true, endAt: END, status: 'confirmed' }),
      START - 3_600_000,
    );
    if (!('id' in created)) throw new Error('refused');
    // The lead named again among the siblings is listed once.
    expect(created.childIds).toEqual([brother.id, sister.id]);
    expect(created.guardianIds).toEqual([mum.id, dad.id]);
    expect((await store.bookings.list({ childId: sister.id })).map((b) => b.id)).toEqual([created.id]);
    expect((await store.bookings.list({ guardianId: dad.id })).map((b) => b.id)).toEqual([created.id]);

    await store.guardians.delete(mum.id);
    const handedOn = await store.bookings.get(created.id);
    expect(handedOn).toMatchObject({
      guardianId: dad.id,
      guardianIds: [dad.id],
      childIds: [brother.id, sister.id],
    });

    await store.bookings.setStatus(created.id, ['confirmed'], 'completed', END);
    const record = await store.callRecords.open(created.id, 'kiosk', START);
    await store.callRecords.close(record.id, END, 'left');
    const parent = await store.callRecords.open(created.id, 'parent', START);
    await store.callRecords.close(parent.id, END, 'left');
    expect(await store.retention.apply(END + 1, 'counts', () => '2030-06')).toBe(1);
    const summary = await store.reports.monthlySummary(school.id, START, END, '2030-06');
    expect(summary.map((row) => [row.displayName, row.completedCalls])).toEqual([
      ['小明', 1],
      ['小红', 1],
    ]);
  });
});
