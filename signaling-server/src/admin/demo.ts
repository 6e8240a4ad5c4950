// The demo school: what `npm start` shows on a fresh checkout, and what
// `npm run admin -- demo` creates. Realistic windows, a few children and
// guardians, and one family call happening now (小明 and his sister 小红 with
// their mother and father, each parent on their own link) so a call can be
// tried at once.
import { randomUUID } from 'node:crypto';
import { defaultSchoolPolicy, type LocalDate } from '@hhc/common/domain';
import { avatars } from '@hhc/common/avatars';
import type { Store } from '../store/Store';
import { hashPassword, hashPin, hashToken, pairingCode, randomToken } from '../auth/secrets';
import { instantToZoned, zonedToInstant } from '../domain/time';

export interface DemoResult {
  schoolId: string;
  teacher: { username: string; password: string };
  admin: { username: string; password: string };
  kioskPairingCodes: string[];
  /** 小明's mother's link: the lead guardian of the family call open now. */
  parentLink: string;
  /** 小红's father's link: the second guardian of the same call. */
  secondParentLink: string;
  /** The same child's picture-PIN (picture numbers 1-9 on the pad). */
  childPin: number[];
  summary: string;
}

const DEMO_TEACHER = { username: 'teacher', password: 'happyhome' };
const DEMO_ADMIN = { username: 'admin', password: 'happyhome-admin' };
const DEMO_PIN = [0, 1, 2];
const PAIRING_MS = 7 * 24 * 60 * 60_000;

// 小明 and 小红 are brother and sister (one family): the mother is recorded with 小明 and the
// father with 小红, as a teacher's roster often has them; the family's call includes both.
const children = [
  { name: '小明', className: '三年级一班', guardian: '王丽', relation: 'mother' },
  { name: '小红', className: '三年级一班', guardian: '李强', relation: 'father' },
  { name: '小军', className: '三年级一班', guardian: '张秀英', relation: 'grandmother' },
  { name: '丽丽', className: '四年级二班', guardian: '陈芳', relation: 'mother' },
  { name: '强强', className: '四年级二班', guardian: '刘伟', relation: 'father' },
  { name: '芳芳', className: '四年级二班', guardian: '赵敏', relation: 'aunt' },
] as const;

export async function seedDemoIfEmpty(
  store: Store,
  options: { publicUrl: string; now?: number },
): Promise<DemoResult | undefined> {
  if ((await store.schools.list()).length > 0) return undefined;
  return seedDemo(store, options);
}

export async function seedDemo(
  store: Store,
  options: { publicUrl: string; now?: number },
): Promise<DemoResult> {
  const now = options.now ?? Date.now();
  const school = await store.schools.create({
    name: '阳光小学（演示）',
    timeZone: 'Asia/Shanghai',
    policy: defaultSchoolPolicy,
  });
  const today = instantToZoned(now, school.timeZone).date;
  const admin = await store.staff.create({
    schoolId: null,
    role: 'admin',
    username: await freeUsername(store, DEMO_ADMIN.username, school.id),
    displayName: '管理员',
    passwordHash: await hashPassword(DEMO_ADMIN.password),
  });
  const teacher = await store.staff.create({
    schoolId: school.id,
    role: 'teacher',
    username: await freeUsername(store, DEMO_TEACHER.username, school.id),
    displayName: '王老师',
    passwordHash: await hashPassword(DEMO_TEACHER.password),
  });

  const kioskPairingCodes: string[] = [];
  for (const name of ['幸福家园 1 号机', '幸福家园 2 号机']) {
    const code = pairingCode();
    await store.kiosks.create({
      schoolId: school.id,
      name,
      pairingCodeHash: hashToken(code),
      pairingExpiresAt: now + PAIRING_MS,
    });
    kioskPairingCodes.push(code);
  }

  // Monday to Friday after school, and Saturday morning; two computers in the room.
  for (const weekday of [1, 2, 3, 4, 5] as const) {
    await store.windows.create({
      schoolId: school.id,
      weekday,
      startMinute: 16 * 60,
      endMinute: 18 * 60,
      slotMinutes: 15,
      capacity: 2,
      validFrom: today,
      validUntil: null,
    });
  }
  await store.windows.create({
    schoolId: school.id,
    weekday: 6,
    startMinute: 9 * 60,
    endMinute: 11 * 60,
    slotMinutes: 20,
    capacity: 2,
    validFrom: today,
    validUntil: null,
  });

  const pinHash = await hashPin(DEMO_PIN);
  const families: Array<{ childId: string; guardianId: string }> = [];
  for (const [index, entry] of children.entries()) {
    const child = await store.children.create({
      schoolId: school.id,
      displayName: entry.name,
      className: entry.className,
      avatar: avatars[index % avatars.length]!,
      pinHash,
    });
    await store.children.recordConsent(child.id, {
      date: today as LocalDate,
      givenBy: entry.guardian,
      recordedBy: teacher.id,
    });
    const guardian = await store.guardians.create({
      childId: child.id,
      relation: entry.relation,
      displayName: entry.guardian,
      phone: null,
    });
    families.push({ childId: child.id, guardianId: guardian.id });
  }

  // 小明 and 小红 are one family; their call open right now includes both children and both
  // parents, so the demo can be tried at once, as a family. (The store lists children by class and
  // name, not in this order.)
  const [brother, sister] = [families[0]!, families[1]!];
  const familyId = randomUUID();
  for (const child of [brother, sister]) await store.children.setFamily(child.childId, familyId);
  const firstChild = { id: brother.childId };
  const firstGuardian = { id: brother.guardianId };
  const first = children[0]!;
  const second = children[1]!;
  const token = randomToken();
  await store.guardians.setLink(firstGuardian.id, hashToken(token), now);
  const secondToken = randomToken();
  await store.guardians.setLink(sister.guardianId, hashToken(secondToken), now);
  const startAt = Math.floor(now / 300_000) * 300_000;
  await store.bookings.createChecked(
    {
      schoolId: school.id,
      childId: firstChild.id,
      guardianId: firstGuardian.id,
      siblingIds: [sister.childId],
      alsoGuardianIds: [sister.guardianId],
      kioskId: null,
      startAt,
      createdBy: { kind: 'staff', id: teacher.id },
    },
    // Demo data: placed outside the rules on purpose, so a call is open whatever the hour.
    () => ({ ok: true, endAt: startAt + 60 * 60_000, status: 'confirmed' }),
    now,
  );
  // And a confirmed call tomorrow afternoon, as a teacher would book it.
  const tomorrow = instantToZoned(now + 86_400_000, school.timeZone).date;
  const tomorrowAt = zonedToInstant(tomorrow, 16 * 60 + 30, school.timeZone);
  await store.bookings.createChecked(
    {
      schoolId: school.id,
      childId: firstChild.id,
      guardianId: firstGuardian.id,
      kioskId: null,
      startAt: tomorrowAt,
      createdBy: { kind: 'staff', id: teacher.id },
    },
    () => ({ ok: true, endAt: tomorrowAt + 15 * 60_000, status: 'confirmed' }),
    now,
  );

  const parentLink = `${options.publicUrl}/p/${token}`;
  const secondParentLink = `${options.publicUrl}/p/${secondToken}`;
  const result = {
    schoolId: school.id,
    teacher: { username: teacher.username, password: DEMO_TEACHER.password },
    admin: { username: admin.username, password: DEMO_ADMIN.password },
    kioskPairingCodes,
    parentLink,
    secondParentLink,
    childPin: DEMO_PIN.map((n) => n + 1),
    summary: '',
  };
  result.summary = [
    '',
    '  Demo school "阳光小学（演示）" is ready.',
    `    teacher login:       ${result.teacher.username} / ${result.teacher.password}`,
    `    admin login:         ${result.admin.username} / ${result.admin.password}`,
    `    kiosk pairing codes: ${kioskPairingCodes.join(', ')}  (valid 7 days)`,
    `    family call open now: ${first.name} and ${second.name} with both parents`,
    `    parent link (${first.name}'s ${first.relation}, call open now): ${parentLink}`,
    `    parent link (${second.name}'s ${second.relation}, same call):    ${secondParentLink}`,
    `    children's picture-PIN: pictures ${result.childPin.join(', ')}`,
    '',
  ].join('\n');
  return result;
}

/** A second demo school (admin CLI) needs distinct usernames. */
async function freeUsername(store: Store, base: string, schoolId: string): Promise<string> {
  return (await store.staff.findForLogin(base)) ? `${base}-${schoolId.slice(0, 4)}` : base;
}
