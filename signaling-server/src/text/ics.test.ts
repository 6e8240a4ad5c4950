import { describe, expect, it } from 'vitest';
import { callToIcs, escapeText, foldLine } from './ics';

const base = {
  uid: 'booking-42@happyhome.example',
  startAt: Date.parse('2024-09-06T16:30:00+08:00'),
  endAt: Date.parse('2024-09-06T16:45:00+08:00'),
  title: '和小明视频通话',
  timeZone: 'Asia/Shanghai',
  now: Date.parse('2024-09-01T02:03:04.567Z'),
};

const utf8 = new TextEncoder();
const unfold = (ics: string): string => ics.replace(/\r\n /g, '');
const contentLines = (ics: string): string[] => unfold(ics).split('\r\n').slice(0, -1);

describe('callToIcs', () => {
  it('writes a complete calendar with UTC times (16:30 in Shanghai is 08:30Z)', () => {
    const ics = callToIcs({ ...base, alarmMinutesBefore: 15 });
    expect(contentLines(ics)).toEqual([
      'BEGIN:VCALENDAR',
      'PRODID:-//Happy Home Connect//Call booking//ZH',
      'VERSION:2.0',
      'CALSCALE:GREGORIAN',
      'METHOD:PUBLISH',
      'X-WR-TIMEZONE:Asia/Shanghai',
      'BEGIN:VEVENT',
      'UID:booking-42@happyhome.example',
      'DTSTAMP:20240901T020304Z',
      'DTSTART:20240906T083000Z',
      'DTEND:20240906T084500Z',
      'SUMMARY:和小明视频通话',
      'BEGIN:VALARM',
      'ACTION:DISPLAY',
      'DESCRIPTION:和小明视频通话',
      'TRIGGER:-PT15M',
      'END:VALARM',
      'END:VEVENT',
      'END:VCALENDAR',
    ]);
  });

  it('uses CRLF everywhere and ends with one', () => {
    const ics = callToIcs({ ...base, description: 'a\nb\r\nc' });
    expect(ics.endsWith('END:VCALENDAR\r\n')).toBe(true);
    expect(ics.replace(/\r\n/g, '')).not.toMatch(/[\r\n]/);
  });

  it('adds DESCRIPTION and LOCATION only when given, escaped', () => {
    const ics = callToIcs({
      ...base,
      description: '链接: https://x.example/j?a=1;b=2\n请提前 5 分钟, 谢谢\\',
      location: '幸福家园 教室, 2 楼',
    });
    const lines = contentLines(ics);
    expect(lines).toContain('DESCRIPTION:链接: https://x.example/j?a=1\\;b=2\\n请提前 5 分钟\\, 谢谢\\\\');
    expect(lines).toContain('LOCATION:幸福家园 教室\\, 2 楼');
    expect(callToIcs(base)).not.toMatch(/DESCRIPTION|LOCATION|VALARM/);
  });

  it('folds a long Chinese summary at 75 octets without splitting characters', () => {
    const title = '幸福家园视频通话：'.repeat(8) + '😀 emoji, 分号; 反斜杠\\ 结束';
    const ics = callToIcs({ ...base, title, description: 'x'.repeat(200) });
    for (const physical of ics.split('\r\n')) {
      expect(utf8.encode(physical).length).toBeLessThanOrEqual(75);
      expect(physical).not.toContain('\uFFFD');
      expect(physical).not.toMatch(/\p{Cs}/u); // no half of a surrogate pair
    }
    expect(ics.split('\r\n').some((l) => l.startsWith(' '))).toBe(true);
    expect(contentLines(ics)).toContain(`SUMMARY:${escapeText(title)}`);
    expect(contentLines(ics)).toContain(`DESCRIPTION:${'x'.repeat(200)}`);
  });

  it('rejects impossible input', () => {
    expect(() => callToIcs({ ...base, endAt: base.startAt })).toThrow(RangeError);
    expect(() => callToIcs({ ...base, uid: ' ' })).toThrow(RangeError);
    expect(() => callToIcs({ ...base, timeZone: 'Mars/Olympus' })).toThrow(RangeError);
    expect(() => callToIcs({ ...base, alarmMinutesBefore: -5 })).toThrow(RangeError);
    expect(() => callToIcs({ ...base, now: Number.NaN })).toThrow(RangeError);
  });
});

describe('escapeText', () => {
  it('escapes backslash, semicolon, comma and line breaks and drops control characters', () => {
    expect(escapeText('a\\b;c,d\ne\r\nf\rg')).toBe('a\\\\b\\;c\\,d\\ne\\nf\\ng');
    expect(escapeText('x\u0000y\u0007z\tw')).toBe('xyz\tw');
  });
});

describe('foldLine', () => {
  it('leaves short lines alone and never splits an escape', () => {
    expect(foldLine('SUMMARY:short')).toBe('SUMMARY:short');
    const line = 'X:' + 'a'.repeat(72) + '\\n' + 'b';
    const folded = foldLine(line);
    expect(folded.split('\r\n')).toEqual(['X:' + 'a'.repeat(72), ' \\nb']);
    expect(folded.replace(/\r\n /g, '')).toBe(line);
  });

  it('counts octets: 25 three-byte characters fill one line', () => {
    const folded = foldLine('中'.repeat(25) + '文');
    expect(folded.split('\r\n')).toEqual(['中'.repeat(25), ' 文']);
  });
});
