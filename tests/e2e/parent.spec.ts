// The parent's page on phone-sized screens: the link page with the calls,
// asking for a time, the waiting room that knows the school computer is
// there, portrait and landscape, and every kind of bad link getting the same
// kind message and nothing else.
import { test, expect, type Browser } from '@playwright/test';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { startTestServer, type TestServer } from '../support/testServer';
import { seedSchool, type SchoolFixture } from '../support/fixtures';
import { hashToken, randomToken } from '../../signaling-server/src/auth/secrets';

const here = path.dirname(fileURLToPath(import.meta.url));
const staticDir = path.resolve(here, '../../renderer/dist');
const screenshots = path.resolve(here, '../screenshots');
const INVALID = '这个链接已经失效了。请向老师要一个新的链接。';

let server: TestServer;
let school: SchoolFixture;

test.beforeAll(async () => {
  server = await startTestServer({ staticDir });
  school = await seedSchool(server.store, server.clock.now);
});

test.afterAll(async () => {
  await server?.stop();
});

const phones = [
  { name: '390x844', viewport: { width: 390, height: 844 } },
  { name: '360x640', viewport: { width: 360, height: 640 } },
];

async function phone(browser: Browser, viewport: { width: number; height: number }) {
  // A WeChat-like Android phone: touch, mobile layout, WeChat's user agent.
  return browser.newContext({
    viewport,
    isMobile: true,
    hasTouch: true,
    userAgent:
      'Mozilla/5.0 (Linux; Android 12; Redmi Note 11) AppleWebKit/537.36 (KHTML, like Gecko) Chrome/120.0 Mobile Safari/537.36 MicroMessenger/8.0.47',
  });
}

for (const { name, viewport } of phones) {
  test(`the link page shows the child and the calls at ${name}`, async ({ browser }) => {
    const context = await phone(browser, viewport);
    const page = await context.newPage();
    await page.goto(`${server.url}/p/${school.guardianToken}`);
    await expect(page.getByTestId('child-name')).toHaveText('小明');
    await expect(page.getByTestId('call-item')).toHaveCount(1);
    await expect(page.getByText('加到手机日历')).toBeVisible();
    await page.screenshot({ path: path.join(screenshots, `parent-link-${name}.png`), fullPage: true });
    await context.close();
  });
}

test('the link page is readable with scripts blocked, and the script takes it over', async ({ browser }) => {
  // Some in-app browsers and data-saver modes run no scripts: the first screen comes as HTML.
  const blocked = await browser.newContext({
    viewport: { width: 390, height: 844 },
    javaScriptEnabled: false,
  });
  const page = await blocked.newPage();
  await page.goto(`${server.url}/p/${school.guardianToken}`);
  await expect(page.getByTestId('child-name')).toHaveText('小明');
  await expect(page.getByTestId('call-item')).toHaveCount(1);
  await expect(page.locator('.page__avatar')).toBeVisible();
  await expect(page.getByRole('link', { name: '加到手机日历' })).toHaveAttribute(
    'href',
    `/p/${school.guardianToken}/calls/${school.bookingId}.ics`,
  );
  // (Playwright turns scripts off without the parser's "scripting disabled" flag, so a <noscript>
  // stays hidden here; a browser with scripts really off shows it. Its presence is checked.)
  expect(await page.locator('noscript').innerHTML()).toContain('视频通话需要网页运行脚本');
  await page.screenshot({
    path: path.join(screenshots, 'parent-link-no-script-390x844.png'),
    fullPage: true,
  });
  await blocked.close();

  // With scripts, the same screen, and its join button works.
  const context = await phone(browser, { width: 390, height: 844 });
  const live = await context.newPage();
  await live.goto(`${server.url}/p/${school.guardianToken}`);
  await expect(live.getByTestId('open-call')).toBeEnabled();
  await expect(live.getByText('视频通话需要网页运行脚本')).toHaveCount(0);
  await context.close();
});

test('a parent abroad sees the call in the school’s time and in the phone’s', async ({ browser }) => {
  const context = await browser.newContext({
    viewport: { width: 390, height: 844 },
    timezoneId: 'Asia/Dubai',
  });
  const page = await context.newPage();
  await page.goto(`${server.url}/p/${school.guardianToken}`);
  await expect(page.getByTestId('phone-time')).toContainText('你那里是');
  const shanghai = await page.locator('.calls__time').first().textContent();
  const dubai = await page.getByTestId('phone-time').first().textContent();
  // Four hours apart: the two clock times differ.
  expect(shanghai?.slice(-5)).not.toBe(dubai?.slice(-5));
  await context.close();
});

test('a parent asks for a time and sees it wait for the teacher', async ({ browser }) => {
  const context = await phone(browser, { width: 390, height: 844 });
  const page = await context.newPage();
  await page.goto(`${server.url}/p/${school.guardianToken}`);
  await page.getByTestId('request-open').click();
  await expect(page.getByTestId('request-slot-time').first()).toBeVisible();
  await page.screenshot({ path: path.join(screenshots, 'parent-request-390x844.png'), fullPage: true });
  await page.getByTestId('request-slot-time').first().click();
  await expect(page.getByTestId('request-message')).toHaveText('已经发给老师了，请等老师确认。');
  await expect(page.getByText('等老师确认').first()).toBeVisible();
  const requested = await server.store.bookings.list({
    guardianId: school.guardianId,
    statuses: ['requested'],
  });
  expect(requested).toHaveLength(1);
  expect(requested[0]!.createdBy.kind).toBe('guardian');
  await context.close();
});

test('the waiting room says the school computer is ready, in portrait and landscape', async ({ browser }) => {
  const kioskContext = await browser.newContext({ viewport: { width: 1366, height: 768 } });
  await kioskContext.addInitScript(
    (pairing) => localStorage.setItem('hhc.kioskPairing', JSON.stringify(pairing)),
    { serverUrl: server.url, credential: school.kioskCredential },
  );
  const kiosk = await kioskContext.newPage();
  await kiosk.goto(`${server.url}/kiosk`);
  await expect(kiosk.getByTestId('child-tile').first()).toBeVisible();

  const context = await phone(browser, { width: 390, height: 844 });
  const page = await context.newPage();
  await page.goto(`${server.url}/p/${school.guardianToken}`);
  await page.getByTestId('open-call').click();
  await page.getByTestId('devices-ready').click();
  await expect(page.getByTestId('call-status')).toHaveText('小明马上就来');
  await expect(page.getByTestId('kiosk-online')).toHaveText('学校的电脑已经准备好了');
  await page.screenshot({ path: path.join(screenshots, 'parent-waiting-room-390x844.png') });
  await page.setViewportSize({ width: 844, height: 390 });
  await page.screenshot({ path: path.join(screenshots, 'parent-waiting-room-844x390.png') });
  await page.getByTestId('leave').click();
  await context.close();
  await kioskContext.close();
});

test('every bad link gets the same kind message and no data', async ({ browser }) => {
  const context = await phone(browser, { width: 390, height: 844 });
  const page = await context.newPage();
  const expectInvalid = async (url: string) => {
    await page.goto(url);
    await expect(page.getByTestId('invalid-link')).toHaveText(INVALID);
    await expect(page.getByText('小明')).toHaveCount(0);
  };
  // Malformed (too short to be a token) and well-formed but unknown.
  await expectInvalid(`${server.url}/p/abc`);
  await expectInvalid(`${server.url}/p/${randomToken()}`);
  await page.screenshot({ path: path.join(screenshots, 'parent-invalid-link-390x844.png') });

  // Revoked, and "expired": the child has left the school (archived).
  const other = await seedSchool(server.store, server.clock.now, '另一所小学');
  await server.store.guardians.revokeLink(other.guardianId, server.clock.now);
  await expectInvalid(`${server.url}/p/${other.guardianToken}`);
  const leaving = await seedSchool(server.store, server.clock.now, '第三小学');
  await server.store.children.update(leaving.childId, { archived: true });
  await expectInvalid(`${server.url}/p/${leaving.guardianToken}`);

  // Another school's family: their link shows their own child, never ours, and
  // cannot fetch our calendar entry.
  const neighbour = await seedSchool(server.store, server.clock.now, '邻校');
  await server.store.children.update(neighbour.childId, { displayName: '小华' });
  await page.goto(`${server.url}/p/${neighbour.guardianToken}`);
  await expect(page.getByTestId('child-name')).toHaveText('小华');
  const ics = await page.request.get(
    `${server.url}/p/${neighbour.guardianToken}/calls/${school.bookingId}.ics`,
  );
  expect(ics.status()).toBe(404);
  expect(await ics.text()).not.toContain('小明');

  // A token of the right shape whose guardian was deleted behaves like any other bad link.
  const token = randomToken();
  await server.store.guardians.setLink(neighbour.guardianId, hashToken(token), server.clock.now);
  await server.store.guardians.delete(neighbour.guardianId);
  await expectInvalid(`${server.url}/p/${token}`);
  await context.close();
});
