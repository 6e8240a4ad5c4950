// The schema as the query builder sees it, so a misspelt column fails the type
// check on both engines. Instants are epoch milliseconds (BIGINT on
// PostgreSQL, read back as numbers), flags are 0/1 integers on both engines.
import type { Generated } from 'kysely';
export interface Tables {
  schema_migrations: { version: number; name: string; applied_at: number };
  schools: {
    id: string;
    name: string;
    time_zone: string;
    child_bookings_need_approval: number;
    parents_may_request: number;
    min_notice_minutes: number;
    max_calls_per_child_per_week: number;
    join_early_minutes: number;
    /** Defaulted by migration 0005 (allowed, video off, 30 days): a new school need not name them. */
    messages_allowed: Generated<number>;
    video_messages_allowed: Generated<number>;
    message_retention_days: Generated<number>;
    created_at: number;
  };
  staff: {
    id: string;
    school_id: string | null;
    role: string;
    username: string;
    display_name: string;
    password_hash: string;
    disabled: number;
    created_at: number;
  };
  staff_sessions: { token_hash: string; staff_id: string; created_at: number; expires_at: number };
  kiosks: {
    id: string;
    school_id: string;
    name: string;
    credential_hash: string | null;
    pairing_code_hash: string | null;
    pairing_expires_at: number | null;
    paired_at: number | null;
    revoked_at: number | null;
    last_seen_at: number | null;
    created_at: number;
  };
  children: {
    id: string;
    school_id: string;
    display_name: string;
    class_name: string;
    avatar: string;
    pin_hash: string | null;
    consent_at: string | null;
    consent_by: string | null;
    consent_recorded_by: string | null;
    archived: number;
    created_at: number;
    /** Added by migration 0006: children with the same value are siblings. */
    family_id: Generated<string | null>;
  };
  guardians: {
    id: string;
    child_id: string;
    relation: string;
    display_name: string;
    phone: string | null;
    link_token_hash: string | null;
    link_created_at: number | null;
    link_revoked_at: number | null;
    message_consent_at: Generated<string | null>;
    message_consent_recorded_by: Generated<string | null>;
    created_at: number;
  };
  call_windows: {
    id: string;
    school_id: string;
    weekday: number;
    start_minute: number;
    end_minute: number;
    slot_minutes: number;
    capacity: number;
    valid_from: string;
    valid_until: string | null;
    created_at: number;
  };
  closed_dates: { school_id: string; date: string; reason: string };
  bookings: {
    id: string;
    school_id: string;
    child_id: string;
    guardian_id: string;
    kiosk_id: string | null;
    start_at: number;
    end_at: number;
    status: string;
    created_by_kind: string;
    created_by_id: string;
    cancel_reason: string | null;
    created_at: number;
    updated_at: number;
  };
  /** Everyone in a booking (migration 0006), the lead at position 0. */
  booking_children: { booking_id: string; child_id: string; position: number };
  booking_guardians: { booking_id: string; guardian_id: string; position: number };
  call_records: {
    id: string;
    booking_id: string;
    participant: string;
    joined_at: number;
    left_at: number | null;
    end_reason: string | null;
  };
  call_counts: { school_id: string; child_id: string; month: string; completed: number; minutes: number };
  kiosk_call_logs: {
    id: string;
    kiosk_id: string;
    booking_id: string;
    child_id: string;
    version: number;
    scheduled_start: number;
    kiosk_joined_at: number | null;
    kiosk_left_at: number | null;
    parent_joined_at: number | null;
    parent_left_at: number | null;
    end_reason: string | null;
    quality: string;
    feeling: string | null;
    received_at: number;
  };
  call_activities: { booking_id: string; kinds: string; drawing_kept: number; updated_at: number };
  school_books: { id: string; school_id: string; title: string; pages: number; created_at: number };
  /** Pictures as bytes: BLOB on SQLite, BYTEA on PostgreSQL; both drivers hand back a Buffer. */
  school_book_pages: { book_id: string; page: number; mime: string; data: Buffer };
  /** Audio as bytes beside its row (see migration 0005 for why not files). */
  voice_messages: {
    id: string;
    school_id: string;
    child_id: string;
    guardian_id: string | null;
    sender: string;
    mime: string;
    duration_ms: number;
    size: number;
    audio: Buffer;
    created_at: number;
    heard_at: Generated<number | null>;
  };
  message_tickets: {
    ticket_hash: string;
    purpose: string;
    school_id: string;
    child_id: string;
    guardian_id: string | null;
    message_id: string | null;
    expires_at: number;
  };
}

/** Tables in the order a copy must fill them (parents before the rows that refer to them). */
export const tablesInCopyOrder = [
  'schools',
  'staff',
  'staff_sessions',
  'kiosks',
  'children',
  'guardians',
  'call_windows',
  'closed_dates',
  'bookings',
  'booking_children',
  'booking_guardians',
  'call_records',
  'call_counts',
  'kiosk_call_logs',
  'call_activities',
  'school_books',
  'school_book_pages',
  'voice_messages',
  'message_tickets',
] as const satisfies ReadonlyArray<Exclude<keyof Tables, 'schema_migrations'>>;
