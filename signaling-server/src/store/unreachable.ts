// Errors that mean "the database is not there right now" rather than "this
// request is wrong": PostgreSQL restarting or failing over, a dropped
// connection, a pool that could not connect in time. Clients get a code that
// says to try again (UNAVAILABLE) instead of a generic failure.
const NETWORK = new Set(['ECONNREFUSED', 'ECONNRESET', 'ETIMEDOUT', 'EPIPE', 'ENOTFOUND', 'EHOSTUNREACH']);
/** SQLSTATE classes 08 (connection exception) and 57P (operator intervention: shutdown, cannot connect now). */
const SQLSTATE = /^(08|57P0[1-4])/;

export function isDatabaseUnreachable(error: unknown): boolean {
  if (!(error instanceof Error)) return false;
  const code = (error as { code?: unknown }).code;
  if (typeof code === 'string' && (NETWORK.has(code) || SQLSTATE.test(code))) return true;
  // pg's own wording for a connection lost mid-query or a pool that timed out connecting.
  if (
    /Connection terminated|timeout exceeded when trying to connect|Client has encountered a connection error/i.test(
      error.message,
    )
  )
    return true;
  return error instanceof AggregateError && error.errors.some(isDatabaseUnreachable);
}
