// Activities inside a call (books, drawing, talking cards). Only a peer that
// has joined the call may send them, and only the call's other peers receive
// them (push 'activity:acted'). The state lives with the call on the server,
// so 'activity:sync' gives a rejoining screen the page and the drawing back.
import {
  activityActionSchema,
  bookIdSchema,
  type ActivityAction,
  type ActivityRole,
} from '../activities/schema';
import type { ActivityState } from '../activities/state';
import { z } from 'zod';
import { empty, idSchema, monthSchema } from './fields';

export const activityRequests = {
  'activity:act': activityActionSchema,
  'activity:sync': empty,
  /** The school's own picture books (added by a teacher), for the shelf. */
  'book:list': empty,
  /** One page of a school's own book, as a picture. */
  'book:page': z.object({ bookId: bookIdSchema, page: z.number().int().min(0).max(39) }).strict(),
  /** Teachers: do calls with an activity last longer? Completed calls of one month. */
  'report:activities': z.object({ schoolId: idSchema, month: monthSchema }).strict(),
} as const;

export interface ActivityReportLine {
  calls: number;
  /** Minutes both sides were in the call, on average; null without calls. */
  averageMinutes: number | null;
}

export interface ActivityReport {
  withoutActivity: ActivityReportLine;
  withActivity: ActivityReportLine;
  book: ActivityReportLine;
  draw: ActivityReportLine;
  cards: ActivityReportLine;
  /** Calls where the child kept the drawing. */
  drawingsKept: number;
}

export interface ActivityResponses {
  /** The number the server gave the action. */
  'activity:act': { seq: number };
  'activity:sync': { state: ActivityState };
  'report:activities': ActivityReport;
  'book:list': { books: SchoolBookInfo[] };
  /** `data` is the picture, base64 (PNG, JPEG or WebP, checked when the book was added). */
  'book:page': { mime: string; data: string };
}

/** A school's own book on the shelf; its id starts with SCHOOL_BOOK_PREFIX. */
export interface SchoolBookInfo {
  id: string;
  title: string;
  pages: number;
}

export { SCHOOL_BOOK_PREFIX } from '../activities/limits';

/** Server push: the other side's action, numbered. */
export interface ActivityActedEvent {
  seq: number;
  by: ActivityRole;
  action: ActivityAction;
}
