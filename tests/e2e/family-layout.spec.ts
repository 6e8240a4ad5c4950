// The call screen with one, two and three other people, at the kiosk's
// 1366×768 and on a phone upright (390×844) and sideways (844×390): each
// person gets a tile with their name, large enough to see their face; a
// person without video shows a calm picture; the speaking mark follows whoever
// talks. The page (renderer/layout-test.html) renders the real CallScreen
// with canvas videos and WebAudio tones instead of a call, served by Vite's
// dev server; the three-person call itself is in family-call.spec.ts.
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { expect, test, type Page } from '@playwright/test';
import { createServer, type ViteDevServer } from 'vite';

declare global {
  interface Window {
    layoutSpeak?: (id: string | undefined) => void;
  }
}

const root = fileURLToPath(new URL('../../renderer/', import.meta.url));
const screenshots = fileURLToPath(new URL('../screenshots/family-screens/', import.meta.url));
let vite: ViteDevServer;
let base: string;

test.beforeAll(async () => {
  vite = await createServer({
    root,
    configFile: false,
    logLevel: 'error',
    server: { host: '127.0.0.1', port: 0, fs: { allow: [path.join(root, '..')] } },
    optimizeDeps: { entries: ['layout-test.html'] },
  });
  await vite.listen();
  const address = vite.httpServer?.address();
  if (!address || typeof address === 'string') throw new Error('vite did not listen');
  base = `http://127.0.0.1:${address.port}/layout-test.html`;
});

test.afterAll(async () => {
  await vite?.close();
});

const screens = [
  { name: 'kiosk', width: 1366, height: 768 },
  { name: 'phone', width: 390, height: 844 },
  { name: 'phone-sideways', width: 844, height: 390 },
] as const;

async function open(page: Page, query: string): Promise<void> {
  await page.goto(`${base}?${query}`);
  await expect(page.getByTestId('people')).toBeVisible({ timeout: 30_000 });
}

/** Every tile's box, to check the faces share the screen and none is squeezed. */
async function tileBoxes(page: Page) {
  return page.getByTestId('person').evaluateAll((tiles) =>
    tiles.map((tile) => {
      const box = tile.getBoundingClientRect();
      return { width: box.width, height: box.height, peerId: tile.getAttribute('data-peer-id') };
    }),
  );
}

for (const screen of screens) {
  test.describe(`${screen.name} ${screen.width}×${screen.height}`, () => {
    test.use({ viewport: { width: screen.width, height: screen.height } });

    for (const others of [1, 2, 3]) {
      test(`${others} other${others > 1 ? 's' : ''}: a named tile each, and the speaking mark follows who talks`, async ({
        page,
      }) => {
        await open(page, `others=${others}`);
        const tiles = page.getByTestId('person');
        await expect(tiles).toHaveCount(others);
        await expect(page.getByTestId('remote-video')).toHaveCount(others);
        await expect(page.getByTestId('people')).toHaveAttribute(
          'data-layout',
          others === 1 ? 'one' : others === 2 ? 'two' : 'grid',
        );
        const boxes = await tileBoxes(page);
        const area = screen.width * screen.height;
        for (const box of boxes) {
          // Each face gets at least a sixth of the screen (a quarter in a 2×2 grid, less the buttons' strip)
          // and is never a sliver.
          expect(box.width * box.height).toBeGreaterThan(area / 6);
          expect(Math.min(box.width, box.height)).toBeGreaterThan(140);
        }
        if (others > 1) {
          await expect(page.getByTestId('person-name')).toHaveText(['妈妈', '爸爸', '小红'].slice(0, others));
        }
        // With three others you are the fourth tile; otherwise small on top.
        await expect(page.getByTestId('self-tile')).toHaveCount(1);
        if (others === 3) await expect(page.locator('.people [data-testid="self-tile"]')).toHaveCount(1);

        // Mum talks: her tile is ringed, nobody else's.
        await page.evaluate(() => window.layoutSpeak?.('mum'));
        const mum = page.locator('[data-testid="person"][data-peer-id="mum"]');
        await expect(mum).toHaveAttribute('data-speaking', 'true');
        await expect(page.locator('[data-speaking="true"]')).toHaveCount(1);
        await page.screenshot({
          path: path.join(screenshots, `layout-${screen.name}-${others}-mum-speaks.png`),
        });

        // Then the next person (or you): the mark moves, after a short quiet for mum.
        const next = others > 1 ? 'dad' : 'self';
        await page.evaluate((id) => window.layoutSpeak?.(id), next);
        await expect(page.locator(`[data-speaking][data-peer-id="${next}"]`)).toHaveAttribute(
          'data-speaking',
          'true',
        );
        await expect(mum).toHaveAttribute('data-speaking', 'false');
        await expect(page.locator('[data-speaking="true"]')).toHaveCount(1);
        await page.screenshot({
          path: path.join(screenshots, `layout-${screen.name}-${others}-${next}-speaks.png`),
        });

        // Silence: no mark at all.
        await page.evaluate(() => window.layoutSpeak?.(undefined));
        await expect(page.locator('[data-speaking="true"]')).toHaveCount(0);
      });
    }

    test('sound only and camera off show a calm picture with the name, not a frozen face', async ({
      page,
    }) => {
      await open(page, 'others=3&weak=dad&cameraOff=sister');
      await expect(page.getByTestId('remote-video')).toHaveCount(1);
      const dad = page.locator('[data-testid="person"][data-peer-id="dad"]');
      await expect(dad.getByTestId('person-calm')).toContainText('只有声音');
      await expect(page.locator('[data-peer-id="sister"]').getByTestId('person-calm')).toContainText(
        '摄像头关着',
      );
      // Their voices still play (one sound element each), whatever their picture does.
      await expect(page.getByTestId('remote-audio')).toHaveCount(3);
      // The tiles say it; no banner over the faces.
      await expect(page.getByTestId('link-notice')).toHaveCount(0);
      await page.screenshot({ path: path.join(screenshots, `layout-${screen.name}-quiet-tiles.png`) });
    });

    test('waiting for dad while mum is in, and reconnecting with three', async ({ page }) => {
      await open(page, 'others=1&expect=mum&expect=dad');
      await expect(page.getByTestId('still-coming')).toHaveText('爸爸马上就来');
      await page.screenshot({ path: path.join(screenshots, `layout-${screen.name}-dad-coming.png`) });
      await open(page, 'others=3&state=reconnecting');
      await expect(page.getByTestId('remote-video')).toHaveCount(0);
      await expect(page.getByTestId('person-calm')).toHaveCount(3);
      await expect(page.getByTestId('call-status')).toHaveText('网络不好，正在重新连接…');
      await page.screenshot({ path: path.join(screenshots, `layout-${screen.name}-reconnecting.png`) });
    });

    test('an activity open: everyone else small beside it', async ({ page }) => {
      await open(page, 'others=3&activity=1');
      for (const box of await tileBoxes(page)) expect(box.width).toBeLessThan(screen.width / 2);
      await page.screenshot({ path: path.join(screenshots, `layout-${screen.name}-activity.png`) });
    });
  });
}
