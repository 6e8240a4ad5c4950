// Drawing on the call's shared canvas from a test, the way a person does.
import type { Page } from '@playwright/test';

/** Draws a short zigzag across the canvas with the mouse (a finger on the phone works the same way). */
export async function drawLine(page: Page, from: [number, number], to: [number, number]) {
  const box = (await page.getByTestId('canvas').boundingBox())!;
  const at = (fx: number, fy: number) => [box.x + box.width * fx, box.y + box.height * fy] as const;
  await page.mouse.move(...at(...from));
  await page.mouse.down();
  for (let i = 1; i <= 10; i++) {
    const fx = from[0] + ((to[0] - from[0]) * i) / 10;
    const fy = from[1] + ((to[1] - from[1]) * i) / 10 + (i % 2 ? 0.03 : -0.03);
    await page.mouse.move(...at(fx, fy));
  }
  await page.mouse.up();
}
