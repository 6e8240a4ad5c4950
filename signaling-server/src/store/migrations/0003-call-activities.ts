// Which activities each call used (books, drawing, talking cards) and whether
// the child kept the drawing: kinds only, never a page or a line of the
// drawing itself. One row per call (= booking); it goes with its booking.
import { runScript, types, type Migration } from './runner';

export const migration0003: Migration = {
  version: 3,
  name: 'call-activities',
  async up(db, engine) {
    const t = types(engine);
    await runScript(
      db,
      `
      CREATE TABLE call_activities (
        booking_id TEXT PRIMARY KEY REFERENCES bookings(id) ON DELETE CASCADE,
        -- Comma-separated, in the order first used: 'book', 'draw', 'cards'.
        kinds TEXT NOT NULL CHECK (kinds <> ''),
        drawing_kept INTEGER NOT NULL DEFAULT 0 CHECK (drawing_kept IN (0, 1)),
        updated_at ${t.instant} NOT NULL
      );
    `,
    );
  },
};
