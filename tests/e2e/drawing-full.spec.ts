// A drawing that fills up, kiosk (1366×768) and phone (390×844): once the
// shared page has no room left, both screens say so with a picture, no new
// line starts, rubbing one line out makes room again, and clearing (asked
// first) gives both a new page. Two more of the school's kiosks fill the page
// through the real protocol: each connection has its own rate limit.
import { test, expect, type Page } from '@playwright/test';
import { activityLimits, colourIds } from '../../common/activities/limits';
import type { ActivityAction } from '../../common/activities/schema';
import { callClients } from '../support/callClients';
import { pairAnotherKiosk, type SchoolFixture } from '../support/fixtures';
import { connect, request, requestOk } from '../support/socketClient';
import type { TestServer } from '../support/testServer';
import { drawLine } from './drawing';
import { startCall } from './media';
import { screenshot, startPageServer } from './pageServer';

let server: TestServer;
let school: SchoolFixture;

test.beforeAll(async () => {
  ({ server, school } = await startPageServer());
});

test.afterAll(async () => {
  await server?.stop();
});

const canvas = (page: Page) => page.getByTestId('canvas');

/** Rows of small coloured marks from two more kiosks in the call, until the server answers "page full". */
async function fillPage(): Promise<unknown[]> {
  const calls = await callClients(server.url, school);
  try {
    const fillers = await Promise.all(
      [1, 2].map(async () => {
        const kioskCredential = await pairAnotherKiosk(server.store, school.schoolId, server.clock.now);
        return calls.keep(await connect(server.url, { kioskCredential }));
      }),
    );
    for (const filler of fillers) await calls.join(filler, school.bookingId);
    let next = 0;
    const refusals = await Promise.all(
      fillers.map(async (filler) => {
        for (;;) {
          const n = next++;
          const [x, y] = [20 + (n % 20) * 48, 20 + (Math.floor(n / 20) % 15) * 48];
          const mark: ActivityAction = {
            type: 'stroke',
            id: 10_000 + n,
            colour: colourIds[n % colourIds.length]!,
            width: 'thick',
            points: [x, y, x + 16, y + 24, x + 32, y],
          };
          let result = await request(filler, 'activity:act', mark);
          while (!result.ok && result.error.code === 'RATE_LIMITED') {
            await new Promise((resolve) => setTimeout(resolve, 50));
            result = await request(filler, 'activity:act', mark);
          }
          if (!result.ok) return result.error;
        }
      }),
    );
    for (const filler of fillers) await requestOk(filler, 'call:leave', {});
    return refusals;
  } finally {
    calls.closeAll();
  }
}

test('a full page tells both sides, starts no new line, and has room again after an undo or a clear', async ({
  browser,
}) => {
  test.setTimeout(180_000);
  const call = await startCall(browser, server.url, school);
  const { kiosk, parent } = call;
  const full = String(activityLimits.maxStrokes);
  try {
    await kiosk.getByTestId('open-draw').click();
    await expect(parent.getByTestId('drawing')).toBeVisible();
    await drawLine(kiosk, [0.2, 0.3], [0.6, 0.5]);
    await expect(canvas(parent)).toHaveAttribute('data-strokes', '1');
    await expect(parent.getByTestId('page-full')).toHaveCount(0);

    expect(await fillPage()).toEqual([
      expect.objectContaining({ code: 'BAD_REQUEST', reason: 'page-full' }),
      expect.objectContaining({ code: 'BAD_REQUEST', reason: 'page-full' }),
    ]);
    for (const side of [kiosk, parent]) {
      await expect(canvas(side)).toHaveAttribute('data-strokes', full);
      await expect(side.getByTestId('page-full')).toBeVisible();
      await screenshot(side, 'drawing-page-full');
    }

    // A finger on the full page draws nothing, not even the line under it that would vanish.
    const box = (await canvas(kiosk).boundingBox())!;
    await kiosk.mouse.move(box.x + box.width * 0.5, box.y + box.height * 0.9);
    await kiosk.mouse.down();
    await kiosk.mouse.move(box.x + box.width * 0.7, box.y + box.height * 0.95);
    await expect(canvas(kiosk).locator('polyline')).toHaveCount(activityLimits.maxStrokes);
    await kiosk.mouse.up();

    // Rubbing one line out makes room: the notice goes on both sides, and the child draws again.
    await kiosk.getByTestId('undo').click();
    for (const side of [kiosk, parent]) await expect(side.getByTestId('page-full')).toHaveCount(0);
    await drawLine(kiosk, [0.5, 0.85], [0.8, 0.9]);
    for (const side of [kiosk, parent]) await expect(side.getByTestId('page-full')).toBeVisible();

    // Clearing from the notice asks first, then both have a new page.
    await parent.getByTestId('page-full-clear').click();
    await expect(parent.getByTestId('clear-confirm')).toBeVisible();
    await parent.getByTestId('clear-yes').click();
    for (const side of [kiosk, parent]) {
      await expect(canvas(side)).toHaveAttribute('data-strokes', '0');
      await expect(side.getByTestId('page-full')).toHaveCount(0);
    }
    await drawLine(kiosk, [0.2, 0.3], [0.6, 0.5]);
    await expect(canvas(parent)).toHaveAttribute('data-strokes', '1');
  } finally {
    await call.close();
  }
});
