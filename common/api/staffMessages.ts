// Teacher mode's view of voice messages: the school's messages in one list
// (for the messages tab and the week view's "not heard yet" markers) and the
// guardians' consents for messages with who recorded them. Listening, deleting,
// recording consent and the settings are in ./messages.ts.
import { z } from 'zod';
import type { LocalDate } from '../domain';
import type { MessageInfo } from './messages';
import { idSchema } from './fields';

export const staffMessageRequests = {
  /** The school's messages, newest first (at most `schoolMessageLimit`). */
  'message:school-list': z.object({ schoolId: idSchema }).strict(),
  /** A child's guardians' consents for messages (separate from the call consent). */
  'message:consent-list': z.object({ childId: idSchema }).strict(),
} as const;

/** A teacher's screen lists this many; retention keeps the table far smaller in practice. */
export const schoolMessageLimit = 500;

export interface SchoolMessage extends MessageInfo {
  childId: string;
}

export interface MessageConsentRecord {
  guardianId: string;
  date: LocalDate | null;
  /** The teacher who recorded it (their display name), when known. */
  recordedBy: string | null;
}

export interface StaffMessageResponses {
  'message:school-list': { messages: SchoolMessage[] };
  'message:consent-list': MessageConsentRecord[];
}
