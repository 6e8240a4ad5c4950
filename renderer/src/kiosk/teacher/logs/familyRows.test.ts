import { describe, expect, it } from 'vitest';
import { leadsToAsk } from './familyRows';

describe('leadsToAsk', () => {
  const bookings = [
    { childId: 'ming', childIds: ['ming', 'hong'] },
    { childId: 'hong', childIds: ['hong'] },
    { childId: 'li', childIds: ['li'] },
    { childId: 'ming', childIds: ['ming', 'hong'] },
  ];

  it('asks for every row when no child is picked', () => {
    expect(leadsToAsk(undefined, bookings)).toEqual([]);
  });

  it('asks for the child and for the lead of each family call the child is in, once each', () => {
    expect(leadsToAsk('hong', bookings)).toEqual(['hong', 'ming']);
    expect(leadsToAsk('ming', bookings)).toEqual(['ming']);
    expect(leadsToAsk('li', undefined)).toEqual(['li']);
  });
});
