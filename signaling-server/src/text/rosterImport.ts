// Checks a class roster that a teacher saved from Excel. Every row is either
// accepted whole or rejected with a reason in Chinese the teacher can act on,
// naming the line as Excel numbers it; nothing is half-imported. Grouping
// several guardians under one child is the importer's job, not this one's.
import { localDateSchema, type GuardianRelation, type LocalDate } from '@hhc/common/domain';
import { CsvError, parseCsv, type CsvParseResult } from './csv';

export interface RosterRow {
  /** 1-based line in the file; the header is line 1. */
  line: number;
  childName: string;
  className: string;
  guardianName: string;
  relation: GuardianRelation;
  /** 11 digits, no prefix or separators. */
  phone: string | null;
  consentDate: LocalDate | null;
  consentBy: string | null;
  /** A short key from the optional family column: children with the same key in one file are siblings. */
  familyKey: string | null;
}

export interface RosterRejection {
  line: number;
  reason: string;
}

export interface RosterParseResult {
  rows: RosterRow[];
  rejected: RosterRejection[];
}

type Field =
  | 'childName'
  | 'className'
  | 'guardianName'
  | 'relation'
  | 'phone'
  | 'consentDate'
  | 'consentBy'
  | 'familyKey';

interface FieldSpec {
  label: string;
  required: boolean;
  /** Header names, compared after normalizeHeader. */
  names: string[];
}

const fields: Record<Field, FieldSpec> = {
  childName: {
    label: '孩子姓名',
    required: true,
    names: ['姓名', '孩子姓名', 'child', 'child_name', 'name'],
  },
  className: { label: '班级', required: true, names: ['班级', 'class'] },
  guardianName: {
    label: '监护人',
    required: true,
    names: ['监护人', '家长', '监护人姓名', '家长姓名', 'guardian', 'guardian_name'],
  },
  relation: { label: '关系', required: true, names: ['关系', 'relation'] },
  phone: { label: '电话', required: false, names: ['电话', '手机', '手机号', '联系电话', 'phone'] },
  consentDate: { label: '同意日期', required: false, names: ['同意日期', 'consent', 'consent_date'] },
  consentBy: { label: '同意人', required: false, names: ['同意人', 'consent_by'] },
  familyKey: { label: '家庭', required: false, names: ['家庭', '家庭编号', 'family', 'family_key'] },
};

/** A family key is only a label within one file (A, 1, 王家): letters, digits, - and _, at most 20. */
const FAMILY_KEY = /^[\p{L}\p{N}_-]{1,20}$/u;
const fieldKeys = Object.keys(fields) as Field[];

const MAX_NAME_LENGTH = 40;

// Terms teachers actually write, plus the English values themselves.
const relationWords: Record<GuardianRelation, string[]> = {
  mother: ['妈妈', '母亲'],
  father: ['爸爸', '父亲'],
  grandmother: ['奶奶', '外婆', '姥姥', '祖母', '外祖母'],
  grandfather: ['爷爷', '外公', '姥爷', '祖父', '外祖父'],
  aunt: ['姑姑', '阿姨', '姨妈', '舅妈', '婶婶'],
  uncle: ['叔叔', '舅舅', '伯伯', '姑父', '姨父'],
  sibling: ['哥哥', '姐姐'],
  other: ['其他'],
};
const relationLookup = new Map<string, GuardianRelation>();
for (const [relation, words] of Object.entries(relationWords) as Array<[GuardianRelation, string[]]>) {
  for (const word of [relation, ...words]) relationLookup.set(word, relation);
}

/** NFKC folds full-width letters, digits and spaces typed with a Chinese IME. */
function normalizeHeader(name: string): string {
  return name
    .normalize('NFKC')
    .toLowerCase()
    .replace(/[\s_-]+/g, '');
}

function cleanName(value: string): string {
  return value.trim().replace(/\s+/g, ' ');
}

/** Keeps reasons short when a cell holds something long or odd. */
function quote(value: string): string {
  const chars = [...value];
  return `“${chars.length > 20 ? chars.slice(0, 20).join('') + '…' : value}”`;
}

/** Mainland mobile, optionally +86 / 0086, spaces and dashes allowed; a leading apostrophe is Excel's text marker. */
export function normalizeMobile(raw: string): string | null {
  const compact = raw
    .normalize('NFKC')
    .trim()
    .replace(/^'/, '')
    .replace(/[\s-]+/g, '');
  const digits = compact.replace(/^(\+86|0086)/, '');
  return /^1[3-9]\d{9}$/.test(digits) ? digits : null;
}

/** 'YYYY-MM-DD' or Excel's zh-CN 'YYYY/M/D'. */
export function normalizeDate(raw: string): LocalDate | null {
  const match = /^(\d{4})([-/])(\d{1,2})\2(\d{1,2})$/.exec(raw.normalize('NFKC').trim().replace(/^'/, ''));
  if (!match) return null;
  const [, y, , m, d] = match as unknown as [string, string, string, string, string];
  const date = `${y}-${m.padStart(2, '0')}-${d.padStart(2, '0')}`;
  return localDateSchema.safeParse(date).success ? date : null;
}

export function parseRelation(raw: string): GuardianRelation | null {
  return relationLookup.get(raw.normalize('NFKC').trim().toLowerCase()) ?? null;
}

function fileRejected(line: number, reason: string): RosterParseResult {
  return { rows: [], rejected: [{ line, reason: `第 ${line} 行：${reason}` }] };
}

const csvReasons: Record<CsvError['code'], string> = {
  unterminated_quote: '引号没有配对，从这一行起的内容无法读取',
  too_many_rows: '文件行数太多，请分成几个文件导入',
  field_too_long: '有一个单元格内容太长',
};

export function parseRoster(text: string): RosterParseResult {
  // U+FFFD means the bytes were not UTF-8: Excel's plain "CSV" is GBK on Chinese Windows.
  if (text.includes('\uFFFD')) {
    return fileRejected(1, '文件编码无法识别，请在 Excel 中另存为“CSV UTF-8（逗号分隔）”后再导入');
  }
  let parsed: CsvParseResult;
  try {
    parsed = parseCsv(text);
  } catch (error) {
    if (error instanceof CsvError) return fileRejected(error.line, csvReasons[error.code]);
    throw error;
  }
  const [header, ...body] = parsed.rows;
  if (!header) return fileRejected(1, '文件是空的');
  if (header.every((cell) => cell.trim() === '')) return fileRejected(1, '第一行是空的，第一行必须是表头');

  const columns = mapHeader(header);
  if (typeof columns === 'string') return fileRejected(1, columns);

  const result: RosterParseResult = { rows: [], rejected: [] };
  body.forEach((cells, index) => {
    const line = parsed.lines[index + 1] ?? index + 2;
    if (cells.every((cell) => cell.trim() === '')) return; // blank line or Excel's ",,,,"
    const row = parseRow(cells, line, header.length, columns);
    if ('reason' in row) result.rejected.push(row);
    else result.rows.push(row);
  });
  return result;
}

/** Column index per field, or a reason the whole file is rejected. */
function mapHeader(header: string[]): Partial<Record<Field, number>> | string {
  const byName = new Map<string, Field>();
  for (const key of fieldKeys) for (const name of fields[key].names) byName.set(normalizeHeader(name), key);
  const columns: Partial<Record<Field, number>> = {};
  for (const [index, cell] of header.entries()) {
    const key = byName.get(normalizeHeader(cell));
    if (!key) continue; // extra columns such as 备注 are ignored
    if (columns[key] !== undefined) return `表头中“${fields[key].label}”列出现了两次`;
    columns[key] = index;
  }
  const missing = fieldKeys.filter((key) => fields[key].required && columns[key] === undefined);
  if (missing.length === 0) return columns;
  const list = missing.map((key) => `“${fields[key].label}”（可写：${fields[key].names.join(' / ')}）`);
  return `表头缺少${list.join('、')}列；第一行必须是表头`;
}

function parseRow(
  cells: string[],
  line: number,
  width: number,
  columns: Partial<Record<Field, number>>,
): RosterRow | RosterRejection {
  const reject = (problems: string[]): RosterRejection => ({
    line,
    reason: `第 ${line} 行：${problems.join('；')}`,
  });
  // Excel sometimes writes trailing empty cells past the header; only real extra content is wrong.
  const extra = cells.slice(width);
  if (cells.length < width || extra.some((cell) => cell.trim() !== '')) {
    return reject([`列数不对：表头有 ${width} 列，这一行有 ${cells.length} 列`]);
  }
  const cell = (key: Field): string => {
    const index = columns[key];
    return index === undefined ? '' : (cells[index] ?? '').trim();
  };
  const problems: string[] = [];
  const name = (key: Field): string | null => {
    const value = cleanName(cell(key));
    if (value === '') {
      if (fields[key].required) problems.push(`缺少${fields[key].label}`);
      return null;
    }
    if ([...value].length > MAX_NAME_LENGTH) {
      problems.push(`${fields[key].label}超过 ${MAX_NAME_LENGTH} 个字`);
      return null;
    }
    return value;
  };

  const childName = name('childName');
  const className = name('className');
  const guardianName = name('guardianName');
  const consentBy = name('consentBy');

  const relationText = cell('relation');
  const relation = relationText === '' ? null : parseRelation(relationText);
  if (relationText === '') {
    problems.push('缺少关系');
  } else if (!relation) {
    problems.push(`不认识的关系${quote(relationText)}，可写妈妈、爸爸、奶奶、爷爷、姑姑、叔叔、哥哥、其他等`);
  }

  const phoneText = cell('phone');
  const phone = phoneText === '' ? null : normalizeMobile(phoneText);
  if (phoneText !== '' && !phone) problems.push(`电话${quote(phoneText)}不是 11 位手机号`);

  const dateText = cell('consentDate');
  const consentDate = dateText === '' ? null : normalizeDate(dateText);
  if (dateText !== '' && !consentDate) {
    problems.push(`同意日期${quote(dateText)}不对，应写成 2024-09-01 或 2024/9/1`);
  }

  const familyText = cell('familyKey').normalize('NFKC');
  const familyKey = familyText === '' ? null : familyText;
  if (familyKey !== null && !FAMILY_KEY.test(familyKey)) {
    problems.push(`家庭编号${quote(familyText)}不对，请用不超过 20 个字的字母、数字或汉字`);
  }

  if (problems.length > 0 || !childName || !className || !guardianName || !relation) return reject(problems);
  return { line, childName, className, guardianName, relation, phone, consentDate, consentBy, familyKey };
}
