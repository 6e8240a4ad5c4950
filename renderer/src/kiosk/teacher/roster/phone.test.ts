import { describe, expect, it } from 'vitest';
import { isMobile, normalisePhone } from './phone';

describe('guardian phone numbers', () => {
  it('reads numbers written the way people write them', () => {
    expect(normalisePhone('139 1234 5678')).toBe('13912345678');
    expect(normalisePhone('139-1234-5678')).toBe('13912345678');
    expect(normalisePhone('+86 139 1234 5678')).toBe('13912345678');
    expect(normalisePhone('8613912345678')).toBe('13912345678');
  });

  it('accepts only 11-digit mobile numbers', () => {
    expect(isMobile('13912345678')).toBe(true);
    expect(isMobile('12345')).toBe(false);
    expect(isMobile('23912345678')).toBe(false);
    expect(isMobile(normalisePhone('010-1234-5678'))).toBe(false);
  });
});
