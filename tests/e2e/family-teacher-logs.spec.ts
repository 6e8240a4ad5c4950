// Teacher mode names everyone in a family call outside the bookings week too:
// the call log (the kiosk's own rows, which keep only the lead, take their
// people from the server's booking) and the server's bookings list, with a
// sibling's filter finding calls filed under the lead child; and the parent
// links section shows each child's brothers and sisters and the family's
// guardians recorded with them, with whether their link works.
import { test, expect } from '@playwright/test';
import { randomUUID } from 'node:crypto';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import type { RecentCall } from '../../common/kiosk/callLog';
import { instantToZoned } from '../../signaling-server/src/domain/time';
import { seedSchool, type SchoolFixture } from '../support/fixtures';
import { startTestServer, type TestServer } from '../support/testServer';
import { kioskMainProcess, logRow } from './teacherBridge';
import { openTeacherMode } from './teacherMode';

const here = path.dirname(fileURLToPath(import.meta.url));
const staticDir = path.resolve(here, '../../renderer/dist');
const screenshots = path.resolve(here, '../screenshots/family-polish');
const SIZE = { width: 1366, height: 768 };

let server: TestServer;
let school: SchoolFixture;
let familyCallId: string;
let sisterId: string;
let dadId: string;
let calls: RecentCall[];

test.beforeAll(async () => {
  server = await startTestServer({ staticDir });
  const now = server.clock.now;
  school = await seedSchool(server.store, now);
  await server.store.bookings.setStatus(school.bookingId, ['confirmed'], 'cancelled', now, 'test');
  // 小红 is 小明's sister; their father is recorded with her (and has no link yet), their mother with him.
  const sister = await server.store.children.create({
    schoolId: school.schoolId,
    displayName: '小红',
    className: '三年级一班',
    avatar: 'cat',
    pinHash: null,
  });
  await server.store.children.recordConsent(sister.id, {
    date: instantToZoned(now, 'Asia/Shanghai').date,
    givenBy: '李强',
    recordedBy: null,
  });
  const dad = await server.store.guardians.create({
    childId: sister.id,
    relation: 'father',
    displayName: '李强',
    phone: null,
  });
  sisterId = sister.id;
  dadId = dad.id;
  await server.store.children.setFamily(school.childId, 'family-1');
  await server.store.children.setFamily(sister.id, 'family-1');
  // Two hours ago: the family call, done.
  const startAt = now - 2 * 60 * 60_000;
  const teacherId = (await server.store.staff.list(school.schoolId))[0]!.id;
  const placed = await server.store.bookings.createChecked(
    {
      schoolId: school.schoolId,
      childId: school.childId,
      guardianId: school.guardianId,
      siblingIds: [sister.id],
      alsoGuardianIds: [dad.id],
      kioskId: null,
      startAt,
      createdBy: { kind: 'staff', id: teacherId },
    },
    () => ({ ok: true, endAt: startAt + 15 * 60_000, status: 'confirmed' }),
    startAt,
  );
  if (!('id' in placed)) throw new Error('family call refused');
  familyCallId = placed.id;
  await server.store.bookings.setStatus(familyCallId, ['confirmed'], 'completed', now);
  // The kiosk's log: the family call, and an older call whose booking the server no longer lists.
  calls = [
    logRow(school.childId, familyCallId, startAt),
    logRow(school.childId, randomUUID(), now - 26 * 60 * 60_000),
  ];
});

test.afterAll(async () => {
  await server?.stop();
});

test('the call log and the links name every child and guardian of a family call', async ({ browser }) => {
  test.setTimeout(90_000);
  const context = await browser.newContext({ viewport: SIZE, locale: 'zh-CN' });
  await context.exposeFunction(
    'hhcKioskInvoke',
    kioskMainProcess({ serverUrl: server.url, credential: school.kioskCredential }, calls),
  );
  const page = await context.newPage();
  await page.goto(`${server.url}/kiosk`);
  await openTeacherMode(page, school.teacher);

  // Call log: the server's booking names everyone; the kiosk's row of it takes its people from there.
  await page.getByTestId('teacher-tab-logs').click();
  const serverRow = page.getByTestId('server-booking-row').filter({ hasText: '小红' });
  await expect(serverRow.getByTestId('server-booking-children')).toHaveText('小明、小红');
  await expect(serverRow.getByTestId('server-booking-guardians')).toHaveText('妈妈 王丽、爸爸 李强');
  const localRows = page.getByTestId('local-log-row');
  await expect(localRows).toHaveCount(2);
  await expect(localRows.first().getByTestId('local-log-children')).toHaveText('小明、小红');
  await expect(localRows.first().getByTestId('local-log-guardians')).toHaveText('妈妈 王丽、爸爸 李强');
  // A row without a listed booking keeps what the kiosk itself knows: the lead child and relation.
  await expect(localRows.nth(1).getByTestId('local-log-children')).toHaveText('小明');
  await expect(localRows.nth(1).getByTestId('local-log-guardians')).toHaveText('妈妈');
  await page.screenshot({ path: path.join(screenshots, 'teacher-logs-family-1366x768.png') });

  // 小红's calls: the family call, filed on the kiosk under her brother, is hers too.
  await page.getByTestId('logs-child').selectOption({ label: '小红' });
  await expect(localRows).toHaveCount(1);
  await expect(localRows.getByTestId('local-log-children')).toHaveText('小明、小红');
  await expect(page.getByTestId('server-booking-row')).toHaveCount(1); // 小明's own cancelled call is not hers
  await page.screenshot({ path: path.join(screenshots, 'teacher-logs-sister-1366x768.png') });

  // Links: under 小明, his sister and their father, recorded with her, who has no link yet.
  await page.getByTestId('teacher-tab-links').click();
  const ming = page.locator('[data-testid="link-child"][data-name="小明"]');
  const mingFamily = ming.getByTestId('link-family');
  await expect(mingFamily).toContainText('兄弟姐妹：小红');
  const dadBadge = mingFamily.locator('[data-testid="link-family-guardian"][data-name="李强"]');
  await expect(dadBadge).toHaveAttribute('data-link', 'none');
  const hong = page.locator('[data-testid="link-child"][data-name="小红"]');
  await expect(hong.locator('[data-testid="link-family-guardian"][data-name="王丽"]')).toHaveAttribute(
    'data-link',
    'active',
  );
  await page.screenshot({ path: path.join(screenshots, 'teacher-links-family-1366x768.png') });
  // The father gets a link under 小红: 小明's line says so at once.
  await hong
    .locator('[data-testid="link-guardian"][data-name="李强"]')
    .getByTestId('link-regenerate')
    .click();
  await expect(hong.getByTestId('link-card')).toBeVisible();
  await expect(dadBadge).toHaveAttribute('data-link', 'active');
  await context.close();
});

test('a teacher takes a guardian out of a running family call from its booking row', async ({ browser }) => {
  test.setTimeout(90_000);
  // A family call running now (the kiosk and both parents in it; the server's side has its own test).
  const now = server.clock.now;
  const teacherId = (await server.store.staff.list(school.schoolId))[0]!.id;
  const placed = await server.store.bookings.createChecked(
    {
      schoolId: school.schoolId,
      childId: school.childId,
      guardianId: school.guardianId,
      siblingIds: [sisterId],
      alsoGuardianIds: [dadId],
      kioskId: null,
      startAt: now - 60_000,
      createdBy: { kind: 'staff', id: teacherId },
    },
    () => ({ ok: true, endAt: now + 29 * 60_000, status: 'confirmed' }),
    now,
  );
  if (!('id' in placed)) throw new Error('running call refused');
  await server.store.bookings.setStatus(placed.id, ['confirmed'], 'in_progress', now);

  const context = await browser.newContext({ viewport: SIZE, locale: 'zh-CN' });
  await context.exposeFunction(
    'hhcKioskInvoke',
    kioskMainProcess({ serverUrl: server.url, credential: school.kioskCredential }, []),
  );
  const page = await context.newPage();
  await page.goto(`${server.url}/kiosk`);
  await openTeacherMode(page, school.teacher);
  await page.getByTestId('teacher-tab-bookings').click();
  const row = page.locator('[data-testid="booking-row"][data-status="in_progress"]');
  await expect(row.getByTestId('booking-people')).toContainText('妈妈 王丽、爸爸 李强');
  // A running call cannot move or be cancelled; only its people can change.
  await expect(row.getByTestId('booking-move')).toHaveCount(0);
  await expect(row.getByTestId('booking-cancel')).toHaveCount(0);
  await row.getByTestId('booking-people-edit').click();
  await expect(row.getByTestId('running-people-hint')).toContainText('马上离开通话');
  const dad = row.locator('[data-testid="also-guardian"][data-name="李强"]');
  await expect(dad).toHaveAttribute('aria-pressed', 'true');
  await dad.click();
  await row.scrollIntoViewIfNeeded();
  await page.screenshot({ path: path.join(screenshots, 'teacher-running-call-people-1366x768.png') });
  await row.getByTestId('booking-people-save').click();
  await expect(row.getByTestId('booking-people')).not.toContainText('李强');
  await expect(row.getByTestId('booking-people')).toContainText('小明、小红');
  expect(await server.store.bookings.get(placed.id)).toMatchObject({
    status: 'in_progress',
    guardianIds: [school.guardianId],
    childIds: [school.childId, sisterId],
  });
  await context.close();
});
