// Books, drawing and talking cards inside a call: the joined peer's action is
// applied to the call's state, numbered, and passed to the call's other peers
// only. Rate and size limits: the schema bounds each message, the state bounds
// the drawing, and the socket layer gives activity messages their own bucket
// (socket/register.ts) so a flood of strokes cannot starve the call's own requests.
import { AppError, ErrorCode } from '@hhc/common/result';
import { SCHOOL_BOOK_PREFIX } from '@hhc/common/api/activities';
import type { HandlerContext, HandlerTable } from './context';
import { actInCall, activitiesOfCall } from '../calls/callActivityActs';
import { localRoom, remoteCall } from './calls';
import { schoolInScope } from './guards';
import { monthRange } from './staffReports';

type ActivityRequest = 'activity:act' | 'activity:sync' | 'report:activities' | 'book:list' | 'book:page';

/** The school of the kiosk or parent asking: books are shared within a school only. */
function schoolOfCaller(context: HandlerContext): string {
  const { principal } = context.socket.data;
  const schoolId = principal.kiosk?.schoolId ?? principal.guardian?.schoolId;
  if (!schoolId) throw new AppError(ErrorCode.Unauthorized, 'Please sign in.');
  return schoolId;
}

export const activityHandlers: HandlerTable<ActivityRequest> = {
  'activity:act': {
    access: 'call',
    run: async (context, action) => {
      // A call carried by another node: the action goes there (this node has already rate-limited it).
      const remote = remoteCall(context);
      if (remote) return remote.call.act(remote.peerId, action);
      const { room, peerId } = localRoom(context);
      return actInCall(context, room, peerId, action);
    },
  },

  'activity:sync': {
    access: 'call',
    run: async (context) => {
      const remote = remoteCall(context);
      if (remote) return remote.call.activities(remote.peerId);
      return activitiesOfCall(context, localRoom(context).room);
    },
  },

  'report:activities': {
    access: 'staff',
    run: async (context, { schoolId, month }) => {
      const school = await schoolInScope(context, schoolId);
      const { from, to } = monthRange(month, school.timeZone);
      return context.store.callActivities.report(schoolId, from, to);
    },
  },

  'book:list': {
    access: 'call',
    run: async (context) => {
      const books = await context.store.schoolBooks.list(schoolOfCaller(context));
      return {
        books: books.map((book) => ({
          id: `${SCHOOL_BOOK_PREFIX}${book.id}`,
          title: book.title,
          pages: book.pages,
        })),
      };
    },
  },

  'book:page': {
    access: 'call',
    run: async (context, { bookId, page }) => {
      const notFound = new AppError(ErrorCode.NotFound, 'Book page not found.');
      if (!bookId.startsWith(SCHOOL_BOOK_PREFIX)) throw notFound;
      const found = await context.store.schoolBooks.page(
        schoolOfCaller(context),
        bookId.slice(SCHOOL_BOOK_PREFIX.length),
        page,
      );
      if (!found) throw notFound;
      return { mime: found.mime, data: Buffer.from(found.data).toString('base64') };
    },
  },
};
