// Family calls through the real screens (kiosk page in Chromium, the real
// server and SFU, parents' phone pages): a child books a call with both
// parents and a sister by tapping pictures; the sister logs in on the same
// kiosk, sees the shared call on her own home card and joins it; a teacher
// records that two children are siblings (by hand and by the roster file's
// family column) and adds the second parent to a booking; the second
// parent's link page lists the call made with the other.
import { test, expect, type Browser, type BrowserContext, type Page } from '@playwright/test';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { hashPin, hashToken, randomToken } from '../../signaling-server/src/auth/secrets';
import { addDays, instantToZoned, zonedToInstant } from '../../signaling-server/src/domain/time';
import { startTestServer, type TestServer } from '../support/testServer';
import { seedSchool, type SchoolFixture } from '../support/fixtures';
import { connectAsTeacher, requestOk } from '../support/socketClient';
import { weekRange } from '../../renderer/src/kiosk/teacher/zonedTime';
import { expectMediaFlowing } from './media';
import { openTeacherMode } from './teacherMode';

const here = path.dirname(fileURLToPath(import.meta.url));
const staticDir = path.resolve(here, '../../renderer/dist');
const screenshots = path.resolve(here, '../screenshots/family-ui');
const KIOSK = { width: 1366, height: 768 };
const PHONE = { width: 390, height: 844 };
const ZONE = 'Asia/Shanghai';

let server: TestServer;
let tick: ReturnType<typeof setInterval>;

test.beforeAll(async () => {
  server = await startTestServer({ staticDir });
  // The browser's clock is real time; the server's follows it so both agree on what is open now.
  server.clock.now = Date.now();
  tick = setInterval(() => (server.clock.now = Date.now()), 200);
});

test.afterAll(async () => {
  clearInterval(tick);
  await server?.stop();
});

const shot = (page: Page, name: string, size = '1366x768') =>
  page.screenshot({ path: path.join(screenshots, `${name}-${size}.png`) });

interface FamilySchool extends SchoolFixture {
  /** 小明's father, with his own link. */
  dadId: string;
  dadToken: string;
  /** 小红, 小明's sister (recorded as such only when asked). */
  sisterId: string;
  sisterPin: number[];
}

/** The fixture's school (小明 and his mother), plus his father and his sister 小红 with consent and a PIN. */
async function familySchool(options: { siblingsRecorded: boolean }): Promise<FamilySchool> {
  const now = server.clock.now;
  const school = await seedSchool(server.store, now);
  // The fixture's call open now belongs to other tests; these tests place their own.
  await server.store.bookings.setStatus(school.bookingId, ['confirmed'], 'cancelled', now, 'test');
  const dad = await server.store.guardians.create({
    childId: school.childId,
    relation: 'father',
    displayName: '李强',
    phone: null,
  });
  const dadToken = randomToken();
  await server.store.guardians.setLink(dad.id, hashToken(dadToken), now);
  const sisterPin = [1, 5, 8];
  const sister = await server.store.children.create({
    schoolId: school.schoolId,
    displayName: '小红',
    className: '三年级一班',
    avatar: 'cat',
    familyId: null,
    pinHash: await hashPin(sisterPin),
  });
  await server.store.children.recordConsent(sister.id, {
    date: instantToZoned(now, ZONE).date,
    givenBy: '王丽',
    recordedBy: null,
  });
  if (options.siblingsRecorded) {
    const teacher = await connectAsTeacher(server.url, school.teacher);
    await requestOk(teacher, 'child:set-family', { childId: sister.id, siblingOf: school.childId });
    teacher.disconnect();
  }
  return { ...school, dadId: dad.id, dadToken, sisterId: sister.id, sisterPin };
}

async function kioskPage(browser: Browser, school: SchoolFixture): Promise<[BrowserContext, Page]> {
  const context = await browser.newContext({ viewport: KIOSK, locale: 'zh-CN' });
  await context.addInitScript(
    (pairing) => localStorage.setItem('hhc.kioskPairing', JSON.stringify(pairing)),
    { serverUrl: server.url, credential: school.kioskCredential },
  );
  const page = await context.newPage();
  await page.goto(`${server.url}/kiosk`);
  return [context, page];
}

async function logIn(page: Page, name: string, pin: number[]) {
  await page.getByTestId('child-tile').filter({ hasText: name }).click();
  for (const digit of pin) await page.getByTestId(`pin-${digit}`).click();
  await expect(page.getByTestId('child-home')).toBeVisible();
}

/** A confirmed family call placed straight into the store (the booking rules have their own tests). */
async function familyCallAt(
  school: FamilySchool,
  startAt: number,
  minutes: number,
  people: { siblingIds?: string[]; alsoGuardianIds?: string[] } = {},
): Promise<string> {
  const teacherId = (await server.store.staff.list(school.schoolId))[0]!.id;
  const result = await server.store.bookings.createChecked(
    {
      schoolId: school.schoolId,
      childId: school.childId,
      guardianId: school.guardianId,
      ...people,
      kioskId: null,
      startAt,
      createdBy: { kind: 'staff', id: teacherId },
    },
    () => ({ ok: true, endAt: startAt + minutes * 60_000, status: 'confirmed' }),
    startAt,
  );
  if (!('id' in result)) throw new Error('family call refused');
  return result.id;
}

test('a child books with both parents and a sister; the sister sees the call on her card and joins it', async ({
  browser,
}) => {
  test.setTimeout(150_000);
  const school = await familySchool({ siblingsRecorded: true });
  const [kioskContext, kiosk] = await kioskPage(browser, school);

  // 小明 books: a time, then who — mum is already picked, he adds dad and his sister.
  await logIn(kiosk, '小明', school.pin);
  await kiosk.getByTestId('book').click();
  const slot = kiosk.getByTestId('slot').first();
  const slotStart = Number(await slot.getAttribute('data-start'));
  await slot.click();
  const mum = kiosk.locator('[data-testid="pick-parent"][data-relation="mother"]');
  const dad = kiosk.locator('[data-testid="pick-parent"][data-relation="father"]');
  const sister = kiosk.locator('[data-testid="pick-sibling"][data-name="小红"]');
  await expect(mum).toHaveAttribute('aria-pressed', 'true');
  await expect(dad).toHaveAttribute('aria-pressed', 'false');
  await expect(sister).toHaveAttribute('aria-pressed', 'false');
  await shot(kiosk, 'kiosk-who-to-call');
  // Tapping the only picked parent does not leave the call without one.
  await mum.click();
  await expect(mum).toHaveAttribute('aria-pressed', 'true');
  await dad.click();
  await sister.click();
  await expect(dad).toHaveAttribute('aria-pressed', 'true');
  await expect(sister).toHaveAttribute('aria-pressed', 'true');
  await shot(kiosk, 'kiosk-who-to-call-picked');
  await kiosk.getByTestId('book-it').click();
  await expect(kiosk.getByTestId('booked')).toBeVisible();
  await expect(kiosk.getByTestId('booking-result')).toContainText('妈妈、爸爸');
  await expect(kiosk.getByTestId('call-person')).toHaveCount(3);
  await shot(kiosk, 'kiosk-booked');
  const booked = (
    await server.store.bookings.list({ childId: school.childId, statuses: ['confirmed'] })
  ).find((b) => b.startAt === slotStart);
  expect(booked).toMatchObject({
    childIds: [school.childId, school.sisterId],
    guardianIds: [school.guardianId, school.dadId],
  });

  // Home: the card says who is in the call, with faces.
  await kiosk.getByTestId('booking-ok').click();
  await expect(kiosk.getByTestId('next-call-title')).toContainText('妈妈、爸爸 · ');
  await expect(kiosk.getByTestId('call-people-line')).toHaveText('和妈妈、爸爸一起 · 和小红一起');
  await shot(kiosk, 'kiosk-home-family-call');
  await kiosk.getByTestId('logout').click();

  // A family call open now (placed by the school): 小红 logs in on the same kiosk and finds it on her card.
  const now = Date.now();
  await familyCallAt(school, now - 60_000, 30, {
    siblingIds: [school.sisterId],
    alsoGuardianIds: [school.dadId],
  });
  server.io.to(`school:${school.schoolId}`).emit('schedule:changed', { schoolId: school.schoolId });
  await expect(kiosk.getByTestId('call-now')).toContainText('小明、小红');
  await shot(kiosk, 'kiosk-login-call-now');
  await logIn(kiosk, '小红', school.sisterPin);
  await expect(kiosk.getByTestId('call-people-line')).toHaveText('和妈妈、爸爸一起 · 和小明一起');
  await expect(kiosk.getByTestId('join-call')).toBeEnabled();
  await shot(kiosk, 'kiosk-sister-home');

  // Mum opens her link; 小红 joins at the kiosk; they see and hear each other.
  const phone = await browser.newContext({ viewport: PHONE, hasTouch: true, isMobile: true });
  const parent = await phone.newPage();
  await parent.goto(`${server.url}/p/${school.guardianToken}`);
  await expect(parent.getByTestId('call-people').first()).toBeVisible();
  await parent.getByTestId('open-call').click();
  await parent.getByTestId('devices-ready').click();
  // Mum waits for both children, who share the kiosk.
  await expect(parent.getByTestId('call-status')).toHaveText('小明、小红马上就来');
  await shot(parent, 'parent-waiting-family', '390x844');
  await kiosk.getByTestId('join-call').click();
  await expectMediaFlowing(kiosk);
  await expectMediaFlowing(parent);
  await phone.close();
  await kioskContext.close();
});

test('a big family fits on one screen, and the toggles stop at what a call may hold', async ({ browser }) => {
  const school = await familySchool({ siblingsRecorded: true });
  for (const [relation, displayName] of [
    ['grandmother', '张奶奶'],
    ['grandfather', '张爷爷'],
  ] as const)
    await server.store.guardians.create({ childId: school.childId, relation, displayName, phone: null });
  const brother = await server.store.children.create({
    schoolId: school.schoolId,
    displayName: '小军',
    className: '一年级一班',
    avatar: 'tiger',
    familyId: null,
    pinHash: null,
  });
  const teacher = await connectAsTeacher(server.url, school.teacher);
  await requestOk(teacher, 'child:set-family', { childId: brother.id, siblingOf: school.childId });
  teacher.disconnect();

  const [context, kiosk] = await kioskPage(browser, school);
  await logIn(kiosk, '小明', school.pin);
  await kiosk.getByTestId('book').click();
  await kiosk.getByTestId('slot').first().click();
  const parents = kiosk.getByTestId('pick-parent');
  await expect(parents).toHaveCount(4);
  await expect(kiosk.getByTestId('pick-sibling')).toHaveCount(2);
  // Three guardians at most: the fourth fades out until one is tapped off again.
  await kiosk.locator('[data-testid="pick-parent"][data-relation="father"]').click();
  await kiosk.locator('[data-testid="pick-parent"][data-relation="grandmother"]').click();
  await expect(kiosk.locator('[data-testid="pick-parent"][data-relation="grandfather"]')).toBeDisabled();
  await kiosk.locator('[data-testid="pick-parent"][data-relation="mother"]').click();
  await expect(kiosk.locator('[data-testid="pick-parent"][data-relation="grandfather"]')).toBeEnabled();
  for (const sibling of await kiosk.getByTestId('pick-sibling').all()) await sibling.click();
  await expect(kiosk.locator('[data-testid="pick-sibling"][aria-pressed="true"]')).toHaveCount(2);
  // Everything, the big green button included, on one 1366×768 screen without scrolling.
  await shot(kiosk, 'kiosk-who-to-call-big-family');
  const button = (await kiosk.getByTestId('book-it').boundingBox())!;
  expect(button.y + button.height).toBeLessThanOrEqual(KIOSK.height);
  await context.close();
});

test('a teacher records a sister and adds the second parent to a booking', async ({ browser }) => {
  test.setTimeout(120_000);
  const school = await familySchool({ siblingsRecorded: false });
  const tomorrow = addDays(instantToZoned(Date.now(), ZONE).date, 1);
  const tomorrowAt = zonedToInstant(tomorrow, 17 * 60, ZONE);
  await familyCallAt(school, tomorrowAt, 15);
  const [context, page] = await kioskPage(browser, school);
  await openTeacherMode(page, school.teacher);

  // Roster: 小明's detail has a siblings card; the teacher picks 小红.
  await page.locator('[data-testid="roster-child"][data-name="小明"]').click();
  const siblings = page.getByTestId('siblings');
  await expect(siblings.getByTestId('no-siblings')).toBeVisible();
  await siblings.getByTestId('sibling-pick').selectOption({ label: '小红' });
  await siblings.getByTestId('sibling-add').click();
  await expect(siblings.getByTestId('sibling-row')).toHaveAttribute('data-name', '小红');
  const children = await server.store.children.list(school.schoolId);
  const ming = children.find((c) => c.id === school.childId)!;
  const hong = children.find((c) => c.id === school.sisterId)!;
  expect(ming.familyId).not.toBeNull();
  expect(hong.familyId).toBe(ming.familyId);
  await siblings.scrollIntoViewIfNeeded();
  await shot(page, 'teacher-siblings');
  await page.getByTestId('roster-import-open').click();
  await expect(page.getByTestId('import-family-help')).toContainText('家庭');
  await shot(page, 'teacher-import-help');
  // Two children of one family in a roster file: their detail pages list each other.
  await page.getByTestId('roster-import-file').setInputFiles({
    name: '名单.csv',
    mimeType: 'text/csv',
    buffer: Buffer.from(
      '\uFEFF姓名,班级,监护人,关系,电话,同意日期,家庭\r\n' +
        '张伟,四年级二班,张大山,爸爸,13812345678,2024-09-01,Z1\r\n' +
        '张丽,二年级一班,张大山,爸爸,13812345678,2024-09-01,Z1\r\n',
    ),
  });
  await expect(page.getByTestId('import-report')).toContainText('导入了 2 个孩子');
  await page.locator('[data-testid="roster-child"][data-name="张伟"]').click();
  await expect(page.getByTestId('siblings').getByTestId('sibling-row')).toHaveAttribute('data-name', '张丽');

  // Bookings: tomorrow's call with mum gets dad too; the row names everyone.
  await page.getByTestId('teacher-tab-bookings').click();
  // On a Sunday, tomorrow is in the next week.
  if (tomorrowAt >= weekRange(Date.now(), ZONE).to) await page.getByTestId('week-next').click();
  const row = page
    .locator('[data-testid="booking-row"][data-status="confirmed"]')
    .filter({ hasText: '小明' });
  await expect(row.getByTestId('booking-people')).toContainText('妈妈 王丽');
  await row.getByTestId('booking-people-edit').click();
  await row.locator('[data-testid="also-guardian"][data-name="李强"]').click();
  await row.locator('[data-testid="also-sibling"][data-name="小红"]').click();
  await shot(page, 'teacher-booking-people');
  await row.getByTestId('booking-people-save').click();
  await expect(row.getByTestId('booking-people')).toContainText('小明、小红');
  await expect(row.getByTestId('booking-people')).toContainText('妈妈 王丽、爸爸 李强');
  await shot(page, 'teacher-booking-row');
  const [booking] = await server.store.bookings.list({ childId: school.childId, statuses: ['confirmed'] });
  expect(booking).toMatchObject({
    childIds: [school.childId, school.sisterId],
    guardianIds: [school.guardianId, school.dadId],
  });

  // A new booking offers the family's other guardian and the sister.
  await page.getByTestId('booking-new').click();
  await page.getByTestId('new-booking-child').selectOption({ label: '小明' });
  await page.getByTestId('new-booking-guardian').selectOption({ label: '爸爸 李强' });
  const form = page.getByTestId('new-booking');
  await expect(form.locator('[data-testid="also-guardian"][data-name="王丽"]')).toBeVisible();
  await form.locator('[data-testid="also-sibling"][data-name="小红"]').click();
  await form.getByTestId('slot').first().click();
  await shot(page, 'teacher-new-booking');
  await form.getByTestId('new-booking-save').click();
  await expect(page.getByTestId('teacher-done')).toBeVisible();
  const withDad = (
    await server.store.bookings.list({ childId: school.childId, statuses: ['confirmed'] })
  ).find((b) => b.guardianId === school.dadId);
  expect(withDad?.childIds).toEqual([school.childId, school.sisterId]);

  // Taking 小红 out of the family again.
  await page.getByTestId('teacher-tab-roster').click();
  await page.locator('[data-testid="roster-child"][data-name="小明"]').click();
  await page.getByTestId('sibling-remove').click();
  await page.getByTestId('sibling-remove-confirm').click();
  await expect(page.getByTestId('siblings').getByTestId('no-siblings')).toBeVisible();
  await context.close();
});

test('the second parent’s page lists the call made with the other parent, saying who is in it', async ({
  browser,
}) => {
  const school = await familySchool({ siblingsRecorded: true });
  const tomorrow = addDays(instantToZoned(Date.now(), ZONE).date, 1);
  await familyCallAt(school, zonedToInstant(tomorrow, 16 * 60 + 30, ZONE), 15, {
    siblingIds: [school.sisterId],
    alsoGuardianIds: [school.dadId],
  });
  for (const javaScriptEnabled of [true, false]) {
    const context = await browser.newContext({
      viewport: PHONE,
      isMobile: true,
      hasTouch: true,
      javaScriptEnabled,
    });
    const page = await context.newPage();
    await page.goto(`${server.url}/p/${school.dadToken}`);
    await expect(page.getByTestId('child-name')).toHaveText('小明');
    await expect(page.getByTestId('call-item')).toHaveCount(1);
    await expect(page.getByTestId('call-people')).toHaveText('和妈妈一起 · 和小红一起');
    await page.screenshot({
      path: path.join(screenshots, `parent-family-call${javaScriptEnabled ? '' : '-no-script'}-390x844.png`),
      fullPage: true,
    });
    await context.close();
  }
});
