// Access checks shared by the handlers. Records of another school answer
// NOT_FOUND, exactly like records that do not exist: nothing about another
// family leaks through an error.
import { AppError, ErrorCode } from '@hhc/common/result';
import type { Principal } from '@hhc/common/protocol';
import type { Booking, School } from '@hhc/common/domain';
import type { ChildRecord, GuardianRecord } from '@hhc/common/records';
import type { Access, HandlerContext } from './context';

export function hasAccess(principal: Principal, access: Access, now: number): boolean {
  switch (access) {
    case 'anyone':
      return true;
    case 'kiosk':
      return principal.kiosk !== undefined;
    case 'child':
      return (
        principal.kiosk !== undefined && principal.child !== undefined && principal.child.expiresAt > now
      );
    case 'guardian':
      return principal.guardian !== undefined;
    case 'call':
      return principal.kiosk !== undefined || principal.guardian !== undefined;
    case 'staff':
      return principal.staff !== undefined && principal.staff.expiresAt > now;
    case 'admin':
      return principal.staff?.role === 'admin' && principal.staff.expiresAt > now;
  }
}

const notFound = (what: string) => new AppError(ErrorCode.NotFound, `${what} not found.`);

/** The staff member may act on this school: admins on any, teachers on their own. */
export function assertSchool(context: HandlerContext, schoolId: string): void {
  const staff = context.socket.data.principal.staff;
  if (!staff || (staff.role !== 'admin' && staff.schoolId !== schoolId)) throw notFound('School');
}

/** The school, when the staff member may act on it and it exists (an admin passes for any id). */
export async function schoolInScope(context: HandlerContext, schoolId: string): Promise<School> {
  assertSchool(context, schoolId);
  const school = await context.store.schools.get(schoolId);
  if (!school) throw notFound('School');
  return school;
}

/** A record of a school the staff member may act on; one of another school answers like a missing one. */
export function recordInScope<T extends { schoolId: string }>(
  context: HandlerContext,
  record: T | undefined | null,
  what: string,
): T {
  if (!record) throw notFound(what);
  try {
    assertSchool(context, record.schoolId);
  } catch {
    throw notFound(what);
  }
  return record;
}

export async function childInScope(context: HandlerContext, childId: string): Promise<ChildRecord> {
  return recordInScope(context, await context.store.children.get(childId), 'Child');
}

export async function guardianInScope(
  context: HandlerContext,
  guardianId: string,
): Promise<{ guardian: GuardianRecord; child: ChildRecord }> {
  const guardian = await context.store.guardians.get(guardianId);
  if (!guardian) throw notFound('Guardian');
  try {
    return { guardian, child: await childInScope(context, guardian.childId) };
  } catch {
    throw notFound('Guardian');
  }
}

export async function bookingInScope(context: HandlerContext, bookingId: string): Promise<Booking> {
  return recordInScope(context, await context.store.bookings.get(bookingId), 'Booking');
}

export function staffOf(context: HandlerContext) {
  const staff = context.socket.data.principal.staff;
  if (!staff) throw new AppError(ErrorCode.Unauthorized, 'Please log in.');
  return staff;
}
