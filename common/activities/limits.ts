// The activities' fixed lists and limits, apart from their zod schemas
// (schema.ts) so that the screens can use them without bundling zod into the
// parent's call page: both ends keep the same limits, so a client never builds
// an action the server refuses.

/** Coordinates are integers on a grid this wide (and as high) laid over the page. */
export const GRID = 1000;

export const activityLimits = {
  /** Points (x, y pairs) in one stroke message: a tenth of a second of fast drawing fits easily. */
  maxPointsPerMessage: 64,
  maxPointsPerStroke: 2_000,
  maxStrokes: 300,
  /** All strokes together: bounds the snapshot a rejoining peer receives (~150 KB of JSON). */
  maxPointsTotal: 30_000,
  maxPage: 63,
  /** Activity messages per connection: burst, then sustained per second (strokes are sent ten a second). */
  burst: 40,
  perSecond: 20,
} as const;

/** A few big colours a child can tell apart without reading. */
export const colourIds = ['red', 'orange', 'yellow', 'green', 'blue', 'black'] as const;

/** A blank page, or one of the shipped colouring pages (outlines to colour in). */
export const backgroundIds = ['blank', 'house', 'fish', 'flower'] as const;

/** The child's picture cards: what they want to talk about. */
export const pictureCardIds = ['day', 'food', 'friends', 'games', 'weather', 'worry'] as const;

/** A school's own book (added by a teacher) has this before its id. */
export const SCHOOL_BOOK_PREFIX = 'school-';
