import { describe, expect, it } from 'vitest';
import { guardianWords, joinNames, othersInCall, withLine } from './callPeople';
import { translator } from './i18n';

const zh = translator('zh-CN');
const en = translator('en');

const mum = { id: 'g1', relation: 'mother' as const, displayName: '王丽' };
const dad = { id: 'g2', relation: 'father' as const, displayName: '李强' };
const ming = { id: 'c1', displayName: '小明', avatar: 'panda' };
const hong = { id: 'c2', displayName: '小红', avatar: 'cat' };

describe('joinNames', () => {
  it('lists names with 、 in Chinese and "and" in English', () => {
    expect(joinNames(['妈妈', '爸爸', '小红'], 'zh-CN')).toBe('妈妈、爸爸、小红');
    expect(joinNames(['Mum'], 'en')).toBe('Mum');
    expect(joinNames(['Mum', 'Dad'], 'en')).toBe('Mum and Dad');
    expect(joinNames(['Mum', 'Dad', 'Lily'], 'en')).toBe('Mum, Dad and Lily');
    expect(joinNames([], 'zh-CN')).toBe('');
  });
});

describe('othersInCall', () => {
  const call = { children: [ming, hong], guardians: [mum, dad] };

  it('leaves out the child looking at the kiosk, by id', () => {
    const others = othersInCall(call, { child: { id: 'c2', displayName: '小红' } });
    expect(others.children).toEqual([ming]);
    expect(others.guardians).toEqual([mum, dad]);
  });

  it('leaves out the guardian on the parent page and that page’s child, by name without ids', () => {
    const parentCall = {
      children: [
        { displayName: '小明', avatar: 'panda' },
        { displayName: '小红', avatar: 'cat' },
      ],
      guardians: [
        { relation: 'mother' as const, displayName: '王丽' },
        { relation: 'father' as const, displayName: '李强' },
      ],
    };
    const others = othersInCall(parentCall, {
      child: { displayName: '小明' },
      guardian: { relation: 'father', displayName: '李强' },
    });
    expect(others.guardians.map((g) => g.displayName)).toEqual(['王丽']);
    expect(others.children.map((c) => c.displayName)).toEqual(['小红']);
  });

  it('drops only one entry when two guardians share a relation word', () => {
    const aunts = {
      children: [ming],
      guardians: [
        { relation: 'aunt' as const, displayName: '张梅' },
        { relation: 'aunt' as const, displayName: '张兰' },
      ],
    };
    const others = othersInCall(aunts, { guardian: { relation: 'aunt', displayName: '张兰' } });
    expect(others.guardians.map((g) => g.displayName)).toEqual(['张梅']);
  });
});

describe('withLine', () => {
  it('says who else is in the call, guardians first, then brothers and sisters', () => {
    expect(withLine({ guardians: [mum, dad], children: [hong] }, zh, 'zh-CN')).toBe(
      '和妈妈、爸爸一起 · 和小红一起',
    );
    expect(withLine({ guardians: [dad], children: [hong] }, en, 'en')).toBe('With Dad · With 小红');
    expect(withLine({ guardians: [], children: [] }, zh, 'zh-CN')).toBe('');
    expect(guardianWords([mum, dad], zh, 'zh-CN')).toBe('妈妈、爸爸');
  });
});
