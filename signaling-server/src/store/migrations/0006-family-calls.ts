// Family calls: siblings (children with the same family id at one school) and
// several guardians in one booking. bookings.child_id and guardian_id stay the
// lead child and guardian (every existing query and cascade keeps working);
// booking_children and booking_guardians list everyone in the call, the lead
// included, so "the bookings of this child or guardian" is one indexed lookup.
// A participant row goes with its child or guardian (a deleted sibling leaves
// the others' booking), and with its booking.
import { runScript, type Migration } from './runner';

export const migration0006: Migration = {
  version: 6,
  name: 'family-calls',
  async up(db) {
    await runScript(
      db,
      `
      ALTER TABLE children ADD COLUMN family_id TEXT;
      CREATE INDEX children_family ON children(family_id);
      CREATE TABLE booking_children (
        booking_id TEXT NOT NULL REFERENCES bookings(id) ON DELETE CASCADE,
        child_id TEXT NOT NULL REFERENCES children(id) ON DELETE CASCADE,
        position INTEGER NOT NULL CHECK (position BETWEEN 0 AND 9),
        PRIMARY KEY (booking_id, child_id)
      );
      CREATE INDEX booking_children_child ON booking_children(child_id, booking_id);
      CREATE TABLE booking_guardians (
        booking_id TEXT NOT NULL REFERENCES bookings(id) ON DELETE CASCADE,
        guardian_id TEXT NOT NULL REFERENCES guardians(id) ON DELETE CASCADE,
        position INTEGER NOT NULL CHECK (position BETWEEN 0 AND 9),
        PRIMARY KEY (booking_id, guardian_id)
      );
      CREATE INDEX booking_guardians_guardian ON booking_guardians(guardian_id, booking_id);
      INSERT INTO booking_children (booking_id, child_id, position) SELECT id, child_id, 0 FROM bookings;
      INSERT INTO booking_guardians (booking_id, guardian_id, position) SELECT id, guardian_id, 0 FROM bookings;
    `,
    );
  },
};
