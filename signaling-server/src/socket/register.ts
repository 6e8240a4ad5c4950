// Binds the handler table to each socket: checks who may send each request,
// validates every payload with its zod schema, rate-limits, turns thrown
// errors into coded acknowledgements, and cleans up when the socket goes.
// Nothing a client sends can throw past here.
import { requestSchemas, type RequestName } from '@hhc/common/protocol';
import { AppError, ErrorCode, fail, ok, type Result } from '@hhc/common/result';
import type { Logger } from '../logger';
import { leaveCall } from '../api/calls';
import type { AppContext, HandlerContext } from '../api/context';
import { hasAccess } from '../api/guards';
import { handlers } from '../api/handlers';
import { activityLimits } from '@hhc/common/activities/schema';
import { TokenBucket } from './TokenBucket';
import type { AppSocket } from './types';
import { isDatabaseUnreachable } from '../store/unreachable';
import { findNulText } from './nulText';

// Generous for a real client (a join is about ten requests; teacher mode opening
// the roster of forty children about a hundred), tight for a flood.
export const REQUESTS_PER_SECOND = 30;
export const REQUEST_BURST = 150;

export function registerSocket(socket: AppSocket, shared: AppContext, log: Logger): void {
  const context: HandlerContext = { ...shared, socket };
  const bucket = new TokenBucket(REQUEST_BURST, REQUESTS_PER_SECOND);
  // Strokes come ten a second while a child draws: their own bucket, so a flood of them is cut
  // without leaving the call's own requests (ICE restart, resume) refused.
  const activityBucket = new TokenBucket(activityLimits.burst, activityLimits.perSecond);
  const socketLog = log.child({ socketId: socket.id });

  for (const name of Object.keys(requestSchemas) as RequestName[]) {
    // socket.io types listeners by the protocol; at runtime anything can arrive, so take unknowns.
    const listener = (payload: unknown, ack: unknown): void => {
      if (typeof ack !== 'function') {
        socketLog.debug({ event: name }, 'request without acknowledgement ignored');
        return;
      }
      const reply = (result: Result<unknown>): void => {
        if (socket.connected) ack(result);
      };
      if (!(name.startsWith('activity:') ? activityBucket : bucket).take()) {
        reply(fail(ErrorCode.RateLimited, 'Too many requests; slow down.'));
        return;
      }
      const parsed = requestSchemas[name].safeParse(payload);
      if (!parsed.success) {
        const where = parsed.error.issues[0];
        reply(
          fail(
            ErrorCode.BadRequest,
            `Invalid ${name} request${where ? ` at "${where.path.join('.')}": ${where.message}` : ''}`,
          ),
        );
        return;
      }
      const nulAt = findNulText(parsed.data);
      if (nulAt) {
        reply(fail(ErrorCode.BadRequest, `Invalid ${name} request at "${nulAt.join('.')}": text with NUL`));
        return;
      }
      // Shape first (the schemas are public), then who is asking.
      const handler = handlers[name] as unknown as {
        access: Parameters<typeof hasAccess>[1];
        run: (c: HandlerContext, p: unknown) => Promise<unknown>;
      };
      if (!hasAccess(socket.data.principal, handler.access, shared.now())) {
        reply(fail(ErrorCode.Unauthorized, 'Please sign in as someone allowed to do this.'));
        return;
      }
      handler.run(context, parsed.data).then(
        (value) => reply(ok(value)),
        (error: unknown) => {
          if (error instanceof AppError) {
            socketLog.info({ event: name, code: error.code, cause: error.cause }, 'request refused');
            reply(fail(error.code, error.message, error.reason));
          } else if (isDatabaseUnreachable(error)) {
            socketLog.warn({ event: name, err: error }, 'database unreachable');
            reply(
              fail(
                ErrorCode.Unavailable,
                'The server cannot reach its database right now; try again shortly.',
              ),
            );
          } else {
            socketLog.error({ event: name, err: error }, 'request failed');
            reply(fail(ErrorCode.Internal, 'Something went wrong on the server.'));
          }
        },
      );
    };
    socket.on(name, listener as never);
  }

  // Any other event name is answered with an error if it wants an answer.
  socket.onAny((event: unknown, ...args: unknown[]) => {
    // Own properties only: "constructor" or "__proto__" are not requests and must be answered too.
    if (typeof event === 'string' && Object.hasOwn(requestSchemas, event)) return;
    const ack = args[args.length - 1];
    if (typeof ack === 'function') ack(fail(ErrorCode.BadRequest, 'Unknown request.'));
  });

  socket.on('disconnect', (reason) => {
    socketLog.debug({ reason }, 'socket disconnected');
    leaveCall(context, 'disconnected');
  });
}
