// Books, drawing and talking cards in a real call, kiosk (1366×768) and phone
// (390×844): either side opens and turns the pages, points, draws and sees the
// other's lines, the child keeps a drawing (into the kiosk's real gallery over
// the real IPC handlers), cards go both ways, a parent whose page reloads comes
// back to the same drawing; then all of it again with the call turned to sound only.
import { test, expect, type Page } from '@playwright/test';
import fs from 'node:fs';
import path from 'node:path';
import { startTestServer, type TestServer } from '../support/testServer';
import { seedSchool, type SchoolFixture } from '../support/fixtures';
import { screenshot, staticDir } from './pageServer';
import { defaultLinkOptions } from '../../signaling-server/src/config';
import { startCall } from './media';
import { drawLine } from './drawing';
import { openKioskMain, type KioskMain } from './kioskMain';
import { runAdmin } from '../../signaling-server/src/admin/cli';
import zlib from 'node:zlib';

let server: TestServer;
let school: SchoolFixture;
let kioskMain: KioskMain;

const invoke = (channel: string, input: unknown) => kioskMain.invoke(channel, input);

test.beforeAll(async () => {
  // The link guard is on (sound only is forced at the end) but never brings video back by itself meanwhile.
  if (!defaultLinkOptions) throw new Error('the link guard is on by default');
  server = await startTestServer({ staticDir, link: { ...defaultLinkOptions, videoReturnAfterMs: 300_000 } });
  school = await seedSchool(server.store, server.clock.now);
  kioskMain = await openKioskMain(server.url, school.kioskCredential, 'activities');
  const dataDir = kioskMain.dataDir;
  // A teacher's own book from a folder of pictures.
  const pages = path.join(dataDir, 'our-book');
  fs.mkdirSync(pages);
  fs.writeFileSync(path.join(pages, '1.png'), png(160, 120, [255, 200, 80]));
  fs.writeFileSync(path.join(pages, '2.png'), png(160, 120, [120, 200, 255]));
  const added = await runAdmin(
    server.store,
    ['book-add', school.schoolId, pages, '我们的学校'],
    () => undefined,
    server.url,
  );
  expect(added).toBe(0);
});

/** A small PNG of one colour with a darker band: a teacher's scanned page stands in. */
function png(width: number, height: number, rgb: [number, number, number]): Buffer {
  const chunk = (type: string, data: Buffer) => {
    const body = Buffer.concat([Buffer.from(type, 'latin1'), data]);
    const out = Buffer.alloc(body.length + 8);
    out.writeUInt32BE(data.length, 0);
    body.copy(out, 4);
    out.writeUInt32BE(zlib.crc32(body), body.length + 4);
    return out;
  };
  const header = Buffer.alloc(13);
  header.writeUInt32BE(width, 0);
  header.writeUInt32BE(height, 4);
  header.set([8, 2, 0, 0, 0], 8); // 8-bit RGB
  const rows = Buffer.alloc((width * 3 + 1) * height);
  for (let y = 0; y < height; y++)
    for (let x = 0; x < width; x++) {
      const shade = y > height / 3 && y < (2 * height) / 3 ? 0.6 : 1;
      rows.set(
        rgb.map((c) => Math.round(c * shade)),
        y * (width * 3 + 1) + 1 + x * 3,
      );
    }
  return Buffer.concat([
    Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a]),
    chunk('IHDR', header),
    chunk('IDAT', zlib.deflateSync(rows)),
    chunk('IEND', Buffer.alloc(0)),
  ]);
}

test.afterAll(async () => {
  kioskMain?.close();
  await server?.stop();
});

const shot = (page: Page, name: string) => screenshot(page, `activities-${name}`);

const page = (p: Page) => p.getByTestId('book');
const strokes = (p: Page) => p.getByTestId('canvas');

/** Page turns from each side, a finger from each side, a line drawn on each side. */
async function readAndDraw(kiosk: Page, parent: Page, label: string) {
  await kiosk.getByTestId('open-books').click();
  if (label) {
    // The book read before comes back at the page where both left it; back to the shelf from the phone.
    await expect(page(parent)).toHaveAttribute('data-page', '2');
    await parent.getByTestId('book-close').click();
  }
  await expect(parent.getByTestId('shelf')).toBeVisible();
  await kiosk.getByTestId('book-same-moon').click();
  await expect(page(parent)).toHaveAttribute('data-book', 'same-moon');
  await expect(page(parent)).toHaveAttribute('data-page', '0');
  await parent.getByTestId('page-next').click();
  await expect(page(kiosk)).toHaveAttribute('data-page', '1');
  await kiosk.getByTestId('page-next').click();
  await expect(page(parent)).toHaveAttribute('data-page', '2');
  await kiosk.getByTestId('book-picture').click({ position: { x: 120, y: 90 } });
  await expect(parent.getByTestId('finger')).toHaveAttribute('data-by', 'kiosk');
  await parent.getByTestId('book-picture').click({ position: { x: 200, y: 100 } });
  await expect(kiosk.getByTestId('finger')).toHaveAttribute('data-by', 'parent');
  await shot(kiosk, `${label}book`);
  await shot(parent, `${label}book`);

  await parent.getByTestId('open-draw').click();
  await expect(kiosk.getByTestId('drawing')).toBeVisible();
  const before = Number(await strokes(kiosk).getAttribute('data-strokes'));
  await drawLine(kiosk, [0.2, 0.3], [0.6, 0.5]);
  await expect(strokes(parent)).toHaveAttribute('data-strokes', String(before + 1));
  await parent.getByTestId('colour-red').click();
  await drawLine(parent, [0.3, 0.7], [0.8, 0.6]);
  await expect(strokes(kiosk)).toHaveAttribute('data-strokes', String(before + 2));
  await expect(strokes(parent).locator('polyline')).toHaveCount(before + 2);
}

test('a child and a parent read, point, draw, keep the drawing and use talking cards, also in sound only', async ({
  browser,
}) => {
  test.setTimeout(240_000);

  // The parent waits alone first: the waiting room shows one tip.
  const waitingContext = await browser.newContext({ viewport: { width: 390, height: 844 }, hasTouch: true });
  const waiting = await waitingContext.newPage();
  await waiting.goto(`${server.url}/p/${school.guardianToken}`);
  await waiting.getByTestId('open-call').click();
  await waiting.getByTestId('devices-ready').click();
  await expect(waiting.getByTestId('waiting-tip')).toContainText('小提示');
  await shot(waiting, 'waiting-tip');
  await waitingContext.close();

  const call = await startCall(browser, server.url, school, {
    prepareKiosk: (context) => kioskMain.expose(context),
  });
  const { kiosk, parent } = call;
  try {
    await expect(kiosk.getByTestId('open-books')).toBeVisible();
    await expect(parent.getByTestId('open-books')).toBeVisible();
    await shot(kiosk, 'launcher');
    await shot(parent, 'launcher');
    await kiosk.getByTestId('open-books').click();
    await expect(parent.getByTestId('shelf')).toBeVisible();
    await shot(kiosk, 'shelf');
    await shot(parent, 'shelf');
    // The school's own book: the teacher's pictures on both screens.
    await parent.locator('[data-testid^="book-school-"]').click();
    await expect(kiosk.getByTestId('school-book-page')).toBeVisible();
    await kiosk.getByTestId('page-next').click();
    await expect(page(parent)).toHaveAttribute('data-page', '1');
    await expect
      .poll(() =>
        parent.getByTestId('school-book-page').evaluate((img) => (img as HTMLImageElement).naturalWidth),
      )
      .toBe(160);
    await shot(kiosk, 'school-book');
    await kiosk.getByTestId('book-close').click();
    await kiosk.getByTestId('activity-close').click();
    await expect(parent.getByTestId('shelf')).toHaveCount(0);

    await readAndDraw(kiosk, parent, '');
    await shot(kiosk, 'drawing');
    await shot(parent, 'drawing');

    // Undo takes back only one's own line; clear asks first.
    await parent.getByTestId('undo').click();
    await expect(strokes(kiosk)).toHaveAttribute('data-strokes', '1');
    await parent.getByTestId('clear').click();
    await expect(parent.getByTestId('clear-confirm')).toBeVisible();
    await parent.getByTestId('clear-no').click();
    await expect(strokes(kiosk)).toHaveAttribute('data-strokes', '1');

    // The child keeps the drawing: it lands in the kiosk's gallery; the parent can save it too.
    await kiosk.getByTestId('keep-drawing').click();
    await expect(kiosk.getByTestId('keep-drawing')).toHaveAttribute('data-kept', 'true');
    const gallery = await invoke('gallery:list', { childId: school.childId });
    expect(gallery.ok && gallery.value).toHaveLength(1);
    const href = await parent.getByTestId('download-drawing').getAttribute('href');
    expect(decodeURIComponent(href!)).toContain('<polyline');

    // The parent's phone reloads (a WeChat page dropped): back in the call, the same drawing is there.
    await parent.reload();
    await parent.getByTestId('open-call').click();
    await parent.getByTestId('devices-ready').click();
    await expect(parent.getByTestId('canvas')).toHaveAttribute('data-strokes', '1', { timeout: 30_000 });
    await expect(parent.getByTestId('canvas').locator('polyline')).toHaveCount(1);

    // A colouring page.
    await kiosk.getByTestId('background-fish').click();
    await expect(strokes(parent)).toHaveAttribute('data-strokes', '0');
    await expect(parent.getByTestId('background-fish')).toHaveAttribute('aria-pressed', 'true');
    await kiosk.getByTestId('activity-close').click();

    // Talking cards: the child shows one, the parent sees it with a hint; the parent's prompts.
    await kiosk.getByTestId('open-cards').click();
    await shot(kiosk, 'cards');
    await kiosk.getByTestId('card-friends').click();
    await expect(parent.getByTestId('card-shown')).toHaveAttribute('data-card', 'friends');
    await shot(parent, 'card-shown');
    await parent.getByTestId('card-dismiss').click();
    await parent.getByTestId('open-cards').click();
    await expect(parent.getByTestId('prompt')).toHaveAttribute('data-index', '0');
    await parent.getByTestId('next-prompt').click();
    await expect(parent.getByTestId('prompt')).toHaveAttribute('data-index', '1');
    await shot(parent, 'prompt');
    await parent.getByTestId('prompt-close').click();

    // Sound only: the server holds the video back; the activities carry on.
    const room = server.rooms.get(school.bookingId)!;
    const guard = [...room.peers.values()].find((peer) => peer.role === 'parent')!.linkGuard!;
    for (let i = 0; i < 3; i++)
      guard.observe({ atMs: Date.now() + i, estimateKbps: 80, videoFlowing: true, audioScore: 10 });
    await expect(parent.getByTestId('link-notice')).toBeVisible();
    await expect(kiosk.getByTestId('call-overlay')).toHaveAttribute('data-sound-only', 'true');
    await readAndDraw(kiosk, parent, 'sound-only-');

    // The teachers' view of it: the server knows which activities this call used.
    expect(server.rooms.activities.summary(school.bookingId).used.sort()).toEqual(['book', 'cards', 'draw']);
    // And so does the kiosk's own call log, beside the call's length.
    await expect
      .poll(async () => {
        const recent = await invoke('calls:recent', {});
        return recent.ok
          ? [...((recent.value as Array<{ activities?: string[] }>)[0]?.activities ?? [])].sort()
          : [];
      })
      .toEqual(['book', 'cards', 'draw']);

    // Later, on the same kiosk: the child logs in and finds the kept drawing in "my drawings".
    const home = await call.kioskContext.newPage();
    await home.goto(`${server.url}/kiosk`);
    await home.getByTestId('child-tile').filter({ hasText: '小明' }).click();
    for (const digit of school.pin) await home.getByTestId(`pin-${digit}`).click();
    await expect(home.getByTestId('my-drawings')).toBeVisible();
    await shot(home, 'home');
    await home.getByTestId('my-drawings').click();
    await expect(home.getByTestId('gallery-drawing')).toHaveCount(1);
    await shot(home, 'gallery');
    await home.getByTestId('gallery-close').click();
    await expect(home.getByTestId('gallery')).toHaveCount(0);
  } finally {
    await call.close();
  }
});
