import { describe, expect, it } from 'vitest';
import { translator } from '@hhc/common/i18n';
import { callWords, isFamilyCall } from './familyCall';

const zh = translator('zh-CN');
const mum = { id: 'g1', relation: 'mother' as const, displayName: '王丽' };
const dad = { id: 'g2', relation: 'father' as const, displayName: '李强' };
const ming = { id: 'c1', displayName: '小明', avatar: 'panda' };
const hong = { id: 'c2', displayName: '小红', avatar: 'cat' };

describe('a booking’s people on the child’s screens', () => {
  it('names every guardian, or the lead one for a booking cached before family calls', () => {
    expect(
      callWords({ children: [ming], guardians: [mum, dad], guardianRelation: 'mother' }, zh, 'zh-CN'),
    ).toBe('妈妈、爸爸');
    expect(callWords({ children: [], guardians: [], guardianRelation: 'grandmother' }, zh, 'zh-CN')).toBe(
      '奶奶',
    );
  });

  it('is a family call with a second guardian or a second child, not with one of each', () => {
    expect(isFamilyCall({ children: [ming], guardians: [mum] })).toBe(false);
    expect(isFamilyCall({ children: [ming], guardians: [mum, dad] })).toBe(true);
    expect(isFamilyCall({ children: [ming, hong], guardians: [mum] })).toBe(true);
    expect(isFamilyCall({ children: [], guardians: [] })).toBe(false);
  });
});
