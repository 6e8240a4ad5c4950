// CSV in and out for the files teachers open and save in Excel on Windows.
// Reading follows RFC 4180 and is linear in the input, so a hostile upload can
// only fail with a CsvError, never hang. Writing adds a BOM (Excel otherwise
// guesses the ANSI code page and garbles Chinese) and defuses formulas.

export type CsvErrorCode = 'unterminated_quote' | 'too_many_rows' | 'field_too_long';

/** A file that cannot be read; `line` is the 1-based physical line where the problem starts. */
export class CsvError extends Error {
  override readonly name = 'CsvError';
  constructor(
    readonly code: CsvErrorCode,
    readonly line: number,
    message: string,
  ) {
    super(message);
  }
}

export interface CsvParseOptions {
  /** Records in the file, header included. */
  maxRows?: number;
  /** UTF-16 code units in one field. */
  maxFieldLength?: number;
}

export interface CsvParseResult {
  rows: string[][];
  /** lines[i] = physical line where rows[i] starts (a quoted field may span lines). */
  lines: number[];
}

export const CSV_DEFAULT_MAX_ROWS = 5000;
export const CSV_DEFAULT_MAX_FIELD_LENGTH = 1000;

export function parseCsv(text: string, options: CsvParseOptions = {}): CsvParseResult {
  const maxRows = options.maxRows ?? CSV_DEFAULT_MAX_ROWS;
  const maxFieldLength = options.maxFieldLength ?? CSV_DEFAULT_MAX_FIELD_LENGTH;
  const input = text.startsWith('\uFEFF') ? text.slice(1) : text;
  const delimiter = sniffDelimiter(input);
  const n = input.length;
  const rows: string[][] = [];
  const lines: number[] = [];
  let i = 0;
  let line = 1;

  const tooLong = (at: number): CsvError =>
    new CsvError('field_too_long', at, `field longer than ${maxFieldLength} characters`);

  // The loop stops at the end of input, so a final line break adds no empty record.
  while (i < n) {
    const recordLine = line;
    const record: string[] = [];
    for (;;) {
      let value: string;
      if (input[i] === '"') {
        const quoteLine = line;
        value = '';
        i++;
        for (;;) {
          const q = input.indexOf('"', i);
          if (q === -1) throw new CsvError('unterminated_quote', quoteLine, 'quoted field is never closed');
          const chunk = input.slice(i, q);
          line += countLineBreaks(chunk);
          value += chunk;
          if (input[q + 1] === '"') {
            value += '"';
            i = q + 2;
          } else {
            i = q + 1;
            break;
          }
          if (value.length > maxFieldLength) throw tooLong(quoteLine);
        }
        // Lenient like Excel: text after the closing quote (`"ab"c`) is kept, not an error.
        const end = fieldEnd(input, i, delimiter);
        value += input.slice(i, end);
        i = end;
        if (value.length > maxFieldLength) throw tooLong(quoteLine);
      } else {
        const end = fieldEnd(input, i, delimiter);
        if (end - i > maxFieldLength) throw tooLong(line);
        value = input.slice(i, end);
        i = end;
      }
      record.push(value);
      if (input[i] !== delimiter) break;
      i++;
    }
    if (rows.length >= maxRows) throw new CsvError('too_many_rows', recordLine, `more than ${maxRows} rows`);
    rows.push(record);
    lines.push(recordLine);
    // CRLF, LF, or a lone CR (old Mac exports) ends the record.
    if (input[i] === '\r') i += input[i + 1] === '\n' ? 2 : 1;
    else if (input[i] === '\n') i++;
    line++;
  }
  return { rows, lines };
}

/** ',' unless the header line (outside quotes) has no comma but has ';' or tab, as Excel writes in some locales. */
function sniffDelimiter(input: string): string {
  let inQuotes = false;
  let semicolons = 0;
  let tabs = 0;
  for (let i = 0; i < input.length; i++) {
    const ch = input[i];
    if (ch === '"') inQuotes = !inQuotes;
    else if (inQuotes) continue;
    else if (ch === ',') return ',';
    else if (ch === ';') semicolons++;
    else if (ch === '\t') tabs++;
    else if (ch === '\r' || ch === '\n') break;
  }
  if (semicolons === 0 && tabs === 0) return ',';
  return tabs > semicolons ? '\t' : ';';
}

function fieldEnd(input: string, from: number, delimiter: string): number {
  let i = from;
  while (i < input.length) {
    const ch = input[i];
    if (ch === delimiter || ch === '\r' || ch === '\n') break;
    i++;
  }
  return i;
}

function countLineBreaks(s: string): number {
  let count = 0;
  for (let i = 0; i < s.length; i++) {
    if (s[i] === '\n' || (s[i] === '\r' && s[i + 1] !== '\n')) count++;
  }
  return count;
}

export type CsvCell = string | number | null;

/** A UTF-8 CSV (with BOM, CRLF) that Excel on Chinese Windows opens correctly. */
export function toCsv(header: string[], rows: CsvCell[][]): string {
  const lines = [header, ...rows].map((row) => {
    // A lone empty field would be a blank line, which readers skip: quote it so the row survives.
    if (row.length === 1 && (row[0] === '' || row[0] === null)) return '""';
    return row.map(formatCell).join(',');
  });
  return '\uFEFF' + lines.map((l) => l + '\r\n').join('');
}

function formatCell(cell: CsvCell): string {
  if (cell === null) return '';
  if (typeof cell === 'number') return String(cell);
  // Spreadsheet formula injection: Excel runs cells starting with these; the apostrophe makes them text.
  const text = /^[=+\-@\t\r]/.test(cell) ? `'${cell}` : cell;
  // ';' and tab are quoted too so parseCsv's delimiter sniffing never misreads our own header.
  return /[",\r\n;\t]/.test(text) ? `"${text.replace(/"/g, '""')}"` : text;
}
