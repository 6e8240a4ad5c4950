import { describe, expect, it } from 'vitest';
import { findNulText } from './nulText';

describe('findNulText', () => {
  it('finds a NUL in a string anywhere in a payload, with its path', () => {
    expect(findNulText({ username: '\u0000', password: 'x' })).toEqual(['username']);
    expect(findNulText({ rows: [{ a: 'ok' }, { a: 'b\u0000c' }] })).toEqual(['rows', '1', 'a']);
    expect(findNulText('\u0000')).toEqual([]);
  });

  it('passes text without one, numbers and empty values', () => {
    expect(findNulText({ name: '小明', pin: [1, 2, 3], note: null, none: undefined })).toBeUndefined();
    expect(findNulText('\\u0000 written out')).toBeUndefined();
  });
});
