// The data access the rules and APIs need, as one async interface, implemented
// once (store/sql/) over SQLite (better-sqlite3, the embedded default) and
// PostgreSQL (several server nodes). Rules never see SQL.
import type { ActivityKind } from '@hhc/common/activities/schema';
import type { ActivityReport } from '@hhc/common/api/activities';

import type {
  Booking,
  BookingStatus,
  CallWindow,
  ClosedDate,
  GuardianRelation,
  LocalDate,
  School,
  SchoolPolicy,
} from '@hhc/common/domain';
import type {
  CallRecord,
  ChildExport,
  ChildRecord,
  GuardianRecord,
  KioskRecord,
  MonthlyChildSummary,
  StaffRecord,
} from '@hhc/common/records';
import type { CallAttempt } from '@hhc/common/kiosk/callLog';
import type { MessageSettings } from '@hhc/common/api/messages';

export type {
  CallRecord,
  ChildExport,
  ChildRecord,
  GuardianRecord,
  KioskRecord,
  MonthlyChildSummary,
  StaffRecord,
};

/** The lead child and guardian, and (a family call) the others, as the requests name them. */
export type NewBooking = Omit<
  Booking,
  'id' | 'createdAt' | 'status' | 'endAt' | 'cancelReason' | 'childIds' | 'guardianIds'
> &
  FamilyPeople;

/** Who else is in a call besides the lead child and guardian. */
export interface FamilyPeople {
  siblingIds?: readonly string[];
  alsoGuardianIds?: readonly string[];
}

/** Everything the booking rules need, read inside the transaction that writes. */
export interface BookingSnapshot {
  school: School;
  child: ChildRecord | undefined;
  guardian: GuardianRecord | undefined;
  /** The lead child's family at the school, the lead child included ([] without a lead child). */
  family: ChildRecord[];
  /** The booking's guardians that exist (lead and others), in any school: the rules check whose they are. */
  guardians: GuardianRecord[];
  windows: CallWindow[];
  closedDates: ClosedDate[];
  /** Bookings of the school from a week before to a week after the requested start. */
  bookings: Booking[];
}

export type BookingDecision =
  { ok: true; endAt: number; status: BookingStatus } | { ok: false; reason: string; message: string };

export interface SchoolBook {
  id: string;
  schoolId: string;
  title: string;
  pages: number;
}

export interface StoredMessage {
  id: string;
  schoolId: string;
  childId: string;
  /** The sender of a guardian's answer; null for a child's message (to the whole family). */
  guardianId: string | null;
  sender: 'child' | 'guardian';
  mime: string;
  durationMs: number;
  size: number;
  createdAt: number;
  heardAt: number | null;
}

export interface MessageTicketRecord {
  purpose: 'upload' | 'play';
  schoolId: string;
  childId: string;
  guardianId: string | null;
  messageId: string | null;
  expiresAt: number;
}

export interface Store {
  schools: {
    create(input: { name: string; timeZone: string; policy: SchoolPolicy }): Promise<School>;
    get(id: string): Promise<School | undefined>;
    list(): Promise<School[]>;
    update(
      id: string,
      changes: Partial<Pick<School, 'name' | 'timeZone' | 'policy'>>,
    ): Promise<School | undefined>;
  };
  staff: {
    create(input: Omit<StaffRecord, 'id' | 'disabled'> & { passwordHash: string }): Promise<StaffRecord>;
    get(id: string): Promise<StaffRecord | undefined>;
    findForLogin(username: string): Promise<(StaffRecord & { passwordHash: string }) | undefined>;
    list(schoolId: string | null): Promise<StaffRecord[]>;
  };
  sessions: {
    create(tokenHash: string, staffId: string, now: number, expiresAt: number): Promise<void>;
    find(tokenHash: string, now: number): Promise<(StaffRecord & { expiresAt: number }) | undefined>;
    delete(tokenHash: string): Promise<void>;
    deleteExpired(now: number): Promise<number>;
  };
  kiosks: {
    create(input: {
      schoolId: string;
      name: string;
      pairingCodeHash: string;
      pairingExpiresAt: number;
    }): Promise<KioskRecord>;
    /** Completes pairing once: the code is cleared so it cannot pair a second device. */
    pair(pairingCodeHash: string, credentialHash: string, now: number): Promise<KioskRecord | undefined>;
    findByCredential(credentialHash: string): Promise<KioskRecord | undefined>;
    get(id: string): Promise<KioskRecord | undefined>;
    list(schoolId: string): Promise<KioskRecord[]>;
    revoke(id: string, now: number): Promise<boolean>;
    touch(id: string, now: number): Promise<void>;
  };
  children: {
    create(
      input: Omit<ChildRecord, 'id' | 'hasPin' | 'archived' | 'consent' | 'familyId'> & {
        pinHash: string | null;
        familyId?: string | null;
      },
    ): Promise<ChildRecord>;
    /** Sets (or, null, clears) the child's family; children with the same family id are siblings. */
    setFamily(id: string, familyId: string | null): Promise<void>;
    get(id: string): Promise<ChildRecord | undefined>;
    list(schoolId: string, options?: { includeArchived?: boolean }): Promise<ChildRecord[]>;
    update(
      id: string,
      changes: Partial<Pick<ChildRecord, 'displayName' | 'className' | 'avatar' | 'archived'>>,
    ): Promise<ChildRecord | undefined>;
    pinHash(id: string): Promise<string | null>;
    setPinHash(id: string, pinHash: string): Promise<void>;
    recordConsent(
      id: string,
      consent: { date: LocalDate; givenBy: string; recordedBy: string | null },
    ): Promise<void>;
    /**
     * Deletes the child and, through the schema's cascades, its guardians, bookings and call records;
     * a family call it (or its guardian) leads passes to the next sibling (or guardian) in it.
     */
    delete(id: string): Promise<boolean>;
    exportAll(id: string): Promise<ChildExport | undefined>;
  };
  guardians: {
    create(input: Omit<GuardianRecord, 'id' | 'linkActive'>): Promise<GuardianRecord>;
    get(id: string): Promise<GuardianRecord | undefined>;
    listByChild(childId: string): Promise<GuardianRecord[]>;
    listBySchool(schoolId: string): Promise<GuardianRecord[]>;
    update(
      id: string,
      changes: Partial<Pick<GuardianRecord, 'relation' | 'displayName' | 'phone'>>,
    ): Promise<GuardianRecord | undefined>;
    delete(id: string): Promise<boolean>;
    setLink(id: string, tokenHash: string, now: number): Promise<void>;
    revokeLink(id: string, now: number): Promise<void>;
    findByLink(tokenHash: string): Promise<GuardianRecord | undefined>;
  };
  windows: {
    create(input: Omit<CallWindow, 'id'>): Promise<CallWindow>;
    update(
      id: string,
      changes: Partial<Omit<CallWindow, 'id' | 'schoolId'>>,
    ): Promise<CallWindow | undefined>;
    delete(id: string): Promise<boolean>;
    get(id: string): Promise<CallWindow | undefined>;
    list(schoolId: string): Promise<CallWindow[]>;
  };
  closedDates: {
    add(input: ClosedDate): Promise<void>;
    remove(schoolId: string, date: LocalDate): Promise<boolean>;
    list(schoolId: string): Promise<ClosedDate[]>;
  };
  bookings: {
    /**
     * Creates a booking atomically: `decide` runs on a snapshot read inside the
     * same write transaction, so two requests for the last free slot cannot both win.
     */
    createChecked(
      input: NewBooking,
      decide: (snapshot: BookingSnapshot) => BookingDecision,
      now: number,
    ): Promise<Booking | BookingDecision>;
    /** Moves a booking with the same atomicity; `decide` sees the snapshot without the booking itself. */
    moveChecked(
      id: string,
      startAt: number,
      decide: (snapshot: BookingSnapshot, booking: Booking) => BookingDecision,
      now: number,
    ): Promise<Booking | BookingDecision | undefined>;
    /**
     * Replaces who besides the lead is in a booking, with the same atomicity; `decide` sees the
     * snapshot (of the new people) without the booking itself.
     */
    setPeopleChecked(
      id: string,
      people: FamilyPeople,
      decide: (snapshot: BookingSnapshot, booking: Booking) => BookingDecision,
      now: number,
    ): Promise<Booking | BookingDecision | undefined>;
    get(id: string): Promise<Booking | undefined>;
    /** childId and guardianId match any child or guardian of a booking, not only its lead. */
    list(filter: {
      schoolId?: string;
      childId?: string;
      guardianId?: string;
      from?: number;
      to?: number;
      statuses?: readonly BookingStatus[];
    }): Promise<Booking[]>;
    /** Compare-and-set: changes the status only if it is still one of `from`. */
    setStatus(
      id: string,
      from: readonly BookingStatus[],
      to: BookingStatus,
      now: number,
      cancelReason?: string,
    ): Promise<Booking | undefined>;
    /** Bookings whose slot has ended but which are not yet settled. */
    listUnsettled(now: number): Promise<Booking[]>;
  };
  callRecords: {
    open(bookingId: string, participant: 'kiosk' | 'parent', at: number): Promise<CallRecord>;
    close(id: string, at: number, endReason: string): Promise<void>;
    listForBooking(bookingId: string): Promise<CallRecord[]>;
  };
  reports: {
    monthlySummary(
      schoolId: string,
      from: number,
      to: number,
      monthKey: string,
    ): Promise<MonthlyChildSummary[]>;
    childrenWithoutCallSince(
      schoolId: string,
      since: number,
    ): Promise<Array<{ childId: string; displayName: string; className: string; lastCallAt: number | null }>>;
    guardiansWhoMissedLastTwo(schoolId: string): Promise<
      Array<{
        guardianId: string;
        childId: string;
        displayName: string;
        relation: GuardianRelation;
        childName: string;
      }>
    >;
  };
  kioskCallLogs: {
    /**
     * Stores rows a kiosk synced from its outbox, keeping the newest version of
     * each. Returns the rows now held at (at least) the sent version; rows of
     * another school's bookings or another kiosk's ids are not accepted.
     */
    upsert(
      kiosk: { kioskId: string; schoolId: string },
      rows: readonly CallAttempt[],
      now: number,
    ): Promise<Array<{ id: string; version: number }>>;
  };
  /** Which activities each call used (kinds only), and the report on call length with and without. */
  callActivities: {
    record(bookingId: string, used: readonly ActivityKind[], kept: boolean, at: number): Promise<void>;
    report(schoolId: string, from: number, to: number): Promise<ActivityReport>;
  };
  /** Picture books a school added (admin CLI `book-add`); pages are checked pictures. */
  schoolBooks: {
    create(
      schoolId: string,
      title: string,
      pages: ReadonlyArray<{ mime: string; data: Uint8Array }>,
      now: number,
    ): Promise<SchoolBook>;
    list(schoolId: string): Promise<SchoolBook[]>;
    /** One page, only from a book of that school. */
    page(
      schoolId: string,
      bookId: string,
      page: number,
    ): Promise<{ mime: string; data: Uint8Array } | undefined>;
  };
  /** Voice messages (audio kept beside the row), their tickets, settings and consent (store/sql/messages.ts). */
  messages: {
    settings(schoolId: string): Promise<MessageSettings | undefined>;
    updateSettings(schoolId: string, changes: Partial<MessageSettings>): Promise<void>;
    setConsent(guardianId: string, consent: { date: LocalDate; recordedBy: string } | null): Promise<void>;
    /** Each guardian of the child → the date of their consent for messages, or null. */
    consents(childId: string): Promise<Map<string, string | null>>;
    create(
      input: Pick<StoredMessage, 'schoolId' | 'childId' | 'guardianId' | 'sender' | 'mime' | 'durationMs'>,
      audio: Uint8Array,
      now: number,
    ): Promise<StoredMessage>;
    get(id: string): Promise<StoredMessage | undefined>;
    listForChild(childId: string): Promise<StoredMessage[]>;
    /** A school's messages, newest first, at most `limit` (teacher mode). */
    listForSchool(schoolId: string, limit: number): Promise<StoredMessage[]>;
    /** Each guardian of the child with their consent for messages and the staff id who recorded it. */
    consentRecords(
      childId: string,
    ): Promise<Array<{ guardianId: string; date: string | null; recordedBy: string | null }>>;
    audio(id: string): Promise<{ mime: string; data: Uint8Array } | undefined>;
    /** Sets heard-at once; returns it (undefined: no such message). */
    markHeard(id: string, now: number): Promise<number | undefined>;
    delete(id: string): Promise<boolean>;
    /** Messages older than their school's retention, and expired tickets. Returns the messages deleted. */
    deleteExpired(now: number): Promise<number>;
    issueTicket(ticketHash: string, ticket: MessageTicketRecord): Promise<void>;
    /** Unexpired tickets of a child's family (kiosk and links together), to cap how many pile up. */
    liveTickets(childId: string, now: number): Promise<number>;
    /** A live ticket for that purpose; an upload ticket is used up by this. */
    redeemTicket(
      ticketHash: string,
      purpose: MessageTicketRecord['purpose'],
      now: number,
    ): Promise<MessageTicketRecord | undefined>;
  };
  retention: {
    /** Call records of slots that ended before `before`: deleted, or first folded into monthly counts. */
    apply(
      before: number,
      mode: 'delete' | 'counts',
      monthKeyOf: (instant: number, schoolId: string) => string,
    ): Promise<number>;
  };
  /** One round trip to the database: rejects when it cannot be reached (health checks). */
  ping(): Promise<void>;
  close(): Promise<void>;
}
