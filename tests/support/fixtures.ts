// A school with everything a call needs: a paired kiosk, a child with consent
// and a PIN, a guardian with a parent link, a weekly window and a booking that
// is open now. Secrets are returned in clear so tests can sign in with them.
import { defaultSchoolPolicy } from '../../common/domain';
import type { CallAttempt } from '../../common/kiosk/callLog';
import {
  hashPassword,
  hashPin,
  hashToken,
  pairingCode,
  randomToken,
} from '../../signaling-server/src/auth/secrets';
import { instantToZoned } from '../../signaling-server/src/domain/time';
import type { FamilyPeople, Store } from '../../signaling-server/src/store/Store';

export interface SchoolFixture {
  schoolId: string;
  kioskId: string;
  kioskCredential: string;
  childId: string;
  guardianId: string;
  guardianToken: string;
  /** Confirmed, open from now for an hour. */
  bookingId: string;
  teacher: { username: string; password: string };
  pin: number[];
}

let counter = 0;

/** Pairs one more kiosk for the school and returns its device credential. */
export async function pairAnotherKiosk(store: Store, schoolId: string, now: number): Promise<string> {
  const code = pairingCode();
  await store.kiosks.create({
    schoolId,
    name: `${++counter} 号机`,
    pairingCodeHash: hashToken(code),
    pairingExpiresAt: now + 3_600_000,
  });
  const credential = randomToken();
  await store.kiosks.pair(hashToken(code), hashToken(credential), now);
  return credential;
}

export async function seedSchool(store: Store, now: number, name = '希望小学'): Promise<SchoolFixture> {
  const n = ++counter;
  const school = await store.schools.create({ name, timeZone: 'Asia/Shanghai', policy: defaultSchoolPolicy });
  const teacher = { username: `teacher${n}`, password: 'correct horse battery' };
  const staff = await store.staff.create({
    schoolId: school.id,
    role: 'teacher',
    username: teacher.username,
    displayName: '王老师',
    passwordHash: await hashPassword(teacher.password),
  });
  const code = pairingCode();
  await store.kiosks.create({
    schoolId: school.id,
    name: '1 号机',
    pairingCodeHash: hashToken(code),
    pairingExpiresAt: now + 3_600_000,
  });
  const kioskCredential = randomToken();
  const kiosk = (await store.kiosks.pair(hashToken(code), hashToken(kioskCredential), now))!;
  const pin = [4, 2, 7];
  const child = await store.children.create({
    schoolId: school.id,
    displayName: '小明',
    className: '三年级一班',
    avatar: 'panda',
    pinHash: await hashPin(pin),
  });
  await store.children.recordConsent(child.id, {
    date: instantToZoned(now, school.timeZone).date,
    givenBy: '王丽',
    recordedBy: staff.id,
  });
  const guardian = await store.guardians.create({
    childId: child.id,
    relation: 'mother',
    displayName: '王丽',
    phone: null,
  });
  const guardianToken = randomToken();
  await store.guardians.setLink(guardian.id, hashToken(guardianToken), now);
  for (const weekday of [1, 2, 3, 4, 5, 6, 7] as const) {
    await store.windows.create({
      schoolId: school.id,
      weekday,
      startMinute: 16 * 60,
      endMinute: 18 * 60,
      slotMinutes: 15,
      capacity: 1,
      validFrom: '2020-01-01',
      validUntil: null,
    });
  }
  const booking = await openBooking(
    store,
    { schoolId: school.id, childId: child.id, guardianId: guardian.id, teacherId: staff.id },
    now,
  );
  return {
    schoolId: school.id,
    kioskId: kiosk.id,
    kioskCredential,
    childId: child.id,
    guardianId: guardian.id,
    guardianToken,
    bookingId: booking,
    teacher,
    pin,
  };
}

/** A confirmed booking open from `startAt` for an hour (placed directly: the rules have their own tests). */
export async function openBooking(
  store: Store,
  who: { schoolId: string; childId: string; guardianId: string; teacherId: string },
  startAt: number,
  minutes = 60,
  people: FamilyPeople = {},
): Promise<string> {
  const result = await store.bookings.createChecked(
    {
      ...people,
      schoolId: who.schoolId,
      childId: who.childId,
      guardianId: who.guardianId,
      kioskId: null,
      startAt,
      createdBy: { kind: 'staff', id: who.teacherId },
    },
    () => ({ ok: true, endAt: startAt + minutes * 60_000, status: 'confirmed' }),
    startAt,
  );
  if (!('id' in result)) throw new Error('fixture booking refused');
  return result.id;
}

/** Another open booking for the fixture's child and guardian, so tests do not share a call room. */
export async function anotherOpenBooking(
  store: Store,
  school: SchoolFixture,
  startAt: number,
): Promise<string> {
  const teacher = (await store.staff.list(school.schoolId))[0]!;
  return openBooking(
    store,
    {
      schoolId: school.schoolId,
      childId: school.childId,
      guardianId: school.guardianId,
      teacherId: teacher.id,
    },
    startAt,
  );
}

/** A call window today from midnight to 23:45, 15-minute slots: a call now has a slot, and free times to show. */
export async function openAllDay(store: Store, schoolId: string, now: number, timeZone = 'Asia/Shanghai') {
  const today = instantToZoned(now, timeZone);
  await store.windows.create({
    schoolId,
    weekday: today.weekday,
    startMinute: 0,
    endMinute: 24 * 60 - 15,
    slotMinutes: 15,
    capacity: 2,
    validFrom: today.date,
    validUntil: null,
  });
}

/** A kiosk call-log row just started (nobody joined yet, no quality sample), as a kiosk would sync it. */
export function freshCallLogRow(
  row: Pick<CallAttempt, 'id' | 'bookingId' | 'childId' | 'scheduledStart' | 'scheduledEnd' | 'createdAt'>,
): CallAttempt {
  return {
    ...row,
    guardianRelation: 'mother',
    kioskJoinedAt: null,
    kioskLeftAt: null,
    parentJoinedAt: null,
    parentLeftAt: null,
    endReason: null,
    quality: {
      samples: 0,
      avgBitrateKbps: null,
      worstBitrateKbps: null,
      avgPacketLossPct: null,
      worstPacketLossPct: null,
      audioOnlyUsed: false,
    },
    feeling: null,
    version: 1,
    updatedAt: row.createdAt,
  };
}
