// Guessing limits shared by every node through Redis: with several nodes behind
// one address, a per-process count would give a guesser one allowance per node
// (round-robin). Each count is one key with the window as its expiry. When
// Redis cannot be reached the node counts in its own memory instead, so a
// Redis outage never opens the door to unlimited guessing nor refuses anyone.
import type { RedisClientType } from 'redis';
import type { FailureCounter, SpacingGate } from '../auth/FailureCounter';
import { LocalCounter, LocalSpacingGate } from '../auth/FailureCounter';
import { LoginGuard, defaultLoginGuardOptions, type LoginGuardOptions } from '../auth/LoginGuard';
import type { Limiters } from '../api/context';

const PREFIX = 'hhc:limit:';
// INCR and set the expiry on the first failure of a window, atomically.
const COUNT_FAILURE =
  "local n = redis.call('INCR', KEYS[1]) if n == 1 then redis.call('PEXPIRE', KEYS[1], ARGV[1]) end return n";
const PASS_GATE = "return redis.call('SET', KEYS[1], '1', 'PX', ARGV[1], 'NX')";

export class RedisCounter implements FailureCounter {
  private readonly fallback: LocalCounter;

  constructor(
    private readonly client: RedisClientType,
    private readonly name: string,
    readonly limit: number,
    readonly windowMs: number,
  ) {
    this.fallback = new LocalCounter(limit, windowMs);
  }

  private key(key: string): string {
    return `${PREFIX}${this.name}:${key}`;
  }

  async fail(key: string, now: number): Promise<boolean> {
    try {
      const count = await this.client.eval(COUNT_FAILURE, {
        keys: [this.key(key)],
        arguments: [String(this.windowMs)],
      });
      return Number(count) <= this.limit;
    } catch {
      return this.fallback.fail(key, now);
    }
  }

  async count(key: string, now: number): Promise<number> {
    try {
      return Number((await this.client.get(this.key(key))) ?? 0);
    } catch {
      return this.fallback.count(key, now);
    }
  }

  async blocked(key: string, now: number): Promise<boolean> {
    return (await this.count(key, now)) >= this.limit;
  }
}

export class RedisSpacingGate implements SpacingGate {
  private readonly fallback = new LocalSpacingGate();

  constructor(private readonly client: RedisClientType) {}

  async pass(key: string, spacingMs: number, now: number): Promise<boolean> {
    try {
      const reply = await this.client.eval(PASS_GATE, {
        keys: [`${PREFIX}spacing:${key}`],
        arguments: [String(spacingMs)],
      });
      return reply !== null;
    } catch {
      return this.fallback.pass(key, spacingMs, now);
    }
  }
}

/** The limits a node shares with the others: token guesses, pairing codes, teacher logins. */
export function sharedLimiters(
  client: RedisClientType,
  local: Limiters,
  options: LoginGuardOptions = defaultLoginGuardOptions,
): Limiters {
  const counter = (name: string, like: FailureCounter) =>
    new RedisCounter(client, name, like.limit, like.windowMs);
  return {
    ...local,
    tokenGuesses: counter('tokens', local.tokenGuesses),
    pairing: counter('pairing', local.pairing),
    staffLogins: new LoginGuard(options, {
      sources: new RedisCounter(client, 'login-source', options.sourceFailures, options.windowMs),
      accounts: new RedisCounter(client, 'login-account', options.accountFailures, options.windowMs),
      devices: new RedisCounter(client, 'login-device', options.deviceFailures, options.windowMs),
      spacing: new RedisSpacingGate(client),
    }),
  };
}
