// Activities inside a call (books, drawing, talking cards). Only a peer that
// has joined the call may send them, and only the call's other peers receive
// them (push 'activity:acted'). The state lives with the call on the server,
// so 'activity:sync' gives a rejoining screen the page and the drawing back.
import { activityActionSchema, type ActivityAction, type ActivityRole } from '../activities/schema';
import type { ActivityState } from '../activities/state';
import { z } from 'zod';
import { empty, idSchema, monthSchema } from './fields';

export const activityRequests = {
  'activity:act': activityActionSchema,
  'activity:sync': empty,
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
}

/** Server push: the other side's action, numbered. */
export interface ActivityActedEvent {
  seq: number;
  by: ActivityRole;
  action: ActivityAction;
}
