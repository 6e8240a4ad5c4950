// Opens the kiosk's call log database. The kiosk PC can lose power at any
// moment (a child trips over the cable, the school's power drops), so:
// WAL so that a reader (teacher mode) never blocks the writer, and
// synchronous = FULL because better-sqlite3 switches WAL databases to NORMAL,
// which keeps the database consistent but can drop the last commits on power
// loss: a call row that the UI already showed as saved must survive.
import fs from 'node:fs';
import path from 'node:path';
import Database from 'better-sqlite3';
import { migrate } from './migrations/runner';

export type Db = Database.Database;

export function openCallLogDatabase(file: string, now: () => number = Date.now): Db {
  if (file !== ':memory:') fs.mkdirSync(path.dirname(file), { recursive: true });
  const db = new Database(file);
  try {
    db.pragma('journal_mode = WAL');
    db.pragma('synchronous = FULL');
    // SQLite leaves foreign keys off unless asked, per connection.
    db.pragma('foreign_keys = ON');
    db.pragma('busy_timeout = 5000');
    migrate(db, { now });
    return db;
  } catch (error) {
    db.close();
    throw error;
  }
}
