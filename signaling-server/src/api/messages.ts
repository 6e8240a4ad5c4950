// Voice messages over the socket: list, tickets for the HTTP audio, heard,
// and the teacher's list, delete, consent and school settings.
import { maxMessageBytes } from '@hhc/common/api/messages';
import { AppError, ErrorCode } from '@hhc/common/result';
import { hashToken, randomToken } from '../auth/secrets';
import {
  askerOf,
  canSend,
  mayHear,
  maxSecondsFor,
  toMessageInfo,
  visibleMessage,
  type Asker,
} from '../messages/access';
import type { MessageTicketRecord } from '../store/Store';
import type { HandlerContext, HandlerTable } from './context';
import { assertSchool, childInScope, guardianInScope, staffOf } from './guards';

type MessageRequest =
  | 'message:list'
  | 'message:upload-ticket'
  | 'message:play-ticket'
  | 'message:heard'
  | 'message:child-list'
  | 'message:delete'
  | 'message:consent'
  | 'message:settings';

/**
 * Unexpired tickets one family may hold: plenty for playing every message and sending a few, and
 * a bound on the rows a looping client can add before housekeeping clears expired ones.
 */
const MAX_LIVE_TICKETS = 30;

/** Long enough to press send after listening back; short enough that a leaked one is soon useless. */
const TICKET_MS = 5 * 60_000;

async function issue(context: HandlerContext, ticket: Omit<MessageTicketRecord, 'expiresAt'>) {
  const now = context.now();
  if ((await context.store.messages.liveTickets(ticket.childId, now)) >= MAX_LIVE_TICKETS)
    throw new AppError(ErrorCode.RateLimited, 'Too many at once; wait a few minutes and try again.');
  const token = randomToken();
  const expiresAt = now + TICKET_MS;
  await context.store.messages.issueTicket(hashToken(token), { ...ticket, expiresAt });
  return { token, expiresAt };
}

function familyAsker(context: HandlerContext): Exclude<Asker, { kind: 'staff' }> {
  const asker = askerOf(context);
  if (asker.kind === 'staff')
    throw new AppError(ErrorCode.Unauthorized, 'Only a child or a parent sends messages.');
  return asker;
}

export const messageHandlers: HandlerTable<MessageRequest> = {
  'message:list': {
    access: 'call',
    run: async (context) => {
      const asker = familyAsker(context);
      const all = await context.store.messages.listForChild(asker.childId);
      const visible = [];
      for (const message of all) if (await mayHear(context, asker, message)) visible.push(message);
      return {
        canSend: await canSend(context, asker),
        maxSeconds: maxSecondsFor(asker.kind),
        messages: await toMessageInfo(context, visible),
      };
    },
  },

  'message:upload-ticket': {
    access: 'call',
    run: async (context) => {
      const asker = familyAsker(context);
      if (!(await canSend(context, asker)))
        throw new AppError(ErrorCode.Unauthorized, 'Messages are not turned on for this family.');
      const { token, expiresAt } = await issue(context, {
        purpose: 'upload',
        schoolId: asker.schoolId,
        childId: asker.childId,
        guardianId: asker.kind === 'guardian' ? asker.guardianId : null,
        messageId: null,
      });
      return {
        url: `/messages/upload?ticket=${token}`,
        expiresAt,
        maxSeconds: maxSecondsFor(asker.kind),
        maxBytes: maxMessageBytes(asker.kind),
      };
    },
  },

  'message:play-ticket': {
    access: 'anyone',
    run: async (context, { messageId }) => {
      const message = await visibleMessage(context, askerOf(context), messageId);
      const { token, expiresAt } = await issue(context, {
        purpose: 'play',
        schoolId: message.schoolId,
        childId: message.childId,
        guardianId: message.guardianId,
        messageId: message.id,
      });
      return { url: `/messages/audio?ticket=${token}`, expiresAt };
    },
  },

  'message:heard': {
    access: 'call',
    run: async (context, { messageId }) => {
      const asker = familyAsker(context);
      const message = await visibleMessage(context, asker, messageId);
      // Only the receiving side hears a message: the child the family's, the family the child's.
      if (message.sender === asker.kind) throw new AppError(ErrorCode.Conflict, 'This is your own message.');
      const heardAt = await context.store.messages.markHeard(message.id, context.now());
      if (heardAt === undefined) throw new AppError(ErrorCode.NotFound, 'Message not found.');
      return { heardAt };
    },
  },

  'message:child-list': {
    access: 'staff',
    run: async (context, { childId }) => {
      await childInScope(context, childId);
      return { messages: await toMessageInfo(context, await context.store.messages.listForChild(childId)) };
    },
  },

  'message:delete': {
    access: 'staff',
    run: async (context, { messageId }) => {
      const message = await visibleMessage(context, askerOf(context), messageId);
      if (!(await context.store.messages.delete(message.id)))
        throw new AppError(ErrorCode.NotFound, 'Message not found.');
      return { deleted: true as const };
    },
  },

  'message:consent': {
    access: 'staff',
    run: async (context, { guardianId, date }) => {
      const { guardian } = await guardianInScope(context, guardianId);
      const staff = staffOf(context);
      await context.store.messages.setConsent(
        guardian.id,
        date === null ? null : { date, recordedBy: staff.staffId },
      );
      return { guardianId: guardian.id, consentAt: date };
    },
  },

  'message:settings': {
    access: 'staff',
    run: async (context, { schoolId, ...changes }) => {
      assertSchool(context, schoolId);
      const defined = Object.fromEntries(Object.entries(changes).filter(([, value]) => value !== undefined));
      await context.store.messages.updateSettings(schoolId, defined);
      const settings = await context.store.messages.settings(schoolId);
      if (!settings) throw new AppError(ErrorCode.NotFound, 'School not found.');
      return settings;
    },
  },
};
