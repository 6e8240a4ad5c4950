// The parent page: only this guardian's child and calls.
import { z } from 'zod';
import type { BookingStatus, GuardianRelation, Slot } from '../domain';
import { empty, instantSchema } from './fields';
import type { CallChild, CallGuardian } from './family';

export const parentRequests = {
  'parent:overview': empty,
  'parent:slots': empty,
  'parent:request': z.object({ startAt: instantSchema }).strict(),
} as const;

export interface ParentCall {
  id: string;
  startAt: number;
  endAt: number;
  status: BookingStatus;
  /** From this instant the link may join the call. */
  joinableFrom: number;
  /** Everyone in the call: the children at the kiosk and every guardian, this one included. */
  children: Array<Omit<CallChild, 'id'>>;
  guardians: Array<Omit<CallGuardian, 'id'>>;
}

export interface ParentOverview {
  child: { displayName: string; avatar: string };
  guardian: { relation: GuardianRelation; displayName: string };
  school: { name: string; timeZone: string };
  calls: ParentCall[];
  canRequest: boolean;
  /** A kiosk of the school is connected right now (the waiting room shows it). */
  kioskOnline: boolean;
}

export interface ParentResponses {
  'parent:overview': ParentOverview;
  'parent:slots': { slots: Slot[]; timeZone: string };
  'parent:request': { call: ParentCall };
}
