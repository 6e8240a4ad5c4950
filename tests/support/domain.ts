// Helpers for the domain integration tests: a server whose clock starts at a
// fixed school afternoon, extra families and an admin placed straight into the
// store, wall-clock instants in the school's zone, and a read-only snapshot of
// every table to prove that a request changed nothing (either engine: support/database.ts).
import { hashPassword, hashPin, hashToken, randomToken } from '../../signaling-server/src/auth/secrets';
import { zonedToInstant } from '../../signaling-server/src/domain/time';
import type { Store } from '../../signaling-server/src/store/Store';
import { openBooking, seedSchool, type SchoolFixture } from './fixtures';
import { startTestServer, type TestServer } from './testServer';

export const ZONE = 'Asia/Shanghai';
/** A Wednesday; the fixture's windows run 16:00–18:00 every day in 15-minute slots of capacity 1. */
export const DAY = '2030-06-05';

/** The instant a school clock shows `hhmm` on `date` (Shanghai). */
export function at(date: string, hhmm: string): number {
  const [h, m] = hhmm.split(':').map(Number) as [number, number];
  return zonedToInstant(date, h * 60 + m, ZONE);
}

/** 15:00 on DAY: an hour before the first slot; the fixture's open booking runs 15:00–16:00. */
export const BASE = at(DAY, '15:00');

export const MINUTE = 60_000;

export interface DomainServer {
  server: TestServer;
  school: SchoolFixture;
}

/** A server with its clock at BASE and one seeded school. */
export async function startDomainServer(
  overrides: Parameters<typeof startTestServer>[0] = {},
): Promise<DomainServer> {
  const server = await startTestServer(overrides);
  server.clock.now = BASE;
  const school = await seedSchool(server.store, BASE);
  return { server, school };
}

export async function teacherIdOf(store: Store, schoolId: string): Promise<string> {
  return (await store.staff.list(schoolId))[0]!.id;
}

export interface Family {
  childId: string;
  childName: string;
  guardianId: string;
  guardianToken: string;
  pin: number[];
}

let families = 0;

/** Another child of the school with a PIN, a guardian with a link and (unless told) consent. */
export async function addFamily(
  store: Store,
  schoolId: string,
  options: { consent?: boolean; name?: string; phone?: string | null } = {},
): Promise<Family> {
  const n = ++families;
  const pin = [n % 9, (n + 3) % 9, (n + 5) % 9];
  const childName = options.name ?? `孩子${n}`;
  const child = await store.children.create({
    schoolId,
    displayName: childName,
    className: '三年级二班',
    avatar: 'cat',
    pinHash: await hashPin(pin),
  });
  if (options.consent ?? true)
    await store.children.recordConsent(child.id, { date: '2030-06-01', givenBy: '家长', recordedBy: null });
  const guardian = await store.guardians.create({
    childId: child.id,
    relation: 'father',
    displayName: `家长${n}`,
    phone: options.phone ?? null,
  });
  const guardianToken = randomToken();
  await store.guardians.setLink(guardian.id, hashToken(guardianToken), BASE);
  return { childId: child.id, childName, guardianId: guardian.id, guardianToken, pin };
}

/** A confirmed booking for the fixture's own child, placed directly (the rules have their own tests). */
export async function placeBooking(
  store: Store,
  who: { schoolId: string; childId: string; guardianId: string },
  startAt: number,
  minutes = 15,
): Promise<string> {
  return openBooking(store, { ...who, teacherId: await teacherIdOf(store, who.schoolId) }, startAt, minutes);
}

/** What a login form takes, so it can be passed to connectAsTeacher as it is. */
export interface Account {
  username: string;
  password: string;
}

export async function createAdmin(store: Store, username = 'hhc-admin'): Promise<Account> {
  const password = 'admin password 123';
  await store.staff.create({
    schoolId: null,
    role: 'admin',
    username,
    displayName: '管理员',
    passwordHash: await hashPassword(password),
  });
  return { username, password };
}

export { countRows, snapshotDatabase } from './database';
