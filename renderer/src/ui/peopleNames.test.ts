import { describe, expect, it } from 'vitest';
import { translator } from '@hhc/common/i18n';
import { personLabel, stillComing, type ExpectedPerson } from './peopleNames';

const t = translator('zh-CN');
const mum = { role: 'parent', displayName: '张丽', relation: 'mother' } as const;
const dad = { role: 'parent', displayName: '王强', relation: 'father' } as const;
const kiosk = { role: 'kiosk', displayName: '小明、小红' } as const;

describe('personLabel', () => {
  it('names a parent by relation, a kiosk by its children', () => {
    expect(personLabel(mum, t)).toBe('妈妈');
    expect(personLabel(dad, translator('en'))).toBe('Dad');
    expect(personLabel(kiosk, t)).toBe('小明、小红');
    // An older server sends no relation: the name then.
    expect(personLabel({ role: 'parent', displayName: '张丽' }, t)).toBe('张丽');
  });
});

describe('stillComing', () => {
  const booking: ExpectedPerson[] = [kiosk, mum, dad];

  it('lists who of the booking is not in yet, in the booking’s order', () => {
    expect(stillComing(booking, [mum], t)).toEqual(['小明、小红', '爸爸']);
    expect(stillComing(booking, [kiosk, mum], t)).toEqual(['爸爸']);
    expect(stillComing(booking, [dad, kiosk, mum], t)).toEqual([]);
  });

  it('lets each present peer stand for one person only: two aunts are two people', () => {
    const aunt1 = { role: 'parent', displayName: '李梅', relation: 'aunt' } as const;
    const aunt2 = { role: 'parent', displayName: '李兰', relation: 'aunt' } as const;
    expect(stillComing([aunt1, aunt2], [aunt1], t)).toEqual(['阿姨']);
    expect(stillComing([mum, mum], [mum], t)).toEqual(['妈妈']);
  });

  it('does not take someone of the same name but another relation for them', () => {
    expect(stillComing([mum], [{ ...dad, displayName: '张丽' }], t)).toEqual(['妈妈']);
  });
});
