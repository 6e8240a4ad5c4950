// Row ↔ record mapping for both engines: snake_case columns, 0/1 flags.
import type {
  Booking,
  BookingStatus,
  CallWindow,
  GuardianRelation,
  School,
  Weekday,
} from '@hhc/common/domain';
import type { CallRecord, ChildRecord, GuardianRecord, KioskRecord, StaffRecord } from '../Store';

export type Row = Record<string, unknown>;

const text = (row: Row, key: string): string => String(row[key]);
const nullableText = (row: Row, key: string): string | null => (row[key] === null ? null : String(row[key]));
const int = (row: Row, key: string): number => Number(row[key]);
const nullableInt = (row: Row, key: string): number | null => (row[key] === null ? null : Number(row[key]));

export function toSchool(row: Row): School {
  return {
    id: text(row, 'id'),
    name: text(row, 'name'),
    timeZone: text(row, 'time_zone'),
    policy: {
      childBookingsNeedApproval: int(row, 'child_bookings_need_approval') === 1,
      parentsMayRequest: int(row, 'parents_may_request') === 1,
      minNoticeMinutes: int(row, 'min_notice_minutes'),
      maxCallsPerChildPerWeek: int(row, 'max_calls_per_child_per_week'),
      joinEarlyMinutes: int(row, 'join_early_minutes'),
    },
  };
}

export function toStaff(row: Row): StaffRecord {
  return {
    id: text(row, 'id'),
    schoolId: nullableText(row, 'school_id'),
    role: text(row, 'role') as StaffRecord['role'],
    username: text(row, 'username'),
    displayName: text(row, 'display_name'),
    disabled: int(row, 'disabled') === 1,
  };
}

export function toKiosk(row: Row): KioskRecord {
  return {
    id: text(row, 'id'),
    schoolId: text(row, 'school_id'),
    name: text(row, 'name'),
    paired: row['credential_hash'] !== null,
    revoked: row['revoked_at'] !== null,
    lastSeenAt: nullableInt(row, 'last_seen_at'),
  };
}

export function toChild(row: Row): ChildRecord {
  const consentAt = nullableText(row, 'consent_at');
  return {
    id: text(row, 'id'),
    schoolId: text(row, 'school_id'),
    displayName: text(row, 'display_name'),
    className: text(row, 'class_name'),
    avatar: text(row, 'avatar'),
    hasPin: row['pin_hash'] !== null,
    consent: consentAt
      ? {
          date: consentAt,
          givenBy: text(row, 'consent_by'),
          recordedBy: nullableText(row, 'consent_recorded_by'),
        }
      : null,
    archived: int(row, 'archived') === 1,
    familyId: row['family_id'] === undefined ? null : nullableText(row, 'family_id'),
  };
}

export function toGuardian(row: Row): GuardianRecord {
  return {
    id: text(row, 'id'),
    childId: text(row, 'child_id'),
    relation: text(row, 'relation') as GuardianRelation,
    displayName: text(row, 'display_name'),
    phone: nullableText(row, 'phone'),
    linkActive: row['link_token_hash'] !== null && row['link_revoked_at'] === null,
  };
}

export function toWindow(row: Row): CallWindow {
  return {
    id: text(row, 'id'),
    schoolId: text(row, 'school_id'),
    weekday: int(row, 'weekday') as Weekday,
    startMinute: int(row, 'start_minute'),
    endMinute: int(row, 'end_minute'),
    slotMinutes: int(row, 'slot_minutes'),
    capacity: int(row, 'capacity'),
    validFrom: text(row, 'valid_from'),
    validUntil: nullableText(row, 'valid_until'),
  };
}

/** `people` from booking_children/booking_guardians (bookingPeople.ts); without them, the lead only. */
export function toBooking(row: Row, people: { childIds?: string[]; guardianIds?: string[] } = {}): Booking {
  const childId = text(row, 'child_id');
  const guardianId = text(row, 'guardian_id');
  return {
    id: text(row, 'id'),
    schoolId: text(row, 'school_id'),
    childId,
    guardianId,
    childIds: people.childIds ?? [childId],
    guardianIds: people.guardianIds ?? [guardianId],
    kioskId: nullableText(row, 'kiosk_id'),
    startAt: int(row, 'start_at'),
    endAt: int(row, 'end_at'),
    status: text(row, 'status') as BookingStatus,
    createdBy: {
      kind: text(row, 'created_by_kind') as Booking['createdBy']['kind'],
      id: text(row, 'created_by_id'),
    },
    cancelReason: nullableText(row, 'cancel_reason'),
    createdAt: int(row, 'created_at'),
  };
}

export function toCallRecord(row: Row): CallRecord {
  return {
    id: text(row, 'id'),
    bookingId: text(row, 'booking_id'),
    participant: text(row, 'participant') as CallRecord['participant'],
    joinedAt: int(row, 'joined_at'),
    leftAt: nullableInt(row, 'left_at'),
    endReason: nullableText(row, 'end_reason'),
  };
}
