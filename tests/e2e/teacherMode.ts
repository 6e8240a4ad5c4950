// Opening teacher mode on a paired kiosk page: press and hold the hidden
// top-left corner (a wait, not a timing assertion), then log in.
import { expect, type BrowserContext, type Page } from '@playwright/test';

export async function pairedKiosk(
  context: BrowserContext,
  server: string,
  kioskCredential: string,
): Promise<Page> {
  await context.addInitScript(
    (pairing) => localStorage.setItem('hhc.kioskPairing', JSON.stringify(pairing)),
    { serverUrl: server, credential: kioskCredential },
  );
  const page = await context.newPage();
  await page.goto(`${server}/kiosk`);
  return page;
}

/** Press and hold the hidden corner until the teacher login shows. */
export async function holdTeacherCorner(page: Page) {
  const corner = page.getByTestId('teacher-corner');
  await expect(corner).toBeAttached();
  const box = (await corner.boundingBox())!;
  await page.mouse.move(box.x + box.width / 2, box.y + box.height / 2);
  await page.mouse.down();
  await page.waitForTimeout(3_200);
  await page.mouse.up();
  await expect(page.getByTestId('teacher-login')).toBeVisible();
}

export async function openTeacherMode(page: Page, teacher: { username: string; password: string }) {
  await holdTeacherCorner(page);
  await page.getByTestId('teacher-username').fill(teacher.username);
  await page.getByTestId('teacher-password').fill(teacher.password);
  await page.getByTestId('teacher-login').click();
  await expect(page.getByTestId('teacher-mode')).toBeVisible();
}
