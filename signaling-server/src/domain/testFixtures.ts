// Builders for the domain tests only; kept beside them so each test reads as
// the one or two fields that matter.
import { defaultSchoolPolicy } from '@hhc/common/domain';
import type { Booking, CallWindow, SchoolPolicy, Weekday } from '@hhc/common/domain';
import { checkNewBooking } from './bookingRules';
import type { BookingContext, BookingRequest, PeopleDecision } from './bookingRules';
import { generateSlots } from './slots';
import { zonedToInstant } from './time';

export const SH = 'Asia/Shanghai';

/** Minutes of day from 'HH:MM'. */
export const hm = (text: string): number => {
  const [h, m] = text.split(':').map(Number) as [number, number];
  return h * 60 + m;
};

/** The instant of a Shanghai wall time. */
export const sh = (date: string, time: string): number => zonedToInstant(date, hm(time), SH);

let windowSeq = 0;
export function callWindow(
  weekday: Weekday,
  start: string,
  end: string,
  extra: Partial<CallWindow> = {},
): CallWindow {
  return {
    id: `w${++windowSeq}`,
    schoolId: 's1',
    weekday,
    startMinute: hm(start),
    endMinute: end === '24:00' ? 1440 : hm(end),
    slotMinutes: 30,
    capacity: 1,
    validFrom: '2025-01-01',
    validUntil: null,
    ...extra,
  };
}

let bookingSeq = 0;
export function booking(startAt: number, extra: Partial<Booking> = {}): Booking {
  const childId = extra.childId ?? 'c1';
  const guardianId = extra.guardianId ?? 'g1';
  return {
    id: `b${++bookingSeq}`,
    schoolId: 's1',
    childId: 'c1',
    guardianId: 'g1',
    kioskId: null,
    startAt,
    endAt: startAt + 30 * 60_000,
    status: 'confirmed',
    createdBy: { kind: 'staff', id: 't1' },
    cancelReason: null,
    createdAt: 0,
    childIds: [childId],
    guardianIds: [guardianId],
    ...extra,
  };
}

// Booking rules: a Shanghai school, week of Monday 3 March 2025.

export const MIN = 60_000;
export const NOW = sh('2025-03-03', '08:00'); // Monday morning
export const FRI = '2025-03-07';

export const standardWindows = [
  callWindow(3, '16:00', '17:00', { capacity: 2 }), // Wednesday
  callWindow(5, '16:00', '17:00'), // Friday
  callWindow(7, '23:00', '24:00'), // Sunday night
  callWindow(1, '00:00', '01:00'), // Monday just after midnight
];

export interface Setup {
  windows?: CallWindow[];
  bookings?: Booking[];
  policy?: Partial<SchoolPolicy>;
  child?: Partial<BookingContext['child']>;
  guardian?: Partial<BookingContext['guardian']>;
  siblings?: BookingContext['siblings'];
  familyChildIds?: BookingContext['familyChildIds'];
}

export function context(setup: Setup = {}): BookingContext {
  const bookings = setup.bookings ?? [];
  return {
    school: {
      id: 's1',
      name: 'Hope Primary',
      timeZone: SH,
      policy: { ...defaultSchoolPolicy, ...setup.policy },
    },
    child: { id: 'c1', archived: false, consentRecorded: true, ...setup.child },
    guardian: { id: 'g1', childId: 'c1', ...setup.guardian },
    ...(setup.siblings ? { siblings: setup.siblings } : {}),
    ...(setup.familyChildIds ? { familyChildIds: setup.familyChildIds } : {}),
    slots: generateSlots({
      windows: setup.windows ?? standardWindows,
      closedDates: [],
      bookings,
      from: sh('2025-03-03', '00:00'),
      to: sh('2025-03-24', '00:00'),
      timeZone: SH,
    }),
    existingBookings: bookings,
  };
}

export function request(startAt: number, extra: Partial<BookingRequest> = {}): BookingRequest {
  return { childId: 'c1', guardianId: 'g1', kioskId: null, startAt, createdBy: 'staff', now: NOW, ...extra };
}

export const decide = (startAt: number, setup: Setup = {}, extra: Partial<BookingRequest> = {}) =>
  checkNewBooking(request(startAt, extra), context(setup));
export const reason = (d: PeopleDecision) => (d.ok ? 'OK' : d.reason);
