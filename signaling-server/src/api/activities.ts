// Books, drawing and talking cards inside a call: the joined peer's action is
// applied to the call's state, numbered, and passed to the call's other peers
// only. Rate and size limits: the schema bounds each message, the state bounds
// the drawing, and the socket layer gives activity messages their own bucket
// (socket/register.ts) so a flood of strokes cannot starve the call's own requests.
import { AppError, ErrorCode } from '@hhc/common/result';
import { SCHOOL_BOOK_PREFIX } from '@hhc/common/api/activities';
import type { HandlerContext, HandlerTable } from './context';
import { localRoom } from './calls';
import { assertSchool } from './guards';
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
      const { room, peerId } = localRoom(context);
      const by = room.peer(peerId).role;
      const { seq, summaryChanged } = context.rooms.activities.act(room.id, action, by);
      if (summaryChanged) {
        // For the teachers' report: kinds only, a few writes per call at most.
        const { used, kept } = context.rooms.activities.summary(room.id);
        context.store.callActivities.record(room.id, used, kept, context.now()).catch(() => undefined);
      }
      for (const other of room.peers.values()) {
        if (other.id === peerId) continue;
        context.peerSockets.get(other.id)?.emit('activity:acted', { seq, by, action });
      }
      return { seq };
    },
  },

  'activity:sync': {
    access: 'call',
    run: async (context) => {
      const { room } = localRoom(context);
      return { state: context.rooms.activities.snapshot(room.id) };
    },
  },

  'report:activities': {
    access: 'staff',
    run: async (context, { schoolId, month }) => {
      assertSchool(context, schoolId);
      const school = await context.store.schools.get(schoolId);
      if (!school) throw new AppError(ErrorCode.NotFound, 'School not found.');
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
