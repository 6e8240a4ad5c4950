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

async function fail(guard: LoginGuard, attempt: LoginAttempt, now: number): Promise<boolean> {
  const admission = await guard.admit(attempt, now);
  if (admission.admitted) await guard.settle(attempt, admission, 'wrong', now);
  return admission.admitted;
}

const admitted = async (guard: LoginGuard, attempt: LoginAttempt, now: number) =>
  (await guard.admit(attempt, now)).admitted;

describe('LoginGuard', () => {
  it('stops a source after its failures, across usernames', async () => {
    const guard = new LoginGuard(options);
    const results = [];
    for (const n of [1, 2, 3, 4, 5, 6])
      results.push(await fail(guard, { source: 'address:a', account: `u${n}` }, 0));
    expect(results).toEqual([true, true, true, true, true, false]);
    expect(await admitted(guard, { source: 'address:b', account: 'u9' }, 0)).toBe(true);
    expect(await admitted(guard, { source: 'address:a', account: 'u9' }, 60_000)).toBe(true);
  });

  it('counts attempts in flight, so a burst sent at once is cut at the limit too', async () => {
    const guard = new LoginGuard(options);
    const burst = await Promise.all(
      Array.from({ length: 20 }, (_, n) => guard.admit({ source: 'address:a', account: `u${n}` }, 0)),
    );
    expect(burst.filter((admission) => admission.admitted)).toHaveLength(5);
  });

  it('slows an account that collects failures, without locking its owner out', async () => {
    const guard = new LoginGuard(options);
    for (let i = 0; i < 3; i++) expect(await fail(guard, stranger, 0)).toBe(true);
    // Slowed: one try per source every 10 s, for the stranger as for anyone.
    expect(await fail(guard, stranger, 1)).toBe(true);
    expect(await admitted(guard, stranger, 2)).toBe(false);
    expect(await admitted(guard, stranger, 10_001)).toBe(true);
    // The owner from her kiosk, and on her known device from the very same address, get in at once.
    expect(await admitted(guard, ownerOnKiosk, 3)).toBe(true);
    expect(await guard.admit(ownerDevice, 3)).toEqual({ admitted: true, knownDevice: true });
  });

  it('keeps a known device apart from the source limit until that device itself fails too often', async () => {
    const guard = new LoginGuard(options);
    for (let n = 0; n < 5; n++) await fail(guard, { source: 'address:6.6.6.6', account: `u${n}` }, 0);
    expect(await admitted(guard, stranger, 0)).toBe(false);
    expect(await guard.admit(ownerDevice, 0)).toEqual({ admitted: true, knownDevice: true });
    const guard2 = new LoginGuard(options);
    expect(await fail(guard2, ownerDevice, 0)).toBe(true);
    expect(await fail(guard2, ownerDevice, 0)).toBe(true);
    // Two failures spoil the token: it is an unknown device from now on.
    expect(await guard2.admit(ownerDevice, 0)).toEqual({ admitted: true, knownDevice: false });
  });

  it('does not count a right password or an unchecked attempt as a failure', async () => {
    const guard = new LoginGuard(options);
    for (let i = 0; i < 10; i++) {
      const admission = await guard.admit(stranger, 0);
      expect(admission.admitted).toBe(true);
      if (admission.admitted) await guard.settle(stranger, admission, i % 2 ? 'right' : 'unchecked', 0);
    }
  });
});
