// Books and drawing on the weak link (150 kbit/s, 5 % loss each way, the
// parent behind it): page turns and strokes still reach the other side from
// each side, and the time from a tap to its appearance on the other screen is
// printed (p50/p95 across the real link; a figure, not a pass/fail).
import { test, expect, type Page } from '@playwright/test';
import { startCallAcross, type CallPages } from './call';
import { openLab, type Lab } from './lab';
import { clearLoss, clearRateLimit, missingPrerequisite, setLoss, setRateLimit } from './netns';
import { summarize } from '../../bench/lib/stats';

const missing = missingPrerequisite();
test.skip(missing !== undefined, `network tests skipped: ${missing}`);

const RATE_KBIT = 150;
const LOSS_PERCENT = 5;
const TURNS = 12;
/** Generous: over a lossy 150 kbit/s link a page turn waits behind video and TCP retransmissions. */
const APPEAR_TIMEOUT_MS = 20_000;

/** Notes (wall clock) when the book on this page shows another page. */
async function watchPages(page: Page): Promise<void> {
  await page.evaluate(() => {
    const w = window as unknown as { __pageSeenAt?: Record<string, number> };
    w.__pageSeenAt = {};
    const observer = new MutationObserver(() => {
      const book = document.querySelector('[data-testid="book"]');
      const shown = book?.getAttribute('data-page');
      if (shown !== null && shown !== undefined && w.__pageSeenAt![shown] === undefined)
        w.__pageSeenAt![shown] = Date.now();
    });
    observer.observe(document.body, { subtree: true, attributes: true, childList: true });
  });
}

async function seenAt(page: Page, pageIndex: number): Promise<number | undefined> {
  return page.evaluate(
    (index) => (window as unknown as { __pageSeenAt?: Record<string, number> }).__pageSeenAt?.[String(index)],
    pageIndex,
  );
}

async function drawLine(page: Page) {
  const box = (await page.getByTestId('canvas').boundingBox())!;
  await page.mouse.move(box.x + box.width * 0.2, box.y + box.height * 0.3);
  await page.mouse.down();
  for (let i = 1; i <= 8; i++)
    await page.mouse.move(box.x + box.width * (0.2 + i * 0.07), box.y + box.height * 0.5);
  await page.mouse.up();
}

test.describe.serial('activities on a weak link', () => {
  let lab: Lab;
  let call: CallPages;

  test.beforeAll(async () => {
    lab = await openLab();
  });

  test.afterAll(async () => {
    await call?.close().catch(() => undefined);
    await lab?.close();
  });

  test(`${RATE_KBIT} kbit/s and ${LOSS_PERCENT} % loss: pages and strokes reach the other side`, async () => {
    call = await startCallAcross(lab.browsers, lab.server.url, lab.school);
    const { kiosk, parent } = call;
    setRateLimit(lab.ns, RATE_KBIT);
    setLoss(lab.ns, LOSS_PERCENT);
    try {
      await kiosk.getByTestId('open-books').click();
      await kiosk.getByTestId('book-little-seed').click();
      await expect(parent.getByTestId('book')).toHaveAttribute('data-book', 'little-seed', {
        timeout: APPEAR_TIMEOUT_MS,
      });

      // Page turns, alternately from each side; measured from the tap to the other screen's page change.
      const delays: number[] = [];
      for (let turn = 1; turn <= TURNS; turn++) {
        const page = turn % 8;
        const [from, to] = turn % 2 === 1 ? [kiosk, parent] : [parent, kiosk];
        await Promise.all([watchPages(from), watchPages(to)]);
        const tappedAt = Date.now();
        // Absolute pages: each turn goes forward one, the eighth back to the start.
        if (page === 0) {
          for (let back = 7; back > 0; back--) await from.getByTestId('page-prev').click();
        } else {
          await from.getByTestId('page-next').click();
        }
        await expect(to.getByTestId('book')).toHaveAttribute('data-page', String(page), {
          timeout: APPEAR_TIMEOUT_MS,
        });
        const appeared = await seenAt(to, page);
        if (appeared !== undefined && page !== 0) delays.push(appeared - tappedAt);
      }

      // A stroke from each side across the weak link.
      await parent.getByTestId('open-draw').click();
      await expect(kiosk.getByTestId('drawing')).toBeVisible({ timeout: APPEAR_TIMEOUT_MS });
      await drawLine(kiosk);
      await expect(parent.getByTestId('canvas')).toHaveAttribute('data-strokes', '1', {
        timeout: APPEAR_TIMEOUT_MS,
      });
      await drawLine(parent);
      await expect(kiosk.getByTestId('canvas')).toHaveAttribute('data-strokes', '2', {
        timeout: APPEAR_TIMEOUT_MS,
      });

      const summary = summarize(delays);
      console.log(
        `[network] activities on ${RATE_KBIT} kbit/s, ${LOSS_PERCENT} % loss: page turn tap → other screen ` +
          `p50 ${summary.median.toFixed(0)} ms, p95 ${summary.p95.toFixed(0)} ms, max ${summary.max.toFixed(0)} ms ` +
          `(n = ${summary.n}, both directions)`,
      );
      expect(summary.n).toBeGreaterThan(0);
    } finally {
      clearLoss(lab.ns);
      clearRateLimit(lab.ns);
    }
  });
});
