// A booked call as an iCalendar file (RFC 5545) that parents add to their
// phone's calendar. Times are written in UTC so no VTIMEZONE block is needed;
// X-WR-TIMEZONE still names the school's zone for apps that display it.

export interface CallIcsInput {
  /** Stable per booking, so re-sending the file updates the event instead of duplicating it. */
  uid: string;
  startAt: number;
  endAt: number;
  title: string;
  description?: string;
  location?: string;
  /** IANA zone of the school, e.g. 'Asia/Shanghai'. */
  timeZone: string;
  /** When the file is made (DTSTAMP). */
  now: number;
  alarmMinutesBefore?: number;
}

const PRODID = '-//Happy Home Connect//Call booking//ZH';
const MAX_LINE_OCTETS = 75;

export function callToIcs(input: CallIcsInput): string {
  if (!(input.endAt > input.startAt)) throw new RangeError('endAt must be after startAt');
  if (input.uid.trim() === '') throw new RangeError('uid is empty');
  // Throws RangeError for an unknown zone; no I/O, just the built-in ICU data.
  new Intl.DateTimeFormat('en', { timeZone: input.timeZone });
  const alarm = input.alarmMinutesBefore;
  if (alarm !== undefined && !(Number.isInteger(alarm) && alarm >= 0)) {
    throw new RangeError('alarmMinutesBefore must be a whole number of minutes >= 0');
  }

  const lines = [
    'BEGIN:VCALENDAR',
    `PRODID:${PRODID}`,
    'VERSION:2.0',
    'CALSCALE:GREGORIAN',
    'METHOD:PUBLISH',
    `X-WR-TIMEZONE:${escapeText(input.timeZone)}`,
    'BEGIN:VEVENT',
    `UID:${escapeText(input.uid)}`,
    `DTSTAMP:${utcStamp(input.now)}`,
    `DTSTART:${utcStamp(input.startAt)}`,
    `DTEND:${utcStamp(input.endAt)}`,
    `SUMMARY:${escapeText(input.title)}`,
  ];
  if (input.description) lines.push(`DESCRIPTION:${escapeText(input.description)}`);
  if (input.location) lines.push(`LOCATION:${escapeText(input.location)}`);
  if (alarm !== undefined) {
    // DISPLAY alarms must carry a DESCRIPTION; the title is what the phone should show.
    lines.push('BEGIN:VALARM', 'ACTION:DISPLAY', `DESCRIPTION:${escapeText(input.title)}`);
    lines.push(`TRIGGER:-PT${alarm}M`, 'END:VALARM');
  }
  lines.push('END:VEVENT', 'END:VCALENDAR');
  return lines.map((line) => foldLine(line) + '\r\n').join('');
}

/** 'YYYYMMDDTHHMMSSZ'; seconds are truncated. */
function utcStamp(ms: number): string {
  if (!Number.isFinite(ms)) throw new RangeError(`not a time: ${ms}`);
  const iso = new Date(ms).toISOString();
  if (!/^\d{4}-/.test(iso)) throw new RangeError(`year out of range: ${iso}`);
  return iso.replace(/[-:]/g, '').replace(/\.\d{3}/, '');
}

/** RFC 5545 TEXT: escape \ ; , and line breaks; drop other control characters, which TEXT may not hold. */
export function escapeText(value: string): string {
  return value
    .replace(/[\\;,]/g, (ch) => `\\${ch}`)
    .replace(/\r\n|\r|\n/g, '\\n')
    .replace(/\p{Cc}/gu, (ch) => (ch === '\t' ? ch : ''));
}

/**
 * Splits a content line into physical lines of at most 75 octets (UTF-8), each
 * continuation starting with one space. Cuts fall between whole characters and
 * never inside a backslash escape, which some calendar apps mis-read.
 */
export function foldLine(line: string): string {
  const out: string[] = [];
  let current = '';
  let octets = 0;
  const chars = [...line];
  for (let i = 0; i < chars.length; i++) {
    let unit = chars[i] as string;
    if (unit === '\\' && i + 1 < chars.length) unit += chars[++i];
    const size = utf8Length(unit);
    if (octets + size > MAX_LINE_OCTETS) {
      out.push(current);
      current = ' ';
      octets = 1;
    }
    current += unit;
    octets += size;
  }
  out.push(current);
  return out.join('\r\n');
}

function utf8Length(s: string): number {
  let n = 0;
  for (const ch of s) {
    const cp = ch.codePointAt(0) ?? 0;
    n += cp < 0x80 ? 1 : cp < 0x800 ? 2 : cp < 0x10000 ? 3 : 4;
  }
  return n;
}
