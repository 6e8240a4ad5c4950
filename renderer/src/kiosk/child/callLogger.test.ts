import { describe, expect, it, vi } from 'vitest';
import { CallLogger } from './callLogger';

const booking = {
  id: 'b1',
  childId: 'c1',
  guardianRelation: 'mother' as const,
  startAt: 1_000,
  endAt: 2_000,
};
const attempt = { id: '00000000-0000-4000-8000-000000000001' };

function fakeApi() {
  const calls: string[] = [];
  const answer = (name: string) =>
    vi.fn(async (input?: unknown) => {
      calls.push(`${name} ${JSON.stringify(input ?? {})}`);
      return { ok: true as const, value: attempt as never };
    });
  let releaseStart: () => void = () => undefined;
  const api = {
    calls: {
      start: vi.fn(
        (input: unknown) =>
          new Promise((resolve) => {
            releaseStart = () => {
              calls.push(`start ${JSON.stringify(input)}`);
              resolve({ ok: true, value: attempt });
            };
          }),
      ),
      kioskJoined: answer('kioskJoined'),
      parentJoined: answer('parentJoined'),
      parentLeft: answer('parentLeft'),
      quality: answer('quality'),
      finish: answer('finish'),
      feeling: answer('feeling'),
      recent: answer('recent'),
    },
    power: { callStarted: answer('callStarted'), callEnded: answer('callEnded') },
  };
  return { api: api as never, calls, releaseStart: () => releaseStart() };
}

describe('CallLogger', () => {
  it('waits for the attempt id, then logs in order and only changes', async () => {
    const { api, calls, releaseStart } = fakeApi();
    const log = new CallLogger(api, booking);
    log.start();
    log.kioskJoined();
    log.kioskJoined();
    log.parentPresent(true);
    log.parentPresent(true);
    log.quality({ bitrateKbps: 800, packetLossPct: 0.5, audioOnly: false });
    const done = log.finish('slot-ended');
    log.finish('hung-up'); // a second end changes nothing
    releaseStart();
    expect(await done).toBe(attempt.id);
    const id = `{"attemptId":"${attempt.id}"`;
    expect(calls.filter((c) => c !== 'callStarted {}' && c !== 'callEnded {}')).toEqual([
      'start {"bookingId":"b1","childId":"c1","guardianRelation":"mother","scheduledStart":1000,"scheduledEnd":2000}',
      `kioskJoined ${id}}`,
      `parentJoined ${id}}`,
      `quality ${id},"bitrateKbps":800,"packetLossPct":0.5,"audioOnly":false}`,
      `parentLeft ${id}}`,
      `finish ${id},"reason":"slot-ended"}`,
    ]);
    expect(log.parentEverJoined).toBe(true);
  });

  it('does nothing without a bridge', async () => {
    const log = new CallLogger(undefined, booking);
    log.start();
    log.kioskJoined();
    expect(await log.finish('hung-up')).toBeUndefined();
  });
});
