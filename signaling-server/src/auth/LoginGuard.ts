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
import { LocalCounter, LocalSpacingGate, type FailureCounter, type SpacingGate } from './FailureCounter';

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

/** Where the counts live: memory by default, Redis in a cluster. */
export interface LoginCounters {
  sources: FailureCounter;
  accounts: FailureCounter;
  devices: FailureCounter;
  spacing: SpacingGate;
}

export function localLoginCounters(options: LoginGuardOptions = defaultLoginGuardOptions): LoginCounters {
  return {
    sources: new LocalCounter(options.sourceFailures, options.windowMs),
    accounts: new LocalCounter(options.accountFailures, options.windowMs),
    devices: new LocalCounter(options.deviceFailures, options.windowMs),
    spacing: new LocalSpacingGate(),
  };
}

export interface LoginAttempt {
  /** `kiosk:<id>` for a kiosk's connection, else `address:<ip>`. */
  source: string;
  account: string;
  /** A device token that verified for this account, hashed. */
  knownDevice?: string;
}

export type LoginAdmission = { admitted: true; knownDevice: boolean } | { admitted: false };

export class LoginGuard {
  /** Attempts admitted and not yet answered, per source: a burst sent at once counts before it fails. */
  private readonly inFlight = new Map<string, number>();

  constructor(
    private readonly options: LoginGuardOptions = defaultLoginGuardOptions,
    private readonly counters: LoginCounters = localLoginCounters(options),
  ) {}

  /** How an admitted attempt ended; each must be settled once. Only 'wrong' counts as a failure. */
  async settle(
    attempt: LoginAttempt,
    admission: { knownDevice: boolean },
    outcome: 'right' | 'wrong' | 'unchecked',
    now: number,
  ): Promise<void> {
    this.release(attempt.source);
    if (outcome !== 'wrong') return;
    await Promise.all([
      admission.knownDevice && attempt.knownDevice
        ? this.counters.devices.fail(attempt.knownDevice, now)
        : this.counters.accounts.fail(attempt.account, now),
      // Every failure counts for the source, so a pupil cannot guess forever behind a spoilt token.
      this.counters.sources.fail(attempt.source, now),
    ]);
  }

  /** Whether this attempt may be checked now; an admitted one must be settled once. */
  async admit(attempt: LoginAttempt, now: number): Promise<LoginAdmission> {
    if (attempt.knownDevice && !(await this.counters.devices.blocked(attempt.knownDevice, now))) {
      this.hold(attempt.source);
      return { admitted: true, knownDevice: true };
    }
    // Held in flight in the same turn as the check that lets it through (no await between), so
    // attempts sent together are cut at the limit too.
    const [failures, slowed] = await Promise.all([
      this.counters.sources.count(attempt.source, now),
      this.counters.accounts.blocked(attempt.account, now),
    ]);
    if (failures + (this.inFlight.get(attempt.source) ?? 0) >= this.options.sourceFailures) {
      return { admitted: false };
    }
    if (slowed) {
      const key = `${attempt.account}|${attempt.source}`;
      if (!(await this.counters.spacing.pass(key, this.options.slowedSpacingMs, now)))
        return { admitted: false };
      // The source may have used up its allowance while the gate was asked.
      if (failures + (this.inFlight.get(attempt.source) ?? 0) >= this.options.sourceFailures) {
        return { admitted: false };
      }
    }
    this.hold(attempt.source);
    return { admitted: true, knownDevice: false };
  }

  private hold(source: string): void {
    this.inFlight.set(source, (this.inFlight.get(source) ?? 0) + 1);
  }

  private release(source: string): void {
    const pending = (this.inFlight.get(source) ?? 1) - 1;
    if (pending > 0) this.inFlight.set(source, pending);
    else this.inFlight.delete(source);
  }
}
