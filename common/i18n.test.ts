import { describe, expect, it } from 'vitest';
import { pickLocale, translator } from './i18n';

describe('i18n', () => {
  it('speaks Simplified Chinese unless English is asked for', () => {
    expect(pickLocale(null)).toBe('zh-CN');
    expect(pickLocale('fr')).toBe('zh-CN');
    expect(pickLocale('en-GB')).toBe('en');
    expect(translator('zh-CN')('call.join')).toBe('加入通话');
    expect(translator('en')('call.join')).toBe('Join call');
  });
});
