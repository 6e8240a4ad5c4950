// Records as the APIs hand them out (and the store returns them): never a
// hash, token or credential, only whether one is set.
import type { Booking, GuardianRelation, LocalDate } from './domain';

export interface StaffRecord {
  id: string;
  schoolId: string | null;
  role: 'teacher' | 'admin';
  username: string;
  displayName: string;
  disabled: boolean;
}

export interface KioskRecord {
  id: string;
  schoolId: string;
  name: string;
  paired: boolean;
  revoked: boolean;
  lastSeenAt: number | null;
}

export interface ChildRecord {
  id: string;
  schoolId: string;
  displayName: string;
  className: string;
  avatar: string;
  /** Children with the same family id are siblings (they may share a call); null: no siblings recorded. */
  familyId: string | null;
  hasPin: boolean;
  consent: { date: LocalDate; givenBy: string; recordedBy: string | null } | null;
  archived: boolean;
}

export interface GuardianRecord {
  id: string;
  childId: string;
  relation: GuardianRelation;
  displayName: string;
  phone: string | null;
  linkActive: boolean;
}

export interface CallRecord {
  id: string;
  bookingId: string;
  participant: 'kiosk' | 'parent';
  joinedAt: number;
  leftAt: number | null;
  endReason: string | null;
}

export interface ChildExport {
  child: ChildRecord;
  guardians: GuardianRecord[];
  bookings: Booking[];
  callRecords: CallRecord[];
}

export interface MonthlyChildSummary {
  childId: string;
  displayName: string;
  className: string;
  completedCalls: number;
  minutes: number;
}
