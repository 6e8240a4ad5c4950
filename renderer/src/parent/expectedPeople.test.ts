import { describe, expect, it } from 'vitest';
import type { ParentCall, ParentOverview } from '@hhc/common/protocol';
import { expectedPeople } from './expectedPeople';

const call = (id: string, guardians: ParentCall['guardians'], children: ParentCall['children']) =>
  ({ id, guardians, children }) as ParentCall;

const overview = (calls: ParentCall[]) =>
  ({ guardian: { relation: 'mother', displayName: '张丽' }, calls }) as unknown as ParentOverview;

describe('expectedPeople', () => {
  it('expects the kiosk (by the children) and the other guardians, not this parent', () => {
    const family = call(
      'b1',
      [
        { relation: 'mother', displayName: '张丽' },
        { relation: 'father', displayName: '王强' },
      ],
      [
        { displayName: '小明', avatar: 'cat' },
        { displayName: '小红', avatar: 'dog' },
      ],
    );
    expect(expectedPeople(overview([family]), 'b1')).toEqual([
      { role: 'kiosk', displayName: '小明、小红' },
      { role: 'parent', displayName: '王强', relation: 'father' },
    ]);
  });

  it('drops only this parent’s own entry when two share a name and relation, and knows no unknown call', () => {
    const twins = call(
      'b2',
      [
        { relation: 'mother', displayName: '张丽' },
        { relation: 'mother', displayName: '张丽' },
      ],
      [{ displayName: '小明', avatar: 'cat' }],
    );
    expect(expectedPeople(overview([twins]), 'b2')).toHaveLength(2);
    expect(expectedPeople(overview([twins]), 'other')).toEqual([]);
  });
});
