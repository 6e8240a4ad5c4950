import { describe, expect, it } from 'vitest';
import type { ChildRecord, GuardianRecord } from '@hhc/common/records';
import { translator } from '@hhc/common/i18n';
import { teacherMessages } from '@hhc/common/i18n/teacher';
import {
  bookingPeopleWords,
  familyChildIds,
  familyGuardians,
  guardiansById,
  siblingsOf,
  toggleId,
} from './family';

function child(id: string, displayName: string, familyId: string | null, archived = false): ChildRecord {
  return {
    id,
    schoolId: 's',
    displayName,
    className: '三年级一班',
    avatar: 'panda',
    familyId,
    hasPin: true,
    consent: null,
    archived,
  };
}

function guardian(id: string, childId: string): GuardianRecord {
  return { id, childId, relation: 'mother', displayName: id, phone: null, linkActive: true };
}

const children = [
  child('ming', '小明', 'f1'),
  child('hong', '小红', 'f1'),
  child('jun', '小军', 'f1', true),
  child('li', '丽丽', null),
  child('qiang', '强强', 'f2'),
];

describe('a child’s family in teacher mode', () => {
  it('finds brothers and sisters by family id, leaving out the child and archived ones unless asked', () => {
    expect(siblingsOf(children, 'ming').map((c) => c.id)).toEqual(['hong']);
    expect(siblingsOf(children, 'ming', { archived: true }).map((c) => c.id)).toEqual(['hong', 'jun']);
    expect(siblingsOf(children, 'li')).toEqual([]);
    expect(siblingsOf(children, 'qiang')).toEqual([]);
    expect(siblingsOf(children, 'nobody')).toEqual([]);
  });

  it('gathers the family’s guardians once each, in the children’s order', () => {
    const byChild = new Map([
      ['ming', [guardian('mum', 'ming')]],
      ['hong', [guardian('dad', 'hong'), guardian('mum', 'hong')]],
    ]);
    expect(familyGuardians(byChild, ['ming', 'hong']).map((g) => g.id)).toEqual(['mum', 'dad']);
    expect(familyGuardians(undefined, ['ming'])).toEqual([]);
  });

  it('toggles an id in and out, keeping the list’s order', () => {
    const order = ['a', 'b', 'c'];
    expect(toggleId(['c'], 'a', order)).toEqual(['a', 'c']);
    expect(toggleId(['a', 'c'], 'a', order)).toEqual(['c']);
  });
});

describe('familyChildIds', () => {
  it('takes the children in the call and the lead child’s siblings, each once', () => {
    expect(familyChildIds(children, { childId: 'ming', childIds: ['ming'] })).toEqual(['ming', 'hong']);
    expect(familyChildIds(children, { childId: 'li', childIds: ['li', 'qiang'] })).toEqual(['li', 'qiang']);
  });
});

describe('bookingPeopleWords', () => {
  const byChild = new Map([
    ['ming', [guardian('mum', 'ming')]],
    ['hong', [{ ...guardian('dad', 'hong'), relation: 'father' as const, displayName: '李强' }]],
  ]);
  const call = { childIds: ['ming', 'hong'], guardianIds: ['mum', 'dad'] };

  it('names every child and every guardian of a family call, lead first, whoever they are recorded with', () => {
    const zh = bookingPeopleWords(
      call,
      children,
      guardiansById(byChild),
      translator('zh-CN', teacherMessages),
      'zh-CN',
    );
    expect(zh).toEqual({ children: '小明、小红', guardians: '妈妈 mum、爸爸 李强' });
    const en = bookingPeopleWords(
      call,
      children,
      guardiansById(byChild),
      translator('en', teacherMessages),
      'en',
    );
    expect(en).toEqual({ children: '小明 and 小红', guardians: 'Mum mum and Dad 李强' });
  });

  it('marks a deleted child and a guardian not loaded yet', () => {
    const words = bookingPeopleWords(
      { childIds: ['gone'], guardianIds: ['mum'] },
      children,
      undefined,
      translator('zh-CN', teacherMessages),
      'zh-CN',
    );
    expect(words).toEqual({ children: '（已删除）', guardians: '…' });
  });
});
