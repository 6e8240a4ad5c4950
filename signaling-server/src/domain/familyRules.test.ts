// The booking rules for a family call: siblings need what the lead child needs,
// a guardian of any child of the family may be called, nobody is in two calls
// at once, the weekly limit counts a shared call once for each child, and the
// call takes one kiosk place. Changing the people keeps the time and checks them.
import { describe, expect, it } from 'vitest';
import { checkPeopleChange } from './bookingRules';
import { booking, context, decide, FRI, MIN, NOW, reason, sh } from './testFixtures';

const sister = { id: 'c2', archived: false, consentRecorded: true };
const family = { siblings: [sister], familyChildIds: ['c1', 'c2'] };
const familyCall = { childIds: ['c1', 'c2'], guardianIds: ['g1', 'g2'] };

describe('a family call', () => {
  it('is accepted with a sibling and a guardian of the sibling', () => {
    expect(reason(decide(sh(FRI, '16:00'), family, familyCall))).toBe('OK');
  });

  it('needs every sibling able to call', () => {
    const at = sh(FRI, '16:00');
    expect(reason(decide(at, { ...family, siblings: [{ ...sister, archived: true }] }, familyCall))).toBe(
      'CHILD_ARCHIVED',
    );
    expect(
      reason(decide(at, { ...family, siblings: [{ ...sister, consentRecorded: false }] }, familyCall)),
    ).toBe('NO_CONSENT');
  });

  it('may be led by a guardian of a sibling, but not of another family', () => {
    const at = sh(FRI, '16:00');
    expect(
      reason(decide(at, { ...family, guardian: { id: 'g2', childId: 'c2' } }, { guardianId: 'g2' })),
    ).toBe('OK');
    expect(reason(decide(at, { guardian: { id: 'g2', childId: 'c2' } }, { guardianId: 'g2' }))).toBe(
      'GUARDIAN_NOT_OF_CHILD',
    );
  });

  it('keeps each child and guardian out of two calls at once, whoever leads the other call', () => {
    const at = sh(FRI, '16:00');
    const roomy = { policy: { maxCallsPerChildPerWeek: 5 } };
    const sistersCall = [booking(at, { childId: 'c2', guardianId: 'g3' })];
    expect(reason(decide(at, { ...family, ...roomy, bookings: sistersCall }, familyCall))).toBe('CHILD_BUSY');
    const dadInAnother = [
      booking(at, { childId: 'c9', guardianId: 'g9', childIds: ['c9'], guardianIds: ['g9', 'g2'] }),
    ];
    expect(reason(decide(at, { ...family, ...roomy, bookings: dadInAnother }, familyCall))).toBe(
      'GUARDIAN_BUSY',
    );
    // The lead child sits in another family call as a sibling.
    const asSibling = [booking(at, { childId: 'c7', guardianId: 'g7', childIds: ['c7', 'c1'] })];
    expect(reason(decide(at, { ...roomy, bookings: asSibling }))).toBe('CHILD_BUSY');
  });

  it('counts a shared call once for each child, against that child’s own week', () => {
    const at = sh(FRI, '16:30');
    // Two shared calls that week: both children have used their two.
    const shared = [
      booking(sh('2025-03-05', '16:00'), familyCall),
      booking(sh('2025-03-05', '16:30'), familyCall),
    ];
    expect(reason(decide(at, { bookings: shared }))).toBe('WEEKLY_LIMIT');
    // One shared call and one of the sister's own: 小明 has one left, the sister none.
    const mixed = [
      booking(sh('2025-03-05', '16:00'), familyCall),
      booking(sh('2025-03-05', '16:30'), { childId: 'c2', guardianId: 'g2' }),
    ];
    expect(reason(decide(at, { bookings: mixed }))).toBe('OK');
    expect(reason(decide(at, { ...family, bookings: mixed }, familyCall))).toBe('WEEKLY_LIMIT');
  });

  it('takes one kiosk place: a capacity-1 slot holds one family call', () => {
    const at = sh(FRI, '16:00');
    expect(reason(decide(at, family, familyCall))).toBe('OK');
    const taken = [booking(at, { childId: 'c5', guardianId: 'g5' })];
    expect(reason(decide(at, { ...family, bookings: taken }, familyCall))).toBe('SLOT_FULL');
  });
});

describe('changing who is in a booking', () => {
  const at = sh(FRI, '16:00');
  const withSister = booking(at, familyCall);

  it('checks the new people but not the notice: a call soon may still gain a sibling', () => {
    expect(reason(checkPeopleChange(withSister, context(family), at - 5 * MIN))).toBe('OK');
    const busy = [booking(at, { id: 'other', childId: 'c2', guardianId: 'g3' })];
    expect(reason(checkPeopleChange(withSister, context({ ...family, bookings: busy }), NOW))).toBe(
      'CHILD_BUSY',
    );
  });

  it('ignores the booking itself and refuses a call that is over or settled', () => {
    expect(reason(checkPeopleChange(withSister, context({ ...family, bookings: [withSister] }), NOW))).toBe(
      'OK',
    );
    expect(
      reason(checkPeopleChange({ ...withSister, status: 'in_progress' }, context(family), at + MIN)),
    ).toBe('OK');
    expect(reason(checkPeopleChange(withSister, context(family), at + 30 * MIN))).toBe('NOT_MOVABLE');
    expect(reason(checkPeopleChange({ ...withSister, status: 'completed' }, context(family), NOW))).toBe(
      'NOT_MOVABLE',
    );
  });
});
