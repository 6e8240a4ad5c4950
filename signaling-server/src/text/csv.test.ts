import { describe, expect, it } from 'vitest';
import { CsvError, parseCsv, toCsv } from './csv';

/** Deterministic PRNG so a failing fuzz case can be replayed. */
function mulberry32(seed: number): () => number {
  let a = seed;
  return () => {
    a = (a + 0x6d2b79f5) | 0;
    let t = Math.imul(a ^ (a >>> 15), 1 | a);
    t = (t + Math.imul(t ^ (t >>> 7), 61 | t)) ^ t;
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

function thrown(fn: () => unknown): CsvError {
  try {
    fn();
  } catch (error) {
    if (error instanceof CsvError) return error;
    throw error;
  }
  throw new Error('expected a CsvError');
}

describe('parseCsv', () => {
  it('reads quoted fields with "" escapes, commas and line breaks inside quotes', () => {
    const text = 'a,b,c\n"x, y","say ""hi""","two\nlines"\nplain,,end';
    expect(parseCsv(text).rows).toEqual([
      ['a', 'b', 'c'],
      ['x, y', 'say "hi"', 'two\nlines'],
      ['plain', '', 'end'],
    ]);
  });

  it('accepts CRLF, LF and lone CR line endings and ignores the final line break', () => {
    expect(parseCsv('a,b\r\n1,2\r\n').rows).toEqual([
      ['a', 'b'],
      ['1', '2'],
    ]);
    expect(parseCsv('a,b\n1,2\n').rows).toEqual([
      ['a', 'b'],
      ['1', '2'],
    ]);
    expect(parseCsv('a,b\r1,2').rows).toEqual([
      ['a', 'b'],
      ['1', '2'],
    ]);
    expect(parseCsv('"a\r\nb",c\r\n').rows).toEqual([['a\r\nb', 'c']]);
  });

  it('strips a leading BOM and keeps blank lines in the middle as one empty field', () => {
    const { rows } = parseCsv('\uFEFF姓名,班级\r\n\r\n张三,一班\r\n');
    expect(rows).toEqual([['姓名', '班级'], [''], ['张三', '一班']]);
    expect(parseCsv('').rows).toEqual([]);
    expect(parseCsv('\uFEFF').rows).toEqual([]);
  });

  it('reports the physical start line of each record', () => {
    expect(parseCsv('h\n"a\nb"\nc\n').lines).toEqual([1, 2, 4]);
  });

  it('reads semicolon- and tab-separated files when the header has no comma', () => {
    expect(parseCsv('姓名;班级\r\n张三;"一班; 二组"\r\n').rows).toEqual([
      ['姓名', '班级'],
      ['张三', '一班; 二组'],
    ]);
    expect(parseCsv('name\tclass\nLi\t3, 2\n').rows).toEqual([
      ['name', 'class'],
      ['Li', '3, 2'],
    ]);
    // A comma in the header wins; a quoted ';' does not count.
    expect(parseCsv('"a;b",c\n1;2,3').rows).toEqual([
      ['a;b', 'c'],
      ['1;2', '3'],
    ]);
    expect(parseCsv('"a;b"\n1;2').rows).toEqual([['a;b'], ['1;2']]);
  });

  it('keeps text after a closing quote, as Excel does', () => {
    expect(parseCsv('"ab"c,d').rows).toEqual([['abc', 'd']]);
  });

  it('throws CsvError with the line of an unterminated quote', () => {
    const error = thrown(() => parseCsv('a,b\n1,2\n3,"open\nstill open\n'));
    expect(error.code).toBe('unterminated_quote');
    expect(error.line).toBe(3);
  });

  it('enforces the row and field limits', () => {
    const rows = Array.from({ length: 5001 }, (_, i) => `r${i}`).join('\n');
    expect(parseCsv(rows.split('\n').slice(0, 5000).join('\n')).rows).toHaveLength(5000);
    const tooMany = thrown(() => parseCsv(rows));
    expect([tooMany.code, tooMany.line]).toEqual(['too_many_rows', 5001]);
    expect(thrown(() => parseCsv('a\nb\nc', { maxRows: 2 })).code).toBe('too_many_rows');

    expect(parseCsv('x'.repeat(1000)).rows[0]?.[0]).toHaveLength(1000);
    const long = thrown(() => parseCsv(`a\nb,${'x'.repeat(1001)}`));
    expect([long.code, long.line]).toEqual(['field_too_long', 2]);
    expect(thrown(() => parseCsv(`"${'x'.repeat(1001)}"`)).code).toBe('field_too_long');
    expect(thrown(() => parseCsv(`"${'""'.repeat(1001)}"`)).code).toBe('field_too_long');
    expect(thrown(() => parseCsv('abcdef', { maxFieldLength: 5 })).code).toBe('field_too_long');
  });

  it('only ever returns rows or throws CsvError on random input', () => {
    const random = mulberry32(20240906);
    const alphabet = [
      '"',
      '""',
      ',',
      ';',
      '\t',
      '\r',
      '\n',
      '\r\n',
      'a',
      '中',
      '\uFEFF',
      '😀',
      '\uD800',
      ' ',
      '=',
    ];
    for (let iteration = 0; iteration < 2000; iteration++) {
      const length = Math.floor(random() * 60);
      let text = '';
      for (let i = 0; i < length; i++) text += alphabet[Math.floor(random() * alphabet.length)];
      try {
        const { rows, lines } = parseCsv(text, { maxRows: 20, maxFieldLength: 30 });
        expect(rows.length).toBe(lines.length);
        expect(rows.length).toBeLessThanOrEqual(20);
      } catch (error) {
        expect(error).toBeInstanceOf(CsvError);
      }
    }
  });

  it('stays linear on large hostile input', () => {
    const started = performance.now();
    const hostile = [
      '"'.repeat(2_000_000),
      `"${'""'.repeat(1_000_000)}`,
      ','.repeat(2_000_000),
      '\n'.repeat(6000),
    ];
    for (const text of hostile) {
      try {
        parseCsv(text);
      } catch (error) {
        expect(error).toBeInstanceOf(CsvError);
      }
    }
    expect(performance.now() - started).toBeLessThan(5000);
  });
});

describe('toCsv', () => {
  it('writes a BOM, CRLF line endings and quotes fields that need it', () => {
    const csv = toCsv(
      ['name', 'note'],
      [
        ['a,b', 'say "hi"'],
        ['two\nlines', null],
        ['x;y', 42],
      ],
    );
    expect(csv).toBe('\uFEFFname,note\r\n"a,b","say ""hi"""\r\n"two\nlines",\r\n"x;y",42\r\n');
  });

  it('defuses formula injection in text cells but leaves numbers alone', () => {
    const csv = toCsv(['v'], [['=1+1'], ['+86 138'], ['-2'], ['@SUM(A1)'], ['\tx'], ['\rx'], [-5], ['a=b']]);
    expect(parseCsv(csv).rows.slice(1)).toEqual([
      ["'=1+1"],
      ["'+86 138"],
      ["'-2"],
      ["'@SUM(A1)"],
      ["'\tx"],
      ["'\rx"],
      ['-5'],
      ['a=b'],
    ]);
  });

  it('round-trips Chinese text, empty cells and awkward characters through parseCsv', () => {
    const header = ['孩子姓名', '班级', '备注'];
    const rows = [
      ['王小明', '三年级（2）班', '奶奶说：“周五下午，可以。”'],
      ['李", 娜', '', '第一行\r\n第二行'],
      ['😀 表情', '一班;二组', '\t'],
    ];
    const { rows: back } = parseCsv(toCsv(header, rows));
    expect(back).toEqual([header, ...rows.map((row) => row.map((cell) => (cell === '\t' ? "'\t" : cell)))]);
  });

  it('keeps a row that is a single empty cell', () => {
    expect(parseCsv(toCsv(['only'], [[''], [null], ['x']])).rows).toEqual([['only'], [''], [''], ['x']]);
  });

  it('round-trips random tables', () => {
    const random = mulberry32(7);
    const alphabet = ['a', '中', ',', ';', '\t', '"', '\n', '\r', ' ', '=', '-', '😀'];
    for (let iteration = 0; iteration < 300; iteration++) {
      const width = 1 + Math.floor(random() * 4);
      const table = Array.from({ length: 1 + Math.floor(random() * 5) }, () =>
        Array.from({ length: width }, () => {
          let cell = '';
          const length = Math.floor(random() * 6);
          for (let i = 0; i < length; i++) cell += alphabet[Math.floor(random() * alphabet.length)];
          return cell;
        }),
      );
      const [header, ...rows] = table as [string[], ...string[][]];
      const expected = table.map((row) => row.map((cell) => (/^[=+\-@\t\r]/.test(cell) ? `'${cell}` : cell)));
      expect(parseCsv(toCsv(header, rows)).rows).toEqual(expected);
    }
  });
});
