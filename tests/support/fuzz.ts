// Seeded random payloads for the fuzz tests: a small PRNG, hostile JSON
// values, plausible values per field name (ids in UUID form that name no
// record), payloads built from a request's real field names, and a pacer that
// keeps one connection under the server's per-connection request budget.
import type { RtpCapabilities } from '../../common/mediaSchemas';
import { requestSchemas, type RequestName } from '../../common/protocol';
import { fakeDtlsParameters, opusParameters } from './rtpFixtures';
import { freshCallLogRow } from './fixtures';

/** mulberry32: small, seeded, good enough to pick test values. */
export function prng(seed: number) {
  let state = seed >>> 0;
  const next = () => {
    state = (state + 0x6d2b79f5) >>> 0;
    let t = state;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
  const int = (n: number) => Math.floor(next() * n);
  return { next, int, pick: <T>(items: readonly T[]): T => items[int(items.length)]! };
}
export type Random = ReturnType<typeof prng>;

/** A version-4 UUID that names no record. */
function unknownId(r: Random): string {
  const hex = (n: number) => Array.from({ length: n }, () => r.int(16).toString(16)).join('');
  return `${hex(8)}-${hex(4)}-4${hex(3)}-${r.pick(['8', '9', 'a', 'b'])}${hex(3)}-${hex(12)}`;
}

function hostile(r: Random, depth = 0): unknown {
  switch (r.int(depth > 2 ? 4 : 7)) {
    case 0:
      return r.pick([null, true, false, undefined]);
    case 1:
      return r.pick([
        0,
        -0,
        -1,
        1.5,
        2 ** 53,
        -(2 ** 53),
        1e308,
        -1e308,
        5e-324,
        1_577_836_799_999,
        4_102_444_800_001,
      ]);
    case 2:
    case 3:
      return r.pick([
        '',
        ' ',
        'x'.repeat(r.pick([65, 129, 5000, 60_000])),
        '\u0000',
        '\uD800',
        '😀'.repeat(41),
        '<script>alert(1)</script>',
        "'; DROP TABLE children; --",
        '../../etc/passwd',
        '__proto__',
        '%s%n%x',
        '2030-02-30',
        '9999-99',
        'Mars/Olympus',
        unknownId(r),
      ]);
    case 4:
      return Array.from({ length: r.int(5) }, () => hostile(r, depth + 1));
    case 5: {
      const object: Record<string, unknown> = {};
      for (let i = r.int(4); i > 0; i--)
        object[r.pick(['__proto__', 'constructor', 'prototype', 'schoolId', 'id', 'a'])] = hostile(
          r,
          depth + 1,
        );
      return object;
    }
    default:
      return r.pick([Array.from({ length: 1000 }, () => 0), JSON.parse('['.repeat(100) + ']'.repeat(100))]);
  }
}

/** A value that would pass the field's schema, with ids that exist nowhere. */
function plausible(key: string, r: Random, capabilities: RtpCapabilities): unknown {
  const instant = () => 1_906_000_000_000 + r.int(1_000_000) * 60_000 + 7; // never on a slot boundary
  const date = () => `2030-0${1 + r.int(9)}-1${r.int(10)}`;
  const values: Record<string, () => unknown> = {
    rtpCapabilities: () => capabilities,
    dtlsParameters: () => fakeDtlsParameters,
    rtpParameters: () => opusParameters(),
    kind: () => 'audio',
    source: () => 'microphone',
    paused: () => r.next() < 0.5,
    username: () => r.pick(['admin', 'root', 'zhang.san']),
    password: () => r.pick(['password1', '12345678', "' OR '1'='1"]),
    code: () => r.pick(['ABCD-EFGH', 'abcd2345', 'ZZZZZZZZ']),
    pin: () => [r.int(9), r.int(9), r.int(9)],
    startAt: instant,
    from: instant,
    to: instant,
    month: () => `2030-0${1 + r.int(9)}`,
    date,
    validFrom: date,
    validUntil: () => (r.next() < 0.5 ? null : date()),
    weekday: () => 1 + r.int(7),
    startMinute: () => 600,
    endMinute: () => 660,
    slotMinutes: () => 15,
    capacity: () => 1 + r.int(3),
    includeArchived: () => r.next() < 0.5,
    archived: () => r.next() < 0.5,
    avatar: () => 'cat',
    relation: () => 'mother',
    phone: () => r.pick(['13800000000', null]),
    timeZone: () => 'Asia/Shanghai',
    policy: () => ({ joinEarlyMinutes: 5 }),
    reason: () => '测试',
    csv: () => '姓名,班级,监护人,关系\n甲,一班,乙,妈妈\n',
    report: () => r.pick(['monthly', 'inactive', 'missed-guardians']),
    days: () => 30,
    role: () => r.pick(['teacher', 'admin']),
    name: () => '测试',
    displayName: () => '测试',
    className: () => '一班',
    givenBy: () => '测试',
    confirmName: () => '测试',
    spatialLayer: () => r.int(3),
    // activity:act's first member ({type: 'view', view}), and a school book's page.
    type: () => 'view',
    view: () => r.pick(['none', 'book', 'draw']),
    page: () => r.int(8),
    // A school's message settings.
    allowed: () => r.next() < 0.5,
    videoAllowed: () => r.next() < 0.5,
    retentionDays: () => 1 + r.int(365),
    // A family call's other people, and a sibling: ids that name nobody (or, siblingOf, nobody at all).
    siblingIds: () => Array.from({ length: r.int(3) }, () => unknownId(r)),
    alsoGuardianIds: () => Array.from({ length: r.int(3) }, () => unknownId(r)),
    siblingOf: () => (r.next() < 0.5 ? null : unknownId(r)),
    // The missed-calls report: only those who have not heard the child's message.
    unheardOnly: () => r.next() < 0.5,
    // One call-log row naming a booking that does not exist: the server accepts none of it.
    rows: () => [
      freshCallLogRow({
        id: unknownId(r),
        bookingId: unknownId(r),
        childId: unknownId(r),
        scheduledStart: instant(),
        scheduledEnd: instant() + 900_000,
        createdAt: instant(),
      }),
    ],
  };
  return (values[key] ?? (() => unknownId(r)))();
}

function fieldsOf(event: RequestName): string[] {
  const schema = requestSchemas[event] as unknown as {
    shape?: Record<string, unknown>;
    options?: Array<{ shape: Record<string, unknown> }>;
  };
  // A union of actions (activity:act): the fields of its first member, which `plausible` fills.
  return Object.keys(schema.shape ?? schema.options?.[0]?.shape ?? {});
}

/** The first payload is well-formed throughout; the rest mix in hostile values, drop and add fields. */
export function payloadsFor(
  event: RequestName,
  count: number,
  r: Random,
  capabilities: RtpCapabilities,
): unknown[] {
  const wellFormed = Object.fromEntries(fieldsOf(event).map((key) => [key, plausible(key, r, capabilities)]));
  const payloads: unknown[] = [wellFormed];
  while (payloads.length < count) {
    let payload: unknown;
    if (r.next() < 0.15) {
      payload = hostile(r);
    } else {
      const object: Record<string, unknown> = {};
      for (const key of fieldsOf(event)) {
        const roll = r.next();
        if (roll < 0.1) continue;
        object[key] = roll < 0.35 ? hostile(r) : plausible(key, r, capabilities);
      }
      if (r.next() < 0.1) object[r.pick(['extra', 'role', 'schoolId', 'isAdmin'])] = hostile(r);
      payload = object;
    }
    // Stay under the transport limit: a larger message closes the connection by design (hostile-input tests).
    if ((JSON.stringify(payload) ?? '').length < 300_000) payloads.push(payload);
  }
  return payloads;
}

/** Keeps under the server's per-connection budget (60 at once, 20 per second). */
export function pacer() {
  let tokens = 50;
  let last = performance.now();
  return async () => {
    for (;;) {
      const now = performance.now();
      tokens = Math.min(50, tokens + ((now - last) / 1000) * 18);
      last = now;
      if (tokens >= 1) {
        tokens -= 1;
        return;
      }
      await new Promise((resolve) => setTimeout(resolve, ((1 - tokens) / 18) * 1000));
    }
  };
}
