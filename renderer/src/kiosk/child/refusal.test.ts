import { describe, expect, it } from 'vitest';
import { AppError, ErrorCode } from '@hhc/common/result';
import { childRefusalKey } from './refusal';

const refused = (reason?: string) =>
  new AppError(ErrorCode.BookingRefused, 'That call time is already full.', { reason });

describe('a refused booking told to a child', () => {
  it('picks the child’s sentence by the server’s reason, not by its English wording', () => {
    expect(childRefusalKey(refused('SLOT_FULL'))).toBe('child.refused.full');
    expect(childRefusalKey(refused('WEEKLY_LIMIT'))).toBe('child.refused.weekly');
    expect(childRefusalKey(refused('KIOSK_BUSY'))).toBe('child.refused.busy');
    expect(childRefusalKey(refused('TOO_SOON'))).toBe('child.refused.soon');
    expect(childRefusalKey(refused('NO_CONSENT'))).toBe('child.refused.consent');
  });

  it('asks the child to tell a teacher for anything else', () => {
    expect(childRefusalKey(refused())).toBe('child.refused.other');
    expect(childRefusalKey(refused('UNHEARD_OF'))).toBe('child.refused.other');
    expect(childRefusalKey(new AppError(ErrorCode.Timeout, 'late'))).toBe('child.refused.other');
    expect(childRefusalKey(new Error('full'))).toBe('child.refused.other');
  });
});
