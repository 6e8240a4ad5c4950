// Screen position → the shared 1000-wide grid (common/activities/schema.ts),
// so a spot means the same place on a phone and on a kiosk screen.
import { GRID } from '@hhc/common/activities/limits';

export function gridPoint(
  event: { clientX: number; clientY: number; currentTarget: Element },
  height: number,
): { x: number; y: number } {
  const box = event.currentTarget.getBoundingClientRect();
  const clamp = (value: number, max: number) => Math.max(0, Math.min(max, Math.round(value)));
  return {
    x: clamp(((event.clientX - box.left) / Math.max(1, box.width)) * GRID, GRID),
    y: clamp(((event.clientY - box.top) / Math.max(1, box.height)) * height, height),
  };
}
