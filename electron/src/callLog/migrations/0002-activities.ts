// Which activities a call used (books, drawing, talking cards), so the call log
// shows them beside the call's length. Kinds only, comma-separated, '' for none.
import type { Migration } from './runner';

export const migration0002: Migration = {
  version: 2,
  name: 'activities',
  up(db) {
    db.exec(`
      ALTER TABLE call_attempts ADD COLUMN activities TEXT NOT NULL DEFAULT ''
        CHECK (activities NOT GLOB '*[^a-z,]*');
    `);
  },
};
