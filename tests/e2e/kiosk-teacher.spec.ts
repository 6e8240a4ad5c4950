// Teacher mode on a paired kiosk, against the real server: the hidden corner,
// login, the roster (a child with consent, PIN and guardian), call windows,
// approving a child's booking, a parent link with its QR code that really
// opens the parent page, a roster import with a bad row, a report CSV, and
// this kiosk's own call log through the real IPC handlers.
import { test, expect, type BrowserContext, type Page } from '@playwright/test';
import fs from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { startTestServer, type TestServer } from '../support/testServer';
import { seedSchool, type SchoolFixture } from '../support/fixtures';
import { weekRange } from '../../renderer/src/kiosk/teacher/zonedTime';
import { holdTeacherCorner } from './teacherMode';
import { kioskMainProcess, logRow } from './teacherBridge';

const here = path.dirname(fileURLToPath(import.meta.url));
const staticDir = path.resolve(here, '../../renderer/dist');
const screenshots = path.resolve(here, '../screenshots');
const SIZE = { width: 1366, height: 768 };

let server: TestServer;
let school: SchoolFixture;

test.beforeAll(async () => {
  server = await startTestServer({ staticDir });
  school = await seedSchool(server.store, server.clock.now);
});

test.afterAll(async () => {
  await server?.stop();
});

const shot = (page: Page, name: string) =>
  page.screenshot({ path: path.join(screenshots, `kiosk-teacher-${name}-1366x768.png`) });

/** Press and hold the top-left corner (a wait, not a timing assertion), then log in. */
async function openTeacherMode(page: Page, options: { tryWrongPassword?: boolean } = {}) {
  await holdTeacherCorner(page);
  if (options.tryWrongPassword) {
    await page.getByTestId('teacher-username').fill(school.teacher.username);
    await page.getByTestId('teacher-password').fill('not the password');
    await page.getByTestId('teacher-login').click();
    await expect(page.getByTestId('teacher-login-error')).toHaveText('用户名或密码不对。');
    await shot(page, 'login');
  }
  await page.getByTestId('teacher-username').fill(school.teacher.username);
  await page.getByTestId('teacher-password').fill(school.teacher.password);
  await page.getByTestId('teacher-login').click();
  await expect(page.getByTestId('teacher-name')).toHaveText('王老师');
}

async function pairedKiosk(context: BrowserContext): Promise<Page> {
  await context.addInitScript(
    (pairing) => localStorage.setItem('hhc.kioskPairing', JSON.stringify(pairing)),
    { serverUrl: server.url, credential: school.kioskCredential },
  );
  const page = await context.newPage();
  await page.goto(`${server.url}/kiosk`);
  return page;
}

test('a teacher keeps the roster, windows, bookings, links and reports from the kiosk', async ({
  browser,
}) => {
  test.setTimeout(120_000);
  // A child asked for a call, and this school wants a teacher to approve such requests.
  const policy = (await server.store.schools.get(school.schoolId))!.policy;
  await server.store.schools.update(school.schoolId, {
    policy: { ...policy, childBookingsNeedApproval: true },
  });
  const requestedAt = server.clock.now + 10 * 60_000;
  const requested = await server.store.bookings.createChecked(
    {
      schoolId: school.schoolId,
      childId: school.childId,
      guardianId: school.guardianId,
      kioskId: null,
      startAt: requestedAt,
      createdBy: { kind: 'child', id: school.childId },
    },
    () => ({ ok: true, endAt: requestedAt + 15 * 60_000, status: 'requested' }),
    server.clock.now,
  );
  expect('id' in requested).toBe(true);

  const context = await browser.newContext({ viewport: SIZE, locale: 'zh-CN', acceptDownloads: true });
  await context.grantPermissions(['clipboard-read', 'clipboard-write'], { origin: server.url });
  const page = await pairedKiosk(context);
  await openTeacherMode(page, { tryWrongPassword: true });

  // Roster: a new child with consent and a picture-PIN, then a guardian.
  await page.getByTestId('child-new').click();
  await page.getByTestId('child-name').fill('小红');
  await page.getByTestId('child-class').fill('三年级一班');
  await page.getByTestId('avatar-cat').click();
  for (const index of [0, 4, 8]) await page.getByTestId(`pin-${index}`).click();
  await page.getByTestId('consent-by').fill('李梅');
  await page.getByTestId('child-save').click();
  const detail = page.getByTestId('child-detail');
  await expect(detail.getByRole('heading', { name: '小红' })).toBeVisible();
  await expect(detail.getByTestId('consent-summary')).toContainText('李梅');
  await expect(page.locator('[data-testid="roster-child"][data-name="小红"]')).not.toContainText(
    '未登记同意',
  );
  await detail.getByTestId('guardian-new').click();
  await detail.getByTestId('relation-father').click();
  await detail.getByTestId('guardian-name').fill('李强');
  await detail.getByTestId('guardian-phone').fill('139 1234 5678');
  await detail.getByTestId('guardian-save').click();
  await expect(detail.getByTestId('guardian-row')).toContainText('李强');
  await expect(detail.getByTestId('guardian-row')).toContainText('13912345678');
  const created = (await server.store.children.list(school.schoolId)).find((c) => c.displayName === '小红')!;
  expect(created).toMatchObject({ className: '三年级一班', avatar: 'cat', hasPin: true });
  await page.getByTestId('child-detail').evaluate((element) => element.scrollIntoView());
  await shot(page, 'roster');

  // Windows: Wednesday mornings, 09:00–10:30, 20-minute calls, two at once.
  await page.getByTestId('teacher-tab-windows').click();
  await page.getByTestId('window-new').click();
  await page.getByTestId('weekday-3').click();
  await page.getByTestId('window-start').fill('9:00');
  await page.getByTestId('window-end').fill('10：30'); // a Chinese input method's colon
  await page.getByTestId('window-slot').fill('20');
  await page.getByTestId('window-capacity').fill('2');
  await page.getByTestId('window-save').click();
  await expect(page.getByTestId('window-row').filter({ hasText: '09:00–10:30' })).toContainText('星期三');
  const windows = await server.store.windows.list(school.schoolId);
  expect(windows.find((w) => w.startMinute === 540)).toMatchObject({
    weekday: 3,
    endMinute: 630,
    slotMinutes: 20,
    capacity: 2,
  });
  await shot(page, 'windows');

  // Bookings: the child's request waits for approval; approving confirms it.
  await page.getByTestId('teacher-tab-bookings').click();
  const thisWeek = weekRange(Date.now(), 'Asia/Shanghai');
  if (requestedAt >= thisWeek.to) await page.getByTestId('week-next').click(); // late on a Sunday
  const row = page.locator('[data-testid="booking-row"][data-status="requested"]');
  await expect(row).toContainText('小明');
  await expect(row).toContainText('孩子自己约的');
  await row.scrollIntoViewIfNeeded();
  await shot(page, 'bookings');
  await row.getByTestId('booking-approve').click();
  await expect(page.locator('[data-testid="booking-row"][data-status="requested"]')).toHaveCount(0);
  expect((await server.store.bookings.get((requested as { id: string }).id))?.status).toBe('confirmed');

  // Parent links: a new link for 小红's father, with a QR code, that opens the parent page.
  await page.getByTestId('teacher-tab-links').click();
  const guardianRow = page.locator('[data-testid="link-guardian"][data-name="李强"]');
  await guardianRow.getByTestId('link-regenerate').click();
  const card = guardianRow.getByTestId('link-card');
  await expect(card.getByTestId('link-qr')).toHaveAttribute('src', /^data:image\/png;base64,/);
  const link = (await card.getByTestId('link-url').textContent())!;
  expect(link).toMatch(new RegExp(`^${server.url}/p/[A-Za-z0-9_-]{16,}$`));
  await card.getByTestId('link-copy').click();
  await expect(card).toContainText('已复制');
  expect(await page.evaluate(() => navigator.clipboard.readText())).toBe(link);
  await card.scrollIntoViewIfNeeded();
  await shot(page, 'links');
  const parent = await browser.newPage({ viewport: { width: 390, height: 844 } });
  await parent.goto(link);
  await expect(parent.getByTestId('child-name')).toHaveText('小红');
  await parent.close();

  // Roster import: one good row, one with an unknown relation, reported by its line.
  await page.getByTestId('teacher-tab-roster').click();
  await page.getByTestId('roster-import-open').click();
  await page.getByTestId('roster-import-file').setInputFiles({
    name: '名单.csv',
    mimeType: 'text/csv',
    buffer: Buffer.from(
      '\uFEFF姓名,班级,监护人,关系,电话,同意日期\r\n' +
        '张伟,四年级二班,张大山,爸爸,13812345678,2024-09-01\r\n' +
        '韩梅梅,四年级二班,韩母,外星人,,\r\n',
    ),
  });
  const report = page.getByTestId('import-report');
  await expect(report).toContainText('导入了 1 个孩子、1 个监护人');
  await expect(report.getByTestId('import-rejected')).toHaveCount(1);
  await expect(report.getByTestId('import-rejected').locator('td').first()).toHaveText('3');
  await expect(report.getByTestId('import-rejected')).toContainText('外星人');
  await expect(page.locator('[data-testid="roster-child"][data-name="张伟"]')).toBeVisible();
  await shot(page, 'import');

  // Reports: the monthly summary as a CSV Excel reads (UTF-8 with a BOM).
  await page.getByTestId('teacher-tab-reports').click();
  await expect(page.getByTestId('report-inactive')).toBeVisible();
  await expect(page.getByTestId('activity-row-with')).toBeVisible(); // calls with an activity vs without
  await shot(page, 'reports');
  const [download] = await Promise.all([
    page.waitForEvent('download'),
    page.getByTestId('csv-monthly').click(),
  ]);
  expect(download.suggestedFilename()).toMatch(/^通话统计-\d{4}-\d{2}\.csv$/);
  const bytes = fs.readFileSync((await download.path())!);
  expect([...bytes.subarray(0, 3)]).toEqual([0xef, 0xbb, 0xbf]);
  expect(bytes.subarray(3).toString('utf8')).toContain('班级,姓名');

  // Settings: this kiosk's server and name.
  await page.getByTestId('teacher-tab-settings').click();
  await expect(page.getByTestId('settings-server')).toHaveText(server.url);
  await expect(page.getByTestId('settings-kiosk-name')).toHaveText('1 号机');
  await shot(page, 'settings');

  // The same screens on a 1920×1080 monitor.
  await page.setViewportSize({ width: 1920, height: 1080 });
  await page.getByTestId('teacher-tab-roster').click();
  await page.locator('[data-testid="roster-child"][data-name="小红"]').click();
  await page.screenshot({ path: path.join(screenshots, 'kiosk-teacher-roster-1920x1080.png') });
  await page.getByTestId('teacher-tab-bookings').click();
  await expect(page.getByTestId('booking-day')).toHaveCount(7);
  await page.screenshot({ path: path.join(screenshots, 'kiosk-teacher-bookings-1920x1080.png') });

  // Back to child mode: teacher mode is gone, and so is the teacher's session on the connection.
  await page.getByTestId('teacher-exit').click();
  await expect(page.getByTestId('teacher-mode')).toHaveCount(0);
  await expect(page.getByTestId('teacher-corner')).toBeAttached();
  await context.close();
});

test('the call log shows this kiosk’s own rows with the children’s names', async ({ browser }) => {
  const start = server.clock.now - 2 * 60 * 60_000;
  const call = logRow(school.childId, school.bookingId, start);
  const context = await browser.newContext({ viewport: SIZE, locale: 'zh-CN' });
  await context.exposeFunction(
    'hhcKioskInvoke',
    kioskMainProcess({ serverUrl: server.url, credential: school.kioskCredential }, [call]),
  );
  const page = await context.newPage();
  await page.goto(`${server.url}/kiosk`);
  await openTeacherMode(page);
  await page.getByTestId('teacher-tab-logs').click();
  const row = page.getByTestId('local-log-row');
  await expect(row).toHaveCount(1);
  await expect(row).toContainText('小明');
  await expect(row).toContainText('妈妈');
  await expect(row).toContainText('挂断');
  await expect(row.locator('td').nth(5)).toHaveText('12');
  await expect(page.getByTestId('server-booking-row').first()).toContainText('小明');
  await shot(page, 'logs');
  await context.close();
});
