import { describe, expect, it } from 'vitest';
import { LoginGuard, type LoginAttempt } from './LoginGuard';

const options = {
  windowMs: 60_000,
  sourceFailures: 5,
  accountFailures: 3,
  slowedSpacingMs: 10_000,
  deviceFailures: 2,
};
const stranger: LoginAttempt = { source: 'address:6.6.6.6', account: 'wang' };
const ownerOnKiosk: LoginAttempt = { source: 'kiosk:k1', account: 'wang' };
const ownerDevice: LoginAttempt = { source: 'address:6.6.6.6', account: 'wang', knownDevice: 'd1' };

function fail(guard: LoginGuard, attempt: LoginAttempt, now: number): boolean {
  const admission = guard.admit(attempt, now);
  if (admission.admitted) guard.settle(attempt, admission, 'wrong', now);
  return admission.admitted;
}

describe('LoginGuard', () => {
  it('stops a source after its failures, across usernames', () => {
    const guard = new LoginGuard(options);
    const results = [1, 2, 3, 4, 5, 6].map((n) => fail(guard, { source: 'address:a', account: `u${n}` }, 0));
    expect(results).toEqual([true, true, true, true, true, false]);
    expect(guard.admit({ source: 'address:b', account: 'u9' }, 0).admitted).toBe(true);
    expect(guard.admit({ source: 'address:a', account: 'u9' }, 60_000).admitted).toBe(true);
  });

  it('counts attempts in flight, so a burst sent at once is cut at the limit too', () => {
    const guard = new LoginGuard(options);
    const burst = Array.from({ length: 20 }, (_, n) =>
      guard.admit({ source: 'address:a', account: `u${n}` }, 0),
    );
    expect(burst.filter((admission) => admission.admitted)).toHaveLength(5);
  });

  it('slows an account that collects failures, without locking its owner out', () => {
    const guard = new LoginGuard(options);
    for (let i = 0; i < 3; i++) expect(fail(guard, stranger, 0)).toBe(true);
    // Slowed: one try per source every 10 s, for the stranger as for anyone.
    expect(fail(guard, stranger, 1)).toBe(true);
    expect(guard.admit(stranger, 2).admitted).toBe(false);
    expect(guard.admit(stranger, 10_001).admitted).toBe(true);
    // The owner from her kiosk, and on her known device from the very same address, get in at once.
    expect(guard.admit(ownerOnKiosk, 3).admitted).toBe(true);
    expect(guard.admit(ownerDevice, 3)).toEqual({ admitted: true, knownDevice: true });
  });

  it('keeps a known device apart from the source limit until that device itself fails too often', () => {
    const guard = new LoginGuard(options);
    for (let n = 0; n < 5; n++) fail(guard, { source: 'address:6.6.6.6', account: `u${n}` }, 0);
    expect(guard.admit(stranger, 0).admitted).toBe(false);
    expect(guard.admit(ownerDevice, 0)).toEqual({ admitted: true, knownDevice: true });
    const guard2 = new LoginGuard(options);
    expect(fail(guard2, ownerDevice, 0)).toBe(true);
    expect(fail(guard2, ownerDevice, 0)).toBe(true);
    // Two failures spoil the token: it is an unknown device from now on.
    expect(guard2.admit(ownerDevice, 0)).toEqual({ admitted: true, knownDevice: false });
  });

  it('does not count a right password or an unchecked attempt as a failure', () => {
    const guard = new LoginGuard(options);
    for (let i = 0; i < 10; i++) {
      const admission = guard.admit(stranger, 0);
      expect(admission.admitted).toBe(true);
      if (admission.admitted) guard.settle(stranger, admission, i % 2 ? 'right' : 'unchecked', 0);
    }
  });
});
