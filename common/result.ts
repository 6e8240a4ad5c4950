// One result shape for socket acknowledgements and IPC alike, and one list of
// error codes. Raw exception text never travels to a client: only a code and a
// message written for people.

export const ErrorCode = {
  /** The payload failed validation (wrong type, missing field, too large). */
  BadRequest: 'BAD_REQUEST',
  /** The request needs a joined call and this connection has none. */
  NotJoined: 'NOT_JOINED',
  /** This connection is already in a call. */
  AlreadyJoined: 'ALREADY_JOINED',
  /** The call already has as many participants as it allows. */
  RoomFull: 'ROOM_FULL',
  UnknownTransport: 'UNKNOWN_TRANSPORT',
  UnknownProducer: 'UNKNOWN_PRODUCER',
  UnknownConsumer: 'UNKNOWN_CONSUMER',
  /** This device cannot receive that media (no common codec). */
  CannotConsume: 'CANNOT_CONSUME',
  /** No media worker is available right now (restarting or overloaded). */
  MediaUnavailable: 'MEDIA_UNAVAILABLE',
  /** Not signed in as someone allowed to do this. */
  Unauthorized: 'UNAUTHORIZED',
  /** That record does not exist (or belongs to another school: the same answer on purpose). */
  NotFound: 'NOT_FOUND',
  /** The parent link is wrong, revoked or expired: one answer for all three. */
  InvalidLink: 'INVALID_LINK',
  /** Wrong username or password, pairing code or device credential. */
  InvalidCredentials: 'INVALID_CREDENTIALS',
  /** Too many wrong picture-PINs: wait a moment (the teacher is told). */
  PinLocked: 'PIN_LOCKED',
  /** The scheduling rules refuse this booking; the message says which rule. */
  BookingRefused: 'BOOKING_REFUSED',
  /** The record changed meanwhile (e.g. already approved or cancelled). */
  Conflict: 'CONFLICT',
  /** The call cannot be joined now (too early, over, or not confirmed). */
  NotJoinable: 'NOT_JOINABLE',
  /** Too many requests from this connection. */
  RateLimited: 'RATE_LIMITED',
  /** The server did not answer in time (raised on the client side). */
  Timeout: 'TIMEOUT',
  /** There is no connection to the server (raised on the client side). */
  Disconnected: 'DISCONNECTED',
  /** The server cannot reach its database right now (restarting, failing over): try again shortly. */
  Unavailable: 'UNAVAILABLE',
  /** A voice message upload was refused and nothing stored; the reason says why (common/api/messages). */
  UploadRefused: 'UPLOAD_REFUSED',
  /** Anything unexpected; details stay in the server log. */
  Internal: 'INTERNAL',
} as const;

export type ErrorCode = (typeof ErrorCode)[keyof typeof ErrorCode];

export interface ErrorInfo {
  code: ErrorCode;
  message: string;
  /** A finer reason some codes carry (BOOKING_REFUSED: which rule, see refusals.ts). */
  reason?: string;
}

export type Result<T> = { ok: true; value: T } | { ok: false; error: ErrorInfo };

export function ok<T>(value: T): Result<T> {
  return { ok: true, value };
}

export function fail(code: ErrorCode, message: string, reason?: string): { ok: false; error: ErrorInfo } {
  return { ok: false, error: reason === undefined ? { code, message } : { code, message, reason } };
}

/** A typed error that carries a reason code; its message is safe to show a client. */
export class AppError extends Error {
  override readonly name = 'AppError';
  readonly reason: string | undefined;
  constructor(
    readonly code: ErrorCode,
    message: string,
    options?: { cause?: unknown; reason?: string | undefined },
  ) {
    super(message, options);
    this.reason = options?.reason;
  }
}

/** Ends exhaustive switches: the compiler proves this is never reached. */
export function assertNever(value: never, what = 'value'): never {
  throw new Error(`Unexpected ${what}: ${JSON.stringify(value)}`);
}
