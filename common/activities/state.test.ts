import { describe, expect, it } from 'vitest';
import { activityActionSchema, activityLimits, type ActivityAction, type ActivityRole } from './schema';
import { applyActivity, drawingIsFull, initialActivityState, type ActivityState } from './state';

function run(actions: Array<[ActivityRole, ActivityAction]>, from = initialActivityState): ActivityState {
  let state = from;
  for (const [by, action] of actions) {
    const applied = applyActivity(state, action, by);
    if (!applied.ok) throw new Error(`refused ${action.type}: ${applied.refusal}`);
    state = applied.state;
  }
  return state;
}

const stroke = (id: number, points: number[]): ActivityAction => ({
  type: 'stroke',
  id,
  colour: 'red',
  width: 'thick',
  points,
});

describe('books', () => {
  it('opens a book at its first page, turns pages from either side, and numbers every action', () => {
    const state = run([
      ['kiosk', { type: 'view', view: 'book' }],
      ['parent', { type: 'book', bookId: 'little-cat' }],
      ['kiosk', { type: 'page', page: 1 }],
      ['parent', { type: 'page', page: 2 }],
    ]);
    expect(state.book).toEqual({ id: 'little-cat', page: 2 });
    expect(state.view).toBe('book');
    expect(state.seq).toBe(4);
    expect(state.used).toEqual(['book']);
  });

  it('refuses a page turn with no book open, and a new page wipes the finger mark', () => {
    expect(applyActivity(initialActivityState, { type: 'page', page: 1 }, 'kiosk')).toEqual({
      ok: false,
      refusal: 'not-open',
    });
    const pointed = run([
      ['parent', { type: 'book', bookId: 'moon' }],
      ['kiosk', { type: 'point', x: 500, y: 250 }],
    ]);
    expect(pointed.pointer).toEqual({ x: 500, y: 250, by: 'kiosk', seq: 2 });
    expect(run([['parent', { type: 'page', page: 1 }]], pointed).pointer).toBeNull();
  });
});

describe('drawing', () => {
  it('grows a stroke piece by piece and keeps each side’s strokes apart', () => {
    const state = run([
      ['kiosk', stroke(1, [10, 10, 20, 20])],
      ['parent', stroke(1, [500, 500])],
      ['kiosk', stroke(1, [30, 30])],
    ]);
    expect(state.drawing.strokes.map((s) => [s.by, s.points])).toEqual([
      ['kiosk', [10, 10, 20, 20, 30, 30]],
      ['parent', [500, 500]],
    ]);
    expect(state.view).toBe('draw');
    expect(state.used).toEqual(['draw']);
  });

  it('needs a colour and width to start a stroke, not to continue one', () => {
    const started = run([['kiosk', stroke(1, [1, 1])]]);
    const continued = run([['kiosk', { type: 'stroke', id: 1, points: [2, 2] }]], started);
    expect(continued.drawing.strokes[0]!.points).toEqual([1, 1, 2, 2]);
    expect(applyActivity(started, { type: 'stroke', id: 2, points: [2, 2] }, 'kiosk')).toEqual({
      ok: false,
      refusal: 'no-style',
    });
  });

  it('undoes only the sender’s own last stroke', () => {
    const state = run([
      ['kiosk', stroke(1, [1, 1])],
      ['kiosk', stroke(2, [2, 2])],
      ['parent', stroke(1, [3, 3])],
      ['kiosk', { type: 'undo' }],
    ]);
    expect(state.drawing.strokes.map((s) => `${s.by}${s.id}`)).toEqual(['kiosk1', 'parent1']);
    const parentUndoTwice = applyActivity(
      run([['parent', { type: 'undo' }]], state),
      { type: 'undo' },
      'parent',
    );
    expect(parentUndoTwice).toEqual({ ok: false, refusal: 'not-yours' });
  });

  it('clears, and a colouring page starts an empty drawing', () => {
    const drawn = run([['kiosk', stroke(1, [1, 1])]]);
    expect(run([['parent', { type: 'clear' }]], drawn).drawing.strokes).toEqual([]);
    const colouring = run([['kiosk', { type: 'background', background: 'fish' }]], drawn);
    expect(colouring.drawing).toEqual({ background: 'fish', strokes: [] });
  });

  it('stops a stroke at its length limit and a page at its stroke limit', () => {
    const piece = Array.from({ length: activityLimits.maxPointsPerMessage * 2 }, (_, i) => i % 1000);
    let state = initialActivityState;
    let refusal: string | undefined;
    for (let i = 0; i < 100 && !refusal; i++) {
      const applied = applyActivity(state, stroke(1, piece), 'kiosk');
      if (applied.ok) state = applied.state;
      else refusal = applied.refusal;
    }
    expect(refusal).toBe('stroke-too-long');
    expect(state.drawing.strokes[0]!.points.length / 2).toBeLessThanOrEqual(
      activityLimits.maxPointsPerStroke,
    );

    state = initialActivityState;
    for (let id = 0; id < activityLimits.maxStrokes; id++)
      state = run([['parent', stroke(id, [1, 1])]], state);
    expect(applyActivity(state, stroke(9999, [1, 1]), 'parent')).toEqual({ ok: false, refusal: 'page-full' });
  });
});

describe('a full page', () => {
  /** Draws lines of `points` points each, a message at a time, until the page refuses one. */
  function fill(points: number): { state: ActivityState; refusal: { full: boolean; refusal: string } } {
    let state = initialActivityState;
    for (let id = 0; ; id++) {
      for (let sent = 0; sent < points; sent += activityLimits.maxPointsPerMessage) {
        const count = Math.min(activityLimits.maxPointsPerMessage, points - sent);
        const piece = Array.from({ length: count * 2 }, (_, i) => (id * 7 + sent + i) % 1000);
        const full = drawingIsFull(state.drawing.strokes);
        const applied = applyActivity(state, stroke(id, piece), id % 2 ? 'kiosk' : 'parent');
        if (!applied.ok) return { state, refusal: { full, refusal: applied.refusal } };
        state = applied.state;
      }
    }
  }

  it('is what the page is whenever a line is refused, by the number of lines or of points', () => {
    for (const points of [1, 2, 63, 64, 65, 100, 1_999]) {
      const { state, refusal } = fill(points);
      expect(refusal).toEqual({ full: true, refusal: 'page-full' });
      expect(drawingIsFull(state.drawing.strokes)).toBe(true);
    }
  });

  it('is not what a page is that takes any message', () => {
    let state = initialActivityState;
    const piece = Array.from({ length: activityLimits.maxPointsPerMessage * 2 }, (_, i) => i % 1000);
    for (let id = 0; !drawingIsFull(state.drawing.strokes); id++) {
      const applied = applyActivity(state, stroke(id, piece), 'kiosk');
      expect(applied.ok).toBe(true);
      if (applied.ok) state = applied.state;
    }
    expect(applyActivity(state, stroke(99_999, piece), 'kiosk')).toEqual({ ok: false, refusal: 'page-full' });
  });

  it('has room again after an undo of a long line or a clear', () => {
    const { state } = fill(1_000);
    expect(drawingIsFull(run([['kiosk', { type: 'undo' }]], state).drawing.strokes)).toBe(false);
    expect(drawingIsFull(run([['parent', { type: 'clear' }]], state).drawing.strokes)).toBe(false);
    expect(drawingIsFull(initialActivityState.drawing.strokes)).toBe(false);
  });
});

describe('cards and keeping', () => {
  it('lets only the child show a picture card or keep the drawing', () => {
    expect(applyActivity(initialActivityState, { type: 'card', card: 'food' }, 'parent').ok).toBe(false);
    expect(applyActivity(initialActivityState, { type: 'keep' }, 'parent').ok).toBe(false);
    const state = run([
      ['kiosk', { type: 'card', card: 'worry' }],
      ['kiosk', { type: 'keep' }],
    ]);
    expect(state.card).toEqual({ id: 'worry', seq: 1 });
    expect(state.kept).toBe(true);
    expect(state.used).toEqual(['cards']);
  });

  it('counts the parent’s talking prompts as cards used', () => {
    expect(run([['parent', { type: 'prompt', index: 3 }]]).used).toEqual(['cards']);
  });
});

describe('action schema', () => {
  it('refuses points off the grid, odd point lists, too many points and unknown colours', () => {
    const ok = { type: 'stroke', id: 1, colour: 'red', width: 'thin', points: [0, 1000] };
    expect(activityActionSchema.safeParse(ok).success).toBe(true);
    expect(activityActionSchema.safeParse({ ...ok, points: [0, 1001] }).success).toBe(false);
    expect(activityActionSchema.safeParse({ ...ok, points: [0, 1, 2] }).success).toBe(false);
    expect(activityActionSchema.safeParse({ ...ok, points: [0.5, 1] }).success).toBe(false);
    expect(
      activityActionSchema.safeParse({
        ...ok,
        points: new Array(activityLimits.maxPointsPerMessage * 2 + 2).fill(1),
      }).success,
    ).toBe(false);
    expect(activityActionSchema.safeParse({ ...ok, colour: 'gold' }).success).toBe(false);
    expect(activityActionSchema.safeParse({ ...ok, extra: 1 }).success).toBe(false);
    expect(activityActionSchema.safeParse({ type: 'book', bookId: '../x' }).success).toBe(false);
    expect(activityActionSchema.safeParse({ type: 'page', page: 64 }).success).toBe(false);
  });
});
