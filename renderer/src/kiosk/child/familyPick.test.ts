import { describe, expect, it } from 'vitest';
import { bookingFields, initialPick, toggleGuardian, toggleSibling } from './familyPick';

const family = ['mum', 'dad', 'grandma', 'grandpa'];
const siblings = ['hong', 'jun', 'li'];

describe('picking who to call', () => {
  it('starts with the lead guardian and nobody else', () => {
    expect(initialPick(family)).toEqual({ guardianIds: ['mum'], siblingIds: [] });
    expect(bookingFields(initialPick(family))).toEqual({ guardianId: 'mum' });
  });

  it('keeps the family’s order, so the first picked in the list leads', () => {
    let pick = initialPick(family);
    pick = toggleGuardian(pick, 'grandma', family);
    pick = toggleGuardian(pick, 'mum', family);
    pick = toggleGuardian(pick, 'dad', family);
    expect(pick.guardianIds).toEqual(['dad', 'grandma']);
    expect(bookingFields(pick)).toEqual({ guardianId: 'dad', alsoGuardianIds: ['grandma'] });
  });

  it('never leaves the call without a guardian', () => {
    const pick = toggleGuardian(initialPick(family), 'mum', family);
    expect(pick.guardianIds).toEqual(['mum']);
  });

  it('stops at three guardians and two siblings', () => {
    let pick = initialPick(family);
    for (const id of family) pick = toggleGuardian(pick, id, family);
    // mum stays (the only one when tapped), dad and grandma join, grandpa does not fit
    expect(pick.guardianIds).toEqual(['mum', 'dad', 'grandma']);
    pick = toggleGuardian(pick, 'mum', family);
    pick = toggleGuardian(pick, 'grandpa', family);
    expect(pick.guardianIds).toEqual(['dad', 'grandma', 'grandpa']);
    for (const id of siblings) pick = toggleSibling(pick, id, siblings);
    expect(pick.siblingIds).toEqual(['hong', 'jun']);
    expect(bookingFields(pick)).toEqual({
      guardianId: 'dad',
      alsoGuardianIds: ['grandma', 'grandpa'],
      siblingIds: ['hong', 'jun'],
    });
  });

  it('lets a sibling be tapped off again', () => {
    const pick = toggleSibling(toggleSibling(initialPick(family), 'hong', siblings), 'hong', siblings);
    expect(pick.siblingIds).toEqual([]);
  });
});
