// Voice messages end to end in Chromium with its fake microphone (a beeping
// tone): a child at the kiosk records a message, listens and sends it; the
// parent's phone page shows it with the child's picture, plays it and answers;
// at the next login the child's home card has the answer with a big play
// button. The server stores what MediaRecorder really made and measures it.
import { test, expect, type Page } from '@playwright/test';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { startTestServer, type TestServer } from '../support/testServer';
import { seedSchool, type SchoolFixture } from '../support/fixtures';

const here = path.dirname(fileURLToPath(import.meta.url));
const staticDir = path.resolve(here, '../../renderer/dist');
const screenshots = path.resolve(here, '../screenshots');

let server: TestServer;
let school: SchoolFixture;
let tick: ReturnType<typeof setInterval>;

test.beforeAll(async () => {
  server = await startTestServer({ staticDir });
  server.clock.now = Date.now();
  tick = setInterval(() => (server.clock.now = Date.now()), 200);
  school = await seedSchool(server.store, server.clock.now);
  await server.store.messages.setConsent(school.guardianId, { date: '2030-06-01', recordedBy: 'teacher' });
});

test.afterAll(async () => {
  clearInterval(tick);
  await server?.stop();
});

const shot = (page: Page, name: string, size: string) =>
  page.screenshot({ path: path.join(screenshots, `voice-${name}-${size}.png`) });

async function childLogin(kiosk: Page) {
  await kiosk.getByTestId('child-tile').filter({ hasText: '小明' }).click();
  for (const digit of school.pin) await kiosk.getByTestId(`pin-${digit}`).click();
  await expect(kiosk.getByTestId('child-home')).toBeVisible();
}

async function record(page: Page, seconds: number) {
  await page.getByTestId('voice-record').click();
  await expect(page.getByTestId('voice-recording')).toBeVisible();
  // Recorded time, not a timing assertion: the server measures what the recorder wrote.
  await page.waitForTimeout(seconds * 1000);
}

test('a child records, the parent plays it and answers, the child hears the answer at next login', async ({
  browser,
}) => {
  test.setTimeout(120_000);
  const kioskContext = await browser.newContext({ viewport: { width: 1366, height: 768 } });
  await kioskContext.addInitScript(
    (pairing) => localStorage.setItem('hhc.kioskPairing', JSON.stringify(pairing)),
    { serverUrl: server.url, credential: school.kioskCredential },
  );
  const kiosk = await kioskContext.newPage();
  await kiosk.goto(`${server.url}/kiosk`);
  await childLogin(kiosk);

  // The child leaves a message: big record button, a ring counting down, listen, send.
  await kiosk.getByTestId('leave-message').click();
  await shot(kiosk, 'kiosk-record', '1366x768');
  await record(kiosk, 3);
  await expect(kiosk.getByTestId('voice-ring')).toBeVisible();
  await shot(kiosk, 'kiosk-recording', '1366x768');
  await kiosk.getByTestId('voice-stop').click();
  await expect(kiosk.getByTestId('voice-recorded')).toBeVisible();
  await shot(kiosk, 'kiosk-recorded', '1366x768');
  await kiosk.getByTestId('voice-send').click();
  await expect(kiosk.getByTestId('voice-sent')).toBeVisible();
  const [sent] = await server.store.messages.listForChild(school.childId);
  expect(sent).toMatchObject({ sender: 'child', guardianId: null, mime: 'audio/webm' });
  expect(sent!.durationMs).toBeGreaterThan(2_000);
  expect(sent!.durationMs).toBeLessThan(10_000);
  await kiosk.getByTestId('logout').click();

  // The parent's phone: the child's message with the child's picture and a play button.
  const phoneContext = await browser.newContext({
    viewport: { width: 390, height: 844 },
    isMobile: true,
    hasTouch: true,
  });
  const phone = await phoneContext.newPage();
  await phone.goto(`${server.url}/p/${school.guardianToken}`);
  await expect(phone.getByTestId('child-message')).toHaveCount(1);
  await shot(phone, 'parent-message', '390x844');
  await phone.getByTestId('play-child-message').click();
  await expect.poll(async () => (await server.store.messages.get(sent!.id))?.heardAt ?? null).not.toBeNull();

  // The answer: a few words (three seconds of the fake microphone).
  await record(phone, 3);
  await shot(phone, 'parent-recording', '390x844');
  await phone.getByTestId('voice-stop').click();
  await phone.getByTestId('voice-send').click();
  await expect(phone.getByTestId('voice-sent')).toBeVisible();
  await shot(phone, 'parent-sent', '390x844');
  const answer = (await server.store.messages.listForChild(school.childId)).find(
    (m) => m.sender === 'guardian',
  );
  expect(answer).toMatchObject({ guardianId: school.guardianId, heardAt: null });

  // Next login: the home card shows mum's message with a big play button.
  await childLogin(kiosk);
  await expect(kiosk.getByTestId('family-message')).toHaveAttribute('data-heard', 'false');
  await shot(kiosk, 'kiosk-home-answer', '1366x768');
  await kiosk.getByTestId('play-family-message').click();
  await expect
    .poll(async () => (await server.store.messages.get(answer!.id))?.heardAt ?? null)
    .not.toBeNull();

  await phoneContext.close();
  await kioskContext.close();
});
