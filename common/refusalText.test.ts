import { describe, expect, it } from 'vitest';
import { translator } from './i18n';
import { bookingRefusals } from './refusals';
import { refusalText } from './refusalText';
import { AppError, ErrorCode } from './result';

const refused = (reason?: string) => new AppError(ErrorCode.BookingRefused, 'English rule text', { reason });

describe('refused bookings in the reader’s language', () => {
  it('has a sentence for every reason in both languages', () => {
    for (const locale of ['zh-CN', 'en'] as const) {
      const t = translator(locale);
      for (const reason of bookingRefusals) {
        const text = refusalText(refused(reason), t);
        expect(text).toBeTruthy();
        expect(text).not.toContain('refusal.');
      }
    }
    expect(refusalText(refused('SLOT_FULL'), translator('zh-CN'))).toBe('这个时间已经约满了。');
  });

  it('says nothing for other errors or reasons it does not know, so callers fall back', () => {
    const t = translator('zh-CN');
    expect(refusalText(refused('SOMETHING_NEW'), t)).toBeUndefined();
    expect(refusalText(refused(), t)).toBeUndefined();
    expect(refusalText(new AppError(ErrorCode.Conflict, 'x', { reason: 'SLOT_FULL' }), t)).toBeUndefined();
    expect(refusalText(new Error('SLOT_FULL'), t)).toBeUndefined();
  });
});
