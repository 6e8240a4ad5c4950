import { describe, expect, it } from 'vitest';
import { pickLocale, translator } from './i18n';
import { teacherMessages } from './i18n/teacher';

describe('i18n', () => {
  it('speaks Simplified Chinese unless English is asked for', () => {
    expect(pickLocale(null)).toBe('zh-CN');
    expect(pickLocale('fr')).toBe('zh-CN');
    expect(pickLocale('en-GB')).toBe('en');
    expect(translator('zh-CN')('call.join')).toBe('加入通话');
    expect(translator('en')('call.join')).toBe('Join call');
  });
});

describe('teacher strings', () => {
  it('come with the kiosk, and a page without them shows the key rather than failing', () => {
    expect(translator('zh-CN', teacherMessages)('teacher.title')).toBe('教师管理');
    expect(translator('en', teacherMessages)('teacher.title')).toBe(teacherMessages.en['teacher.title']);
    expect(translator('zh-CN')('teacher.title')).toBe('teacher.title');
    expect(translator('zh-CN', teacherMessages)('call.join')).toBe('加入通话');
  });
});
