import { describe, expect, it } from 'vitest';
import { drawingSvg, pointsAttribute } from './drawing';

describe('drawingSvg', () => {
  it('draws each stroke as a polyline in its colour over the colouring outline, and a tap as a dot', () => {
    const svg = drawingSvg('fish', [
      { id: 1, by: 'kiosk', colour: 'blue', width: 'thick', points: [10, 20, 30, 40] },
      { id: 2, by: 'parent', colour: 'red', width: 'thin', points: [5, 5] },
    ]);
    expect(svg.startsWith('<svg xmlns="http://www.w3.org/2000/svg"')).toBe(true);
    expect(svg).toContain('points="10,20 30,40" stroke="#1e88e5" stroke-width="26"');
    expect(svg).toContain('points="5,5 5,5" stroke="#e53935" stroke-width="8"');
    expect(svg.match(/<path /g)?.length).toBe(7);
    expect(drawingSvg('blank', [])).not.toContain('<path');
  });

  it('pairs points', () => {
    expect(pointsAttribute([1, 2, 3, 4])).toBe('1,2 3,4');
  });
});
