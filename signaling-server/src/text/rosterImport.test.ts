import { describe, expect, it } from 'vitest';
import { toCsv } from './csv';
import { normalizeDate, normalizeMobile, parseRelation, parseRoster } from './rosterImport';

const zhHeader = '孩子姓名,班级,监护人,关系,电话,同意日期,同意人';

function roster(...lines: string[]): string {
  return lines.join('\r\n') + '\r\n';
}

describe('parseRoster', () => {
  it('reads a Chinese roster saved by Excel (BOM, CRLF, zh-CN dates)', () => {
    const text = '\uFEFF' + roster(zhHeader, '王小明,三年级二班,王芳,妈妈,138 1234 5678,2024/9/1,王芳');
    expect(parseRoster(text)).toEqual({
      rows: [
        {
          line: 2,
          childName: '王小明',
          className: '三年级二班',
          guardianName: '王芳',
          relation: 'mother',
          phone: '13812345678',
          consentDate: '2024-09-01',
          consentBy: '王芳',
          familyKey: null,
        },
      ],
      rejected: [],
    });
  });

  it('reads English headers in any case and spacing, with optional columns absent', () => {
    const text = roster('Child Name, CLASS ,guardian_name,Relation', 'Li Na,3B,Li Wei,Grandfather');
    expect(parseRoster(text)).toEqual({
      rows: [
        {
          line: 2,
          childName: 'Li Na',
          className: '3B',
          guardianName: 'Li Wei',
          relation: 'grandfather',
          phone: null,
          consentDate: null,
          consentBy: null,
          familyKey: null,
        },
      ],
      rejected: [],
    });
  });

  it('accepts other header spellings, extra columns and a semicolon-separated file', () => {
    const text = roster('姓名;班级;家长;关系;手机;备注', '张三;一班;张大山;父亲;+86-139-0000-1111;住校');
    const { rows, rejected } = parseRoster(text);
    expect(rejected).toEqual([]);
    expect(rows[0]).toMatchObject({ childName: '张三', guardianName: '张大山', relation: 'father' });
    expect(rows[0]?.phone).toBe('13900001111');
  });

  it('reads an optional family key and rejects a bad one by line', () => {
    const text = roster(
      '姓名,班级,监护人,关系,家庭',
      '王小明,三年级二班,王芳,妈妈,王家',
      '王小红,一年级一班,王芳,妈妈, 王家 ',
      '李雷,三年级二班,李父,爸爸,',
      '韩梅梅,三年级二班,韩母,妈妈,a b',
      '赵六,四年级一班,赵父,爸爸,' + 'x'.repeat(21),
    );
    const { rows, rejected } = parseRoster(text);
    expect(rows.map((row) => row.familyKey)).toEqual(['王家', '王家', null]);
    expect(rejected.map((r) => r.line)).toEqual([5, 6]);
    expect(rejected[0]?.reason).toContain('家庭编号');
  });

  it('keeps several guardians of one child as separate rows', () => {
    const text = roster(
      'name,class,guardian,relation',
      '小红,一班,李梅,外婆',
      '小红,一班,李强,舅舅',
      '小红,一班,陈刚,爸爸',
    );
    const { rows } = parseRoster(text);
    expect(rows.map((row) => [row.line, row.childName, row.relation])).toEqual([
      [2, '小红', 'grandmother'],
      [3, '小红', 'uncle'],
      [4, '小红', 'father'],
    ]);
  });

  it('skips blank lines and Excel empty rows but keeps true line numbers', () => {
    const text = roster(zhHeader, '', ',,,,,,', '王小明,二班,王芳,妈妈,,,');
    const { rows, rejected } = parseRoster(text);
    expect(rejected).toEqual([]);
    expect(rows.map((row) => row.line)).toEqual([4]);
  });

  it('numbers rows after a cell with a line break by their physical line', () => {
    const text = roster('name,class,guardian,relation', '"小\n明",一班,王芳,妈妈', ',一班,王芳,妈妈');
    expect(parseRoster(text).rejected).toEqual([{ line: 4, reason: '第 4 行：缺少孩子姓名' }]);
  });

  it('rejects each kind of bad row with a Chinese reason and never imports it', () => {
    const long = '长'.repeat(41);
    const text = roster(
      zhHeader,
      '王小明,二班,王芳,妈妈,,,', // line 2: fine
      ',二班,王芳,妈妈,,,', // 3
      '王小明,,王芳,妈妈,,,', // 4
      '王小明,二班,,妈妈,,,', // 5
      '王小明,二班,王芳,,,,', // 6
      `${long},二班,王芳,妈妈,,,`, // 7
      `王小明,二班,${long},妈妈,,,`, // 8
      '王小明,二班,王芳,邻居,,,', // 9
      '王小明,二班,王芳,妈妈,1381234567,,', // 10: ten digits
      '王小明,二班,王芳,妈妈,010-12345678,,', // 11: landline
      '王小明,二班,王芳,妈妈,,2024-02-30,', // 12
      '王小明,二班,王芳,妈妈,,9/1/2024,', // 13
      '王小明,二班,王芳,妈妈', // 14: too few columns
      '王小明,二班,王芳,妈妈,,,,多余', // 15: extra content
      ',二班,,妈妈,,,', // 16: two problems at once
    );
    const { rows, rejected } = parseRoster(text);
    expect(rows.map((row) => row.line)).toEqual([2]);
    expect(rejected).toEqual([
      { line: 3, reason: '第 3 行：缺少孩子姓名' },
      { line: 4, reason: '第 4 行：缺少班级' },
      { line: 5, reason: '第 5 行：缺少监护人' },
      { line: 6, reason: '第 6 行：缺少关系' },
      { line: 7, reason: '第 7 行：孩子姓名超过 40 个字' },
      { line: 8, reason: '第 8 行：监护人超过 40 个字' },
      { line: 9, reason: expect.stringContaining('第 9 行：不认识的关系“邻居”') },
      { line: 10, reason: '第 10 行：电话“1381234567”不是 11 位手机号' },
      { line: 11, reason: '第 11 行：电话“010-12345678”不是 11 位手机号' },
      { line: 12, reason: expect.stringContaining('第 12 行：同意日期“2024-02-30”不对') },
      { line: 13, reason: expect.stringContaining('第 13 行：同意日期“9/1/2024”不对') },
      { line: 14, reason: '第 14 行：列数不对：表头有 7 列，这一行有 4 列' },
      { line: 15, reason: '第 15 行：列数不对：表头有 7 列，这一行有 8 列' },
      { line: 16, reason: '第 16 行：缺少孩子姓名；缺少监护人' },
    ]);
  });

  it('tolerates trailing empty cells past the header', () => {
    const { rows } = parseRoster(roster('name,class,guardian,relation', '小明,一班,王芳,妈妈,,'));
    expect(rows).toHaveLength(1);
  });

  it('rejects the whole file when a required header column is missing', () => {
    const text = roster('姓名,班级,电话', '王小明,二班,13812345678');
    const result = parseRoster(text);
    expect(result.rows).toEqual([]);
    expect(result.rejected).toHaveLength(1);
    expect(result.rejected[0]?.line).toBe(1);
    expect(result.rejected[0]?.reason).toMatch(/^第 1 行：表头缺少“监护人”.*“关系”/);
  });

  it('rejects the whole file for a title row, duplicate columns, empty input, bad CSV and GBK bytes', () => {
    expect(
      parseRoster(roster('三年级二班家长名单', zhHeader, '王小明,二班,王芳,妈妈,,,')).rejected[0]?.line,
    ).toBe(1);
    expect(parseRoster(roster('姓名,孩子姓名,班级,家长,关系')).rejected[0]?.reason).toContain('出现了两次');
    expect(parseRoster('')).toEqual({ rows: [], rejected: [{ line: 1, reason: '第 1 行：文件是空的' }] });
    const unterminated = parseRoster(roster(zhHeader, '王小明,二班,王芳,妈妈,,,', '"王小明,二班'));
    expect(unterminated.rows).toEqual([]);
    expect(unterminated.rejected).toEqual([{ line: 3, reason: expect.stringContaining('第 3 行：引号') }]);
    expect(parseRoster('\uFFFD\uFFFD,\uFFFD\r\n').rejected[0]?.reason).toContain('CSV UTF-8');
  });

  it('reads back a roster written by toCsv, formula guard included', () => {
    const text = toCsv(
      ['孩子姓名', '班级', '监护人', '关系', '电话'],
      [['王小明', '二班', '王芳', '妈妈', '+86 138 1234 5678']],
    );
    expect(parseRoster(text).rows[0]?.phone).toBe('13812345678');
  });
});

describe('roster field helpers', () => {
  it('normalises mainland mobiles', () => {
    expect(normalizeMobile('+86 138-1234-5678')).toBe('13812345678');
    expect(normalizeMobile('0086 13812345678')).toBe('13812345678');
    expect(normalizeMobile('１３８１２３４５６７８')).toBe('13812345678'); // full-width IME digits
    expect(normalizeMobile('12812345678')).toBeNull();
    expect(normalizeMobile('+1 138 1234 5678')).toBeNull();
    expect(normalizeMobile('138123456789')).toBeNull();
  });

  it('normalises consent dates', () => {
    expect(normalizeDate('2024-09-01')).toBe('2024-09-01');
    expect(normalizeDate('2024/9/1')).toBe('2024-09-01');
    expect(normalizeDate('2024/12/31')).toBe('2024-12-31');
    expect(normalizeDate('2024-9/1')).toBeNull();
    expect(normalizeDate('2023/2/29')).toBeNull();
    expect(normalizeDate('2024年9月1日')).toBeNull();
  });

  it('maps every listed relation word', () => {
    const table: Record<string, string> = {
      妈妈: 'mother',
      母亲: 'mother',
      爸爸: 'father',
      父亲: 'father',
      奶奶: 'grandmother',
      外婆: 'grandmother',
      姥姥: 'grandmother',
      爷爷: 'grandfather',
      外公: 'grandfather',
      姥爷: 'grandfather',
      姑姑: 'aunt',
      阿姨: 'aunt',
      姨妈: 'aunt',
      舅妈: 'aunt',
      婶婶: 'aunt',
      叔叔: 'uncle',
      舅舅: 'uncle',
      伯伯: 'uncle',
      姑父: 'uncle',
      姨父: 'uncle',
      哥哥: 'sibling',
      姐姐: 'sibling',
      其他: 'other',
      ' Mother ': 'mother',
      SIBLING: 'sibling',
      other: 'other',
    };
    for (const [word, relation] of Object.entries(table))
      expect([word, parseRelation(word)]).toEqual([word, relation]);
    expect(parseRelation('邻居')).toBeNull();
  });
});
