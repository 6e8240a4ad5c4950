// Who may try a teacher's password now, following OWASP's authentication
// guidance and NIST 800-63B: limit *failures*, and never let a stranger's
// failures lock the owner out.
//
// - The owner's known device (see deviceToken.ts) is judged by its own
//   failures only (a pupil at the teacher's kiosk can spoil that kiosk's
//   token, nothing more).
// - Every other attempt is limited per source — the kiosk it comes from, or
//   else the client address — across all usernames, which stops a spray of
//   many usernames; and an account that has collected many failures is
//   slowed (one attempt per source every few seconds), not locked: its owner
//   on another network or on her own device still gets in.
import { RateLimiter } from './RateLimiter';

export interface LoginGuardOptions {
  windowMs: number;
  /** Failures from one kiosk or address, across usernames, before its unknown-device attempts stop. */
  sourceFailures: number;
  /** Failures on one account (from unknown devices) before its attempts are spaced out. */
  accountFailures: number;
  /** Spacing between attempts on a slowed account from one source. */
  slowedSpacingMs: number;
  /** Failures with one device token before it stops counting as the owner's. */
  deviceFailures: number;
}

export const defaultLoginGuardOptions: LoginGuardOptions = {
  windowMs: 15 * 60_000,
  sourceFailures: 20,
  accountFailures: 10,
  slowedSpacingMs: 20_000,
  deviceFailures: 10,
};

export interface LoginAttempt {
  /** `kiosk:<id>` for a kiosk's connection, else `address:<ip>`. */
  source: string;
  account: string;
  /** A device token that verified for this account, hashed. */
  knownDevice?: string;
}

export type LoginAdmission = { admitted: true; knownDevice: boolean } | { admitted: false };

export class LoginGuard {
  private readonly sources: RateLimiter;
  private readonly accounts: RateLimiter;
  private readonly devices: RateLimiter;
  private readonly lastTry = new Map<string, number>();

  constructor(private readonly options: LoginGuardOptions = defaultLoginGuardOptions) {
    this.sources = new RateLimiter(options.sourceFailures, options.windowMs);
    this.accounts = new RateLimiter(options.accountFailures, options.windowMs);
    this.devices = new RateLimiter(options.deviceFailures, options.windowMs);
  }

  /** Attempts admitted and not yet answered, per source: a burst sent at once counts before it fails. */
  private readonly inFlight = new Map<string, number>();

  admit(attempt: LoginAttempt, now: number): LoginAdmission {
    if (attempt.knownDevice && !this.devices.blocked(attempt.knownDevice, now)) {
      return this.start(attempt, true);
    }
    const pending = this.inFlight.get(attempt.source) ?? 0;
    if (this.sources.count(attempt.source, now) + pending >= this.options.sourceFailures) {
      return { admitted: false };
    }
    if (this.accounts.blocked(attempt.account, now)) {
      const key = `${attempt.account}|${attempt.source}`;
      const last = this.lastTry.get(key);
      if (last !== undefined && now - last < this.options.slowedSpacingMs) return { admitted: false };
      if (this.lastTry.size >= 100_000) this.lastTry.clear();
      this.lastTry.set(key, now);
    }
    return this.start(attempt, false);
  }

  /** How an admitted attempt ended; each must be settled once. Only 'wrong' counts as a failure. */
  settle(
    attempt: LoginAttempt,
    admission: { knownDevice: boolean },
    outcome: 'right' | 'wrong' | 'unchecked',
    now: number,
  ): void {
    const pending = (this.inFlight.get(attempt.source) ?? 1) - 1;
    if (pending > 0) this.inFlight.set(attempt.source, pending);
    else this.inFlight.delete(attempt.source);
    if (outcome !== 'wrong') return;
    if (admission.knownDevice && attempt.knownDevice) this.devices.attempt(attempt.knownDevice, now);
    else this.accounts.attempt(attempt.account, now);
    // Every failure counts for the source, so a pupil cannot guess forever behind a spoilt token.
    this.sources.attempt(attempt.source, now);
  }

  private start(attempt: LoginAttempt, knownDevice: boolean): LoginAdmission {
    this.inFlight.set(attempt.source, (this.inFlight.get(attempt.source) ?? 0) + 1);
    return { admitted: true, knownDevice };
  }
}
