// Who may do what with a voice message. One place decides, for the socket
// requests and (through the tickets they hand out) for the HTTP audio: a
// child sees their own messages; a guardian with consent for messages sees the
// child's messages and their own answers; a teacher sees their school's.
// Anything else is NOT_FOUND, the same answer as a message that does not exist.
import { messageLimits, type MessageInfo, type MessageSender } from '@hhc/common/api/messages';
import { AppError, ErrorCode } from '@hhc/common/result';
import type { HandlerContext } from '../api/context';
import type { StoredMessage } from '../store/Store';

export type Asker =
  | { kind: 'child'; childId: string; schoolId: string }
  | { kind: 'guardian'; guardianId: string; childId: string; schoolId: string }
  | { kind: 'staff'; schoolId: string | null; admin: boolean };

export const notFound = () => new AppError(ErrorCode.NotFound, 'Message not found.');

/** The parent link first, then a child logged in on a kiosk, then a teacher. */
export function askerOf(context: HandlerContext): Asker {
  const { principal } = context.socket.data;
  if (principal.guardian) return { kind: 'guardian', ...principal.guardian };
  if (principal.kiosk && principal.child && principal.child.expiresAt > context.now())
    return { kind: 'child', childId: principal.child.childId, schoolId: principal.kiosk.schoolId };
  if (principal.staff && principal.staff.expiresAt > context.now())
    return { kind: 'staff', schoolId: principal.staff.schoolId, admin: principal.staff.role === 'admin' };
  throw new AppError(ErrorCode.Unauthorized, 'Please log in.');
}

export function maxSecondsFor(sender: MessageSender): number {
  return sender === 'child' ? messageLimits.childSeconds : messageLimits.guardianSeconds;
}

/** Whether the asker may record now: the school allows messages and the family has consented. */
export async function canSend(context: HandlerContext, asker: Asker): Promise<boolean> {
  if (asker.kind === 'staff') return false;
  const settings = await context.store.messages.settings(asker.schoolId);
  if (!settings?.allowed) return false;
  const consents = await context.store.messages.consents(asker.childId);
  return asker.kind === 'guardian'
    ? Boolean(consents.get(asker.guardianId))
    : [...consents.values()].some(Boolean);
}

export async function mayHear(
  context: HandlerContext,
  asker: Asker,
  message: StoredMessage,
): Promise<boolean> {
  switch (asker.kind) {
    case 'staff':
      return asker.admin || asker.schoolId === message.schoolId;
    case 'child':
      return message.childId === asker.childId;
    case 'guardian': {
      if (message.childId !== asker.childId) return false;
      if (message.sender === 'guardian') return message.guardianId === asker.guardianId;
      // A child's message goes to the guardians who agreed to messages.
      return Boolean((await context.store.messages.consents(asker.childId)).get(asker.guardianId));
    }
  }
}

export async function visibleMessage(
  context: HandlerContext,
  asker: Asker,
  id: string,
): Promise<StoredMessage> {
  const message = await context.store.messages.get(id);
  if (!message || !(await mayHear(context, asker, message))) throw notFound();
  return message;
}

export async function toMessageInfo(
  context: HandlerContext,
  messages: readonly StoredMessage[],
): Promise<MessageInfo[]> {
  const guardians = new Map<string, NonNullable<MessageInfo['guardian']>>();
  for (const message of messages) {
    if (message.guardianId && !guardians.has(message.guardianId)) {
      const guardian = await context.store.guardians.get(message.guardianId);
      if (guardian)
        guardians.set(guardian.id, {
          id: guardian.id,
          relation: guardian.relation,
          displayName: guardian.displayName,
        });
    }
  }
  return messages.map((message) => ({
    id: message.id,
    sender: message.sender,
    guardian: message.guardianId ? (guardians.get(message.guardianId) ?? null) : null,
    durationMs: message.durationMs,
    createdAt: message.createdAt,
    heardAt: message.heardAt,
  }));
}
