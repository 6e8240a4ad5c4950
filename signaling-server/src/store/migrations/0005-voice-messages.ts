// Voice messages between a child and their family when a call is missed or
// cannot happen. The audio sits in the database beside its row (BLOB/BYTEA),
// not in files: every server node of a cluster then serves every message, and
// deleting the row deletes the audio in the same transaction. A message is at
// most ~1 MB (180 s of Opus), so the database carries it comfortably.
// A guardian's consent for messages is separate from the call consent, and a
// school decides whether messages are allowed and how long they are kept.
import { runScript, types, type Migration } from './runner';

export const migration0005: Migration = {
  version: 5,
  name: 'voice-messages',
  async up(db, engine) {
    const t = types(engine);
    await runScript(
      db,
      `
      ALTER TABLE schools ADD COLUMN messages_allowed INTEGER NOT NULL DEFAULT 1 CHECK (messages_allowed IN (0, 1));
      ALTER TABLE schools ADD COLUMN video_messages_allowed INTEGER NOT NULL DEFAULT 0 CHECK (video_messages_allowed IN (0, 1));
      ALTER TABLE schools ADD COLUMN message_retention_days INTEGER NOT NULL DEFAULT 30 CHECK (message_retention_days BETWEEN 1 AND 365);
      ALTER TABLE guardians ADD COLUMN message_consent_at TEXT;
      ALTER TABLE guardians ADD COLUMN message_consent_recorded_by TEXT;
      CREATE TABLE voice_messages (
        id TEXT PRIMARY KEY,
        school_id TEXT NOT NULL REFERENCES schools(id) ON DELETE CASCADE,
        child_id TEXT NOT NULL REFERENCES children(id) ON DELETE CASCADE,
        guardian_id TEXT REFERENCES guardians(id) ON DELETE CASCADE,
        sender TEXT NOT NULL CHECK (sender IN ('child', 'guardian')),
        mime TEXT NOT NULL CHECK (mime IN ('audio/webm', 'audio/ogg')),
        duration_ms INTEGER NOT NULL CHECK (duration_ms BETWEEN 1 AND 180000),
        size INTEGER NOT NULL CHECK (size > 0),
        audio ${t.bytes} NOT NULL,
        created_at ${t.instant} NOT NULL,
        heard_at ${t.instant},
        CHECK ((sender = 'guardian') = (guardian_id IS NOT NULL))
      );
      CREATE INDEX voice_messages_child ON voice_messages(child_id, created_at);
      CREATE INDEX voice_messages_created ON voice_messages(created_at);
      CREATE TABLE message_tickets (
        ticket_hash TEXT PRIMARY KEY,
        purpose TEXT NOT NULL CHECK (purpose IN ('upload', 'play')),
        school_id TEXT NOT NULL REFERENCES schools(id) ON DELETE CASCADE,
        child_id TEXT NOT NULL REFERENCES children(id) ON DELETE CASCADE,
        guardian_id TEXT REFERENCES guardians(id) ON DELETE CASCADE,
        message_id TEXT REFERENCES voice_messages(id) ON DELETE CASCADE,
        expires_at ${t.instant} NOT NULL
      );
    `,
    );
  },
};
