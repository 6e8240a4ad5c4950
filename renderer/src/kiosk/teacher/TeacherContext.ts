// What every teacher-mode section gets: the kiosk's connection (the teacher
// logged in on it), the school and its children, and one way to turn any
// failure into a sentence for the teacher.
import { createContext, useContext } from 'react';
import type { School } from '@hhc/common/domain';
import type { ChildRecord, StaffRecord } from '@hhc/common/records';
import type { KioskContextValue } from '../KioskContext';

export interface TeacherContextValue {
  kiosk: KioskContextValue;
  staff: StaffRecord;
  schoolId: string;
  school: School | undefined;
  /** The school's zone: every date and time a teacher sees is the school's. */
  timeZone: string;
  /** Every child, archived ones included (sections filter). */
  children: ChildRecord[];
  reloadSchool(): void;
  /** After a roster change: this list, and child mode's roster too. */
  reloadChildren(): void;
  /** A failure as a sentence; a lost session sends the teacher back to the login. */
  describeError(error: unknown): string;
}

export const TeacherContext = createContext<TeacherContextValue | undefined>(undefined);

export function useTeacher(): TeacherContextValue {
  const value = useContext(TeacherContext);
  if (!value) throw new Error('useTeacher outside teacher mode');
  return value;
}
