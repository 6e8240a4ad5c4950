// The state of a call's activities and the one function that changes it.
// The server applies every action in order and numbers it (seq); both screens
// apply the same actions with the same function, so they show the same page
// and the same drawing. Pure: no clocks, no randomness, no I/O.
import { activityLimits } from './limits';
import type {
  ActivityAction,
  ActivityKind,
  ActivityRole,
  ActivityView,
  Background,
  Colour,
  PictureCard,
  StrokeWidth,
} from './schema';

export interface Stroke {
  /** Chosen by the drawer; unique per drawer. */
  id: number;
  by: ActivityRole;
  colour: Colour;
  width: StrokeWidth;
  /** x, y, x, y … on the 1000 × 1000 grid. */
  points: number[];
}

export interface ActivityState {
  /** How many actions have been applied: the sequence number of the last one. */
  seq: number;
  view: ActivityView;
  /** The open book and page; null on the shelf. */
  book: { id: string; page: number } | null;
  /** The last "finger" mark; `seq` tells screens a new tap from an old one. */
  pointer: { x: number; y: number; by: ActivityRole; seq: number } | null;
  drawing: { background: Background; strokes: Stroke[] };
  card: { id: PictureCard; seq: number } | null;
  used: ActivityKind[];
  kept: boolean;
}

export const initialActivityState: ActivityState = {
  seq: 0,
  view: 'none',
  book: null,
  pointer: null,
  drawing: { background: 'blank', strokes: [] },
  card: null,
  used: [],
  kept: false,
};

/** Why an action was refused; the state is unchanged. */
export type Refusal =
  | 'not-open'
  | 'page-full'
  | 'stroke-too-long'
  | 'not-yours'
  | 'child-only'
  /** A new stroke's first piece must say its colour and width. */
  | 'no-style';

export type Applied = { ok: true; state: ActivityState } | { ok: false; refusal: Refusal };

function used(state: ActivityState, kind: ActivityKind): ActivityKind[] {
  return state.used.includes(kind) ? state.used : [...state.used, kind];
}

function totalPoints(strokes: readonly Stroke[]): number {
  let total = 0;
  for (const stroke of strokes) total += stroke.points.length / 2;
  return total;
}

/**
 * Whether the page has no room for more: no new line may start, or less room is left than one message's
 * points. Every "page-full" refusal happens on such a page (a message holds at most that many points), so
 * both screens can tell from the shared state alone, and tell both people at once.
 */
export function drawingIsFull(strokes: readonly Stroke[]): boolean {
  return (
    strokes.length >= activityLimits.maxStrokes ||
    totalPoints(strokes) > activityLimits.maxPointsTotal - activityLimits.maxPointsPerMessage
  );
}

/** Applies one action by `by` as action number state.seq + 1. */
export function applyActivity(state: ActivityState, action: ActivityAction, by: ActivityRole): Applied {
  const seq = state.seq + 1;
  const next = (changes: Partial<ActivityState>): Applied => ({
    ok: true,
    state: { ...state, ...changes, seq },
  });
  switch (action.type) {
    case 'view':
      return next({
        view: action.view,
        ...(action.view === 'none' ? {} : { used: used(state, action.view) }),
      });
    case 'book':
      return next({
        view: 'book',
        book: action.bookId === null ? null : { id: action.bookId, page: 0 },
        pointer: null,
        used: used(state, 'book'),
      });
    case 'page':
      if (!state.book) return { ok: false, refusal: 'not-open' };
      return next({ book: { ...state.book, page: action.page }, pointer: null });
    case 'point':
      return next({ pointer: { x: action.x, y: action.y, by, seq } });
    case 'stroke':
      return addStroke(state, action, by, next);
    case 'undo': {
      const strokes = state.drawing.strokes;
      for (let index = strokes.length - 1; index >= 0; index--) {
        if (strokes[index]?.by !== by) continue;
        return next({
          drawing: { ...state.drawing, strokes: [...strokes.slice(0, index), ...strokes.slice(index + 1)] },
        });
      }
      return { ok: false, refusal: 'not-yours' };
    }
    case 'clear':
      return next({ drawing: { ...state.drawing, strokes: [] } });
    case 'background':
      return next({
        view: 'draw',
        drawing: { background: action.background, strokes: [] },
        used: used(state, 'draw'),
      });
    case 'card':
      if (by !== 'kiosk') return { ok: false, refusal: 'child-only' };
      return next({
        card: action.card === null ? null : { id: action.card, seq },
        used: used(state, 'cards'),
      });
    case 'prompt':
      return next({ used: used(state, 'cards') });
    case 'keep':
      if (by !== 'kiosk') return { ok: false, refusal: 'child-only' };
      return next({ kept: true });
  }
}

function addStroke(
  state: ActivityState,
  action: Extract<ActivityAction, { type: 'stroke' }>,
  by: ActivityRole,
  next: (changes: Partial<ActivityState>) => Applied,
): Applied {
  const strokes = state.drawing.strokes;
  const added = action.points.length / 2;
  if (totalPoints(strokes) + added > activityLimits.maxPointsTotal)
    return { ok: false, refusal: 'page-full' };
  // Strokes are extended while drawn, so the one being drawn is nearly always among the last few.
  let index = -1;
  for (let i = strokes.length - 1; i >= 0; i--) {
    const stroke = strokes[i];
    if (stroke?.by === by && stroke.id === action.id) {
      index = i;
      break;
    }
  }
  const existing = index >= 0 ? strokes[index] : undefined;
  if (existing) {
    if (existing.points.length / 2 + added > activityLimits.maxPointsPerStroke) {
      return { ok: false, refusal: 'stroke-too-long' };
    }
    const extended: Stroke = { ...existing, points: [...existing.points, ...action.points] };
    const copy = strokes.slice();
    copy[index] = extended;
    return next({ drawing: { ...state.drawing, strokes: copy } });
  }
  if (strokes.length >= activityLimits.maxStrokes) return { ok: false, refusal: 'page-full' };
  if (action.colour === undefined || action.width === undefined) return { ok: false, refusal: 'no-style' };
  const stroke: Stroke = {
    id: action.id,
    by,
    colour: action.colour,
    width: action.width,
    points: [...action.points],
  };
  return next({
    view: 'draw',
    drawing: { ...state.drawing, strokes: [...strokes, stroke] },
    used: used(state, 'draw'),
  });
}
