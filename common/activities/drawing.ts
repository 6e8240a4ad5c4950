// How a shared drawing looks: its colours, line widths and colouring pages,
// and the drawing as an SVG file (for the child's gallery on the kiosk and the
// parent's download). Only lines and the shipped outlines: never a photo.
import type { Background, Colour, StrokeWidth } from './schema';
import type { Stroke } from './state';

/** The canvas is 4:3, on the 1000-wide grid. */
export const CANVAS_WIDTH = 1000;
export const CANVAS_HEIGHT = 750;

export const colourHex: Record<Colour, string> = {
  red: '#e53935',
  orange: '#fb8c00',
  yellow: '#fdd835',
  green: '#43a047',
  blue: '#1e88e5',
  black: '#212121',
};

export const strokeWidthUnits: Record<StrokeWidth, number> = { thin: 8, thick: 26 };

/** Outlines to colour in, as SVG path data on the canvas grid. */
export const colouringOutlines: Record<Exclude<Background, 'blank'>, string[]> = {
  house: [
    'M300 650 L300 380 L700 380 L700 650 Z',
    'M250 390 L500 170 L750 390 Z',
    'M450 650 L450 500 L550 500 L550 650 Z',
    'M340 430 L420 430 L420 500 L340 500 Z',
    'M580 430 L660 430 L660 500 L580 500 Z',
    'M80 700 L920 700',
    'M860 130 m-60 0 a60 60 0 1 0 120 0 a60 60 0 1 0 -120 0',
  ],
  fish: [
    'M200 375 C300 180 600 180 700 375 C600 570 300 570 200 375 Z',
    'M700 375 L860 250 L860 500 Z',
    'M310 340 m-25 0 a25 25 0 1 0 50 0 a25 25 0 1 0 -50 0',
    'M430 260 C470 330 470 420 430 490',
    'M540 260 C580 330 580 420 540 490',
    'M120 620 m-30 0 a30 30 0 1 0 60 0 a30 30 0 1 0 -60 0',
    'M180 560 m-18 0 a18 18 0 1 0 36 0 a18 18 0 1 0 -36 0',
  ],
  flower: [
    'M500 330 m-70 0 a70 70 0 1 0 140 0 a70 70 0 1 0 -140 0',
    'M500 260 C430 120 570 120 500 260',
    'M570 330 C710 260 710 400 570 330',
    'M500 400 C570 540 430 540 500 400',
    'M430 330 C290 400 290 260 430 330',
    'M500 400 L500 700',
    'M500 580 C580 520 660 560 700 520 C640 620 560 620 500 600',
    'M80 700 L920 700',
  ],
};

/** Points as an SVG polyline's `points` attribute. */
export function pointsAttribute(points: readonly number[]): string {
  const pairs: string[] = [];
  for (let i = 0; i + 1 < points.length; i += 2) pairs.push(`${points[i]},${points[i + 1]}`);
  return pairs.join(' ');
}

/**
 * The drawing as a standalone SVG document. Everything in it comes from
 * validated numbers and fixed tables, so no text of anyone's reaches the file.
 */
export function drawingSvg(background: Background, strokes: readonly Stroke[]): string {
  const outlines =
    background === 'blank'
      ? ''
      : colouringOutlines[background]
          .map((d) => `<path d="${d}" fill="none" stroke="#9e9e9e" stroke-width="6"/>`)
          .join('');
  const lines = strokes
    .map((stroke) => {
      const common = `stroke="${colourHex[stroke.colour]}" stroke-width="${strokeWidthUnits[stroke.width]}" stroke-linecap="round" stroke-linejoin="round" fill="none"`;
      // A single tap is a dot: a zero-length line with round caps.
      const points = stroke.points.length === 2 ? [...stroke.points, ...stroke.points] : stroke.points;
      return `<polyline points="${pointsAttribute(points)}" ${common}/>`;
    })
    .join('');
  return (
    `<svg xmlns="http://www.w3.org/2000/svg" viewBox="0 0 ${CANVAS_WIDTH} ${CANVAS_HEIGHT}" ` +
    `width="${CANVAS_WIDTH}" height="${CANVAS_HEIGHT}">` +
    `<rect width="${CANVAS_WIDTH}" height="${CANVAS_HEIGHT}" fill="#ffffff"/>${outlines}${lines}</svg>`
  );
}
