// Which activities each call used (books, drawing, talking cards) and whether
// the child kept the drawing: kinds only, never a page or a line of the
// drawing itself. One row per call (= booking); it goes with its booking.
import type { Migration } from './runner';

export const migration0003: Migration = {
  version: 3,
  name: 'call-activities',
  up(db) {
    db.exec(`
      CREATE TABLE call_activities (
        booking_id TEXT PRIMARY KEY REFERENCES bookings(id) ON DELETE CASCADE,
        -- Comma-separated, in the order first used: 'book', 'draw', 'cards'.
        kinds TEXT NOT NULL CHECK (kinds <> ''),
        drawing_kept INTEGER NOT NULL DEFAULT 0 CHECK (drawing_kept IN (0, 1)),
        updated_at INTEGER NOT NULL
      );
    `);
  },
};
