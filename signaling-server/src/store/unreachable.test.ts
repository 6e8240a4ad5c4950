// Which failures mean "the database is away, try again" (UNAVAILABLE) and
// which are ordinary errors that stay INTERNAL.
import { describe, expect, it } from 'vitest';
import { isDatabaseUnreachable } from './unreachable';

const withCode = (message: string, code: string) => Object.assign(new Error(message), { code });

describe('isDatabaseUnreachable', () => {
  it('recognises a refused or dropped connection and a server shutting down', () => {
    expect(isDatabaseUnreachable(withCode('connect ECONNREFUSED 127.0.0.1:5432', 'ECONNREFUSED'))).toBe(true);
    expect(
      isDatabaseUnreachable(withCode('terminating connection due to administrator command', '57P01')),
    ).toBe(true);
    expect(isDatabaseUnreachable(withCode('the database system is starting up', '57P03'))).toBe(true);
    expect(isDatabaseUnreachable(new Error('Connection terminated unexpectedly'))).toBe(true);
    expect(isDatabaseUnreachable(new AggregateError([withCode('x', 'ECONNREFUSED')], ''))).toBe(true);
  });

  it('leaves constraint violations, bugs and non-errors alone', () => {
    expect(isDatabaseUnreachable(withCode('duplicate key value', '23505'))).toBe(false);
    expect(isDatabaseUnreachable(new TypeError('x is undefined'))).toBe(false);
    expect(isDatabaseUnreachable('ECONNREFUSED')).toBe(false);
  });
});
