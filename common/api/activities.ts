// Activities inside a call (books, drawing, talking cards). Only a peer that
// has joined the call may send them, and only the call's other peers receive
// them (push 'activity:acted'). The state lives with the call on the server,
// so 'activity:sync' gives a rejoining screen the page and the drawing back.
import { activityActionSchema, type ActivityAction, type ActivityRole } from '../activities/schema';
import type { ActivityState } from '../activities/state';
import { empty } from './fields';

export const activityRequests = {
  'activity:act': activityActionSchema,
  'activity:sync': empty,
} as const;

export interface ActivityResponses {
  /** The number the server gave the action. */
  'activity:act': { seq: number };
  'activity:sync': { state: ActivityState };
}

/** Server push: the other side's action, numbered. */
export interface ActivityActedEvent {
  seq: number;
  by: ActivityRole;
  action: ActivityAction;
}
