// Every request, from every kind of connection, with seeded random payloads:
// random JSON, and objects with the real field names holding wrong, huge,
// edge or merely unknown values (ids in UUID form that name nothing). Every
// answer must be a coded refusal (a few harmless reads may succeed), nothing
// may answer INTERNAL or drop the connection, no connection may gain rights,
// the server must stay healthy and not one stored row may change.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { RtpCapabilities } from '../../common/mediaSchemas';
import { requestSchemas, type RequestName } from '../../common/protocol';
import { ErrorCode, type Result } from '../../common/result';
import type { SchoolFixture } from '../support/fixtures';
import { createAdmin, snapshotDatabase, startDomainServer } from '../support/domain';
import { pacer, payloadsFor, prng } from '../support/fuzz';
import { connect, rawRequest, requestOk, type SignIn, type TestSocket } from '../support/socketClient';
import type { TestServer } from '../support/testServer';

const SEED = 20300605;
const PAYLOADS_PER_EVENT = 30;
/** Each well-formed login costs a deliberate ~60 ms of scrypt: fewer of those. */
const LOGIN_PAYLOADS = 8;
/** The server allows 20 requests a second per connection: spread over enough connections to take ~8 s. */
const SOCKETS_PER_ROLE = 10;

const roles = ['anonymous', 'kiosk', 'guardian', 'teacher', 'admin'] as const;
type Role = (typeof roles)[number];
const events = Object.keys(requestSchemas) as RequestName[];
const errorCodes = new Set<string>(Object.values(ErrorCode));

/** Reads that touch only the connection itself or read the caller's own data. */
const harmless = new Set<string>([
  'session:whoami',
  'call:capabilities',
  'call:leave',
  'child:logout',
  'kiosk:roster',
  'kiosk:schedule',
  'parent:overview',
  'parent:slots',
  // Rows of bookings that do not exist: answered with nothing accepted, nothing stored.
  'kiosk:sync-call-log',
  // The caller's own school's picture books (none in this school).
  'book:list',
  // The caller's own voice messages (none, and no consent, in this school).
  'message:list',
]);
/** An admin may act on any school: for a school that does not exist these answer empty, changing nothing. */
const emptyForAdmin = new Set<string>([
  'child:list',
  'window:list',
  'closed-date:list',
  'closed-date:remove',
  'booking:list',
  'kiosk:list',
]);
/** Well-formed requests that would rightly change something: only their malformed variants are sent. */
const skipWhenValid: Partial<Record<Role, Set<string>>> = {
  teacher: new Set(['session:staff-logout']),
  admin: new Set(['session:staff-logout', 'admin:school-create', 'admin:staff-create']),
};

let server: TestServer;
let school: SchoolFixture;
let capabilities: RtpCapabilities;
const sockets = new Map<Role, TestSocket[]>();

beforeAll(async () => {
  ({ server, school } = await startDomainServer());
  const teacherLogin = await connect(server.url);
  const teacherSession = (await requestOk(teacherLogin, 'session:staff-login', school.teacher)).sessionToken;
  const adminLogin = await connect(server.url);
  const admin = await createAdmin(server.store);
  const adminSession = (await requestOk(adminLogin, 'session:staff-login', admin)).sessionToken;
  teacherLogin.disconnect();
  adminLogin.disconnect();
  const signIns: Record<Role, SignIn> = {
    anonymous: {},
    kiosk: { kioskCredential: school.kioskCredential },
    guardian: { guardianToken: school.guardianToken },
    teacher: { staffSession: teacherSession },
    admin: { staffSession: adminSession },
  };
  for (const role of roles) {
    const pool: TestSocket[] = [];
    for (let i = 0; i < SOCKETS_PER_ROLE; i++) pool.push(await connect(server.url, signIns[role]));
    sockets.set(role, pool);
  }
  capabilities = (await requestOk(sockets.get('kiosk')![0]!, 'call:capabilities', {})).routerRtpCapabilities;
});

afterAll(async () => {
  for (const pool of sockets.values()) for (const socket of pool) socket.disconnect();
  await server.stop();
});

describe('random requests from every kind of connection', () => {
  it('builds a well-formed first payload for every request, so the fuzz reaches every handler', () => {
    const r = prng(SEED);
    for (const event of events) {
      const [first] = payloadsFor(event, 1, r, capabilities);
      expect(requestSchemas[event].safeParse(first).success, event).toBe(true);
    }
  });

  it('are refused with a code, leave every connection as it was, and change no stored row', async () => {
    const before = await snapshotDatabase(server.database);
    const whoBefore = await Promise.all(
      roles.map((role) => requestOk(sockets.get(role)![0]!, 'session:whoami', {})),
    );
    const problems: string[] = [];
    const reached = new Set<string>();

    await Promise.all(
      roles.map(async (role, roleIndex) => {
        const r = prng(SEED + roleIndex + 1);
        const jobs: Array<{ event: RequestName; payload: unknown }> = [];
        for (const event of events) {
          const count = event === 'session:staff-login' ? LOGIN_PAYLOADS : PAYLOADS_PER_EVENT;
          for (const payload of payloadsFor(event, count, r, capabilities)) {
            // Judged as the server will see it: JSON on the wire drops `undefined` fields, so
            // `{ extra: undefined }` arrives as a valid `{}`.
            const onTheWire: unknown =
              payload === undefined ? undefined : JSON.parse(JSON.stringify(payload));
            const valid = requestSchemas[event].safeParse(onTheWire).success;
            if (valid && skipWhenValid[role]?.has(event)) continue;
            if (valid) reached.add(`${role} ${event}`);
            jobs.push({ event, payload });
          }
        }
        const pool = sockets.get(role)!;
        await Promise.all(
          pool.map(async (socket, socketIndex) => {
            const wait = pacer();
            for (let i = socketIndex; i < jobs.length; i += pool.length) {
              const { event, payload } = jobs[i]!;
              await wait();
              const what = `${role} ${event} ${JSON.stringify(payload)?.slice(0, 120)}`;
              let result: Result<unknown>;
              try {
                result = await rawRequest(socket, event, payload, 10_000);
              } catch (error) {
                problems.push(`${what} → no answer (${String(error)})`);
                continue;
              }
              const problem = judge(role, event, result);
              if (problem) problems.push(`${what} → ${problem}`);
            }
          }),
        );
      }),
    );

    expect(problems).toEqual([]);
    // Every request got at least one well-formed payload from every role (minus the skipped ones).
    const skipped = roles.flatMap((role) =>
      [...(skipWhenValid[role] ?? [])].map((event) => `${role} ${event}`),
    );
    expect(reached.size + skipped.length).toBe(roles.length * events.length);

    for (const role of roles)
      for (const socket of sockets.get(role)!) expect(socket.connected, `${role} still connected`).toBe(true);
    const whoAfter = await Promise.all(
      roles.map((role) => requestOk(sockets.get(role)![0]!, 'session:whoami', {})),
    );
    expect(whoAfter).toEqual(whoBefore);
    const health = await fetch(`${server.url}/healthz`);
    expect(health.status).toBe(200);
    expect(await snapshotDatabase(server.database)).toEqual(before);
  }, 60_000); // ~10 s here, paced by the per-connection budget; room for a slow machine
});

/** What is wrong with an answer, or undefined if nothing. */
function judge(role: Role, event: string, result: Result<unknown>): string | undefined {
  if (typeof result !== 'object' || result === null || typeof result.ok !== 'boolean')
    return `not a Result: ${JSON.stringify(result)}`;
  if (result.ok) {
    if (harmless.has(event)) return undefined;
    const empty =
      (Array.isArray(result.value) && result.value.length === 0) || JSON.stringify(result.value) === '{}';
    if (role === 'admin' && emptyForAdmin.has(event) && empty) return undefined;
    return `accepted: ${JSON.stringify(result.value).slice(0, 200)}`;
  }
  const { code, message } = result.error ?? {};
  if (!errorCodes.has(code)) return `unknown code ${code}`;
  if (code === ErrorCode.Internal) return 'INTERNAL';
  // The connection's flood limit answers before validation: the fuzz must stay under it to test anything.
  if (code === ErrorCode.RateLimited && message === 'Too many requests; slow down.') return 'sent too fast';
  if (typeof message !== 'string' || /at .*\.ts:\d+|TypeError|SqliteError|stack/.test(message))
    return `bad message ${message}`;
  return undefined;
}
