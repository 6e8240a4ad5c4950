import { describe, expect, it } from 'vitest';
import { minutesToHhmm, parseHhmm } from './clock';

describe('times of day', () => {
  it('prints minutes as HH:MM', () => {
    expect(minutesToHhmm(0)).toBe('00:00');
    expect(minutesToHhmm(990)).toBe('16:30');
    expect(minutesToHhmm(1440)).toBe('24:00');
  });

  it('reads what teachers type', () => {
    expect(parseHhmm('16:30')).toBe(990);
    expect(parseHhmm(' 9:05 ')).toBe(545);
    expect(parseHhmm('1630')).toBe(990);
    expect(parseHhmm('16')).toBe(960);
    expect(parseHhmm('16：30')).toBe(990); // full-width colon from a Chinese input method
    expect(parseHhmm('24:00')).toBe(1440);
  });

  it('refuses what is not a time', () => {
    for (const bad of ['', '16:60', '25:00', '24:01', 'abc', '16:3', '-1:00', '16:30:00']) {
      expect(parseHhmm(bad), bad).toBeUndefined();
    }
  });

  it('round-trips every minute of the day', () => {
    for (let m = 0; m <= 1440; m += 7) expect(parseHhmm(minutesToHhmm(m))).toBe(m);
  });
});
