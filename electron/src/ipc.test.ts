// The handler map with real dependencies (SQLite and files in a temporary
// directory, a fake cipher and power blocker), called the way the page calls.
import { afterEach, describe, expect, it, vi } from 'vitest';
import { ErrorCode } from '@hhc/common/result';
import { childId, roster, schedule } from './cache/fixtures';
import { createIpcHandlers, invokeHandler, type IpcChannel, type IpcDeps } from './ipc';
import { openKioskServices, type KioskServices } from './services';

const opened: KioskServices[] = [];
afterEach(() => {
  for (const services of opened.splice(0)) services.close();
});
import { fakeBlocker, fakeCipher, manualClock, T0, tempDir } from './testing';

const settings = { serverUrl: 'http://127.0.0.1:8080', appVersion: '0.1.0' };
const bookingId = '5f0c3f5e-8a4b-4c1e-9a7d-1b2c3d4e5f60';
const start = {
  bookingId,
  childId,
  guardianRelation: 'father',
  scheduledStart: T0,
  scheduledEnd: T0 + 900_000,
};
const pairing = { serverUrl: 'https://hhc.example.cn', credential: 'c'.repeat(43) };

function setup(overrides: Partial<IpcDeps> = {}) {
  const clock = manualClock();
  const blocker = fakeBlocker();
  const services = openKioskServices({
    dataDir: tempDir(),
    cipher: fakeCipher(),
    powerSaveBlocker: blocker,
    now: clock.now,
    warn: () => undefined,
  });
  opened.push(services);
  const handlers = createIpcHandlers(settings, { ...services, ...overrides });
  const onError = vi.fn();
  const call = <C extends IpcChannel>(channel: C, input?: unknown) =>
    // structuredClone: what crosses Electron's IPC is a copy, never the caller's object.
    invokeHandler(handlers, channel, structuredClone(input), { onError });
  const value = async <C extends IpcChannel>(channel: C, input?: unknown) => {
    const result = await call(channel, input);
    if (!result.ok) throw new Error(`${channel}: ${result.error.code} ${result.error.message}`);
    return result.value;
  };
  return { clock, blocker, services, handlers, call, value, onError };
}

describe('IPC handlers', () => {
  it('answers kiosk:info', async () => {
    const { call } = setup();
    expect(await call('kiosk:info', {})).toEqual({ ok: true, value: settings });
    expect(await call('kiosk:info')).toEqual({ ok: true, value: settings });
  });

  it('logs a whole call step by step and lists it for teacher mode', async () => {
    const { value, clock } = setup();
    const { id: attemptId } = await value('calls:start', start);
    await value('calls:kiosk-joined', { attemptId });
    clock.advance(30_000);
    await value('calls:parent-joined', { attemptId });
    await value('calls:quality', { attemptId, bitrateKbps: 640, packetLossPct: 1.5, audioOnly: false });
    clock.advance(600_000);
    await value('calls:parent-left', { attemptId });
    await value('calls:finish', { attemptId, reason: 'hung-up' });
    const last = await value('calls:feeling', { attemptId, feeling: 'happy' });
    expect(last).toMatchObject({
      bookingId,
      childId,
      kioskJoinedAt: T0,
      parentJoinedAt: T0 + 30_000,
      parentLeftAt: T0 + 630_000,
      kioskLeftAt: T0 + 630_000,
      endReason: 'hung-up',
      feeling: 'happy',
      quality: { samples: 1, avgBitrateKbps: 640, avgPacketLossPct: 1.5 },
    });
    expect(await value('calls:recent', {})).toEqual([{ ...last, synced: false }]);
    expect(await value('calls:recent', { childId, from: T0, to: T0 + 1 })).toHaveLength(1);
    expect(await value('calls:recent', { from: T0 + 1 })).toEqual([]);
  });

  it('saves and loads the offline cache', async () => {
    const { value } = setup();
    expect(await value('cache:load')).toEqual({ roster: null, schedule: null });
    expect(await value('cache:save-roster', roster)).toEqual({ savedAt: T0 });
    await value('cache:save-schedule', schedule);
    expect(await value('cache:load')).toEqual({
      roster: { ...roster, savedAt: T0 },
      schedule: { ...schedule, savedAt: T0 },
    });
  });

  it('keeps the pairing, and a new pairing or unpairing drops the old school cache', async () => {
    const { value } = setup();
    expect(await value('pairing:get')).toBeNull();
    await value('cache:save-roster', roster);
    await value('pairing:save', pairing);
    expect(await value('pairing:get')).toEqual(pairing);
    expect((await value('cache:load')).roster).toBeNull();
    await value('cache:save-roster', roster);
    await value('pairing:clear');
    expect(await value('pairing:get')).toBeNull();
    expect((await value('cache:load')).roster).toBeNull();
  });

  it('keeps the display awake from call start to call end', async () => {
    const { value, blocker } = setup();
    expect(await value('power:call-started')).toEqual({ awake: true });
    expect(blocker.started.size).toBe(1);
    expect(await value('power:call-ended')).toEqual({ awake: false });
    expect(blocker.started.size).toBe(0);
  });

  it.each<[IpcChannel, unknown]>([
    ['kiosk:info', { extra: true }],
    ['kiosk:info', 'x'],
    ['calls:start', { ...start, bookingId: 'b1' }],
    ['calls:start', { ...start, scheduledEnd: start.scheduledStart }],
    ['calls:start', { ...start, guardianRelation: 'neighbour' }],
    ['calls:start', { ...start, childName: '小明' }],
    ['calls:start', { ...start, scheduledStart: 5 }],
    ['calls:kiosk-joined', {}],
    ['calls:kiosk-joined', { attemptId: "1' OR 1=1 --" }],
    ['calls:quality', { attemptId: bookingId, bitrateKbps: Number.NaN, packetLossPct: 0, audioOnly: false }],
    ['calls:quality', { attemptId: bookingId, bitrateKbps: Infinity, packetLossPct: 0, audioOnly: false }],
    ['calls:quality', { attemptId: bookingId, bitrateKbps: 100, packetLossPct: 101, audioOnly: false }],
    ['calls:finish', { attemptId: bookingId, reason: 'interrupted' }],
    ['calls:finish', { attemptId: bookingId }],
    ['calls:feeling', { attemptId: bookingId, feeling: 'angry' }],
    ['calls:recent', { from: T0 + 1, to: T0 }],
    ['calls:recent', { limit: 0 }],
    ['calls:recent', { limit: 10_000 }],
    ['cache:save-roster', { ...roster, children: [{ id: 'x' }] }],
    ['cache:save-schedule', { ...schedule, bookings: 'all' }],
    ['cache:load', { path: '/etc/passwd' }],
    ['pairing:save', { ...pairing, serverUrl: 'file:///etc/passwd' }],
    ['pairing:save', { serverUrl: pairing.serverUrl }],
    ['power:call-started', { forever: true }],
  ])('refuses %s with %j as BAD_REQUEST', async (channel, input) => {
    const { call, onError } = setup();
    expect(await call(channel, input)).toEqual({
      ok: false,
      error: { code: ErrorCode.BadRequest, message: 'Invalid request.' },
    });
    expect(onError).not.toHaveBeenCalled();
  });

  it('refuses unknown channels, including ones inherited from Object', async () => {
    const { call } = setup();
    for (const channel of ['fs:delete', 'toString', '__proto__', 'constructor', 'hasOwnProperty']) {
      expect(await call(channel as IpcChannel, {})).toMatchObject({
        ok: false,
        error: { code: ErrorCode.BadRequest, message: 'Unknown request.' },
      });
    }
  });

  it('passes on the call log own refusals with their codes', async () => {
    const { call, value } = setup();
    expect(await call('calls:kiosk-joined', { attemptId: bookingId })).toMatchObject({
      ok: false,
      error: { code: ErrorCode.NotFound },
    });
    const { id: attemptId } = await value('calls:start', start);
    await value('calls:finish', { attemptId, reason: 'parent-no-show' });
    expect(await call('calls:parent-joined', { attemptId })).toMatchObject({
      ok: false,
      error: { code: ErrorCode.Conflict },
    });
  });

  it('answers INTERNAL for a failing dependency, without its error text', async () => {
    const { call, services, onError } = setup();
    services.callLog.close(); // every statement now throws "The database connection is not open"
    const result = await call('calls:recent', {});
    expect(result).toEqual({
      ok: false,
      error: { code: ErrorCode.Internal, message: 'Something went wrong in the kiosk.' },
    });
    expect(JSON.stringify(result)).not.toMatch(/database|sqlite|connection/i);
    expect(onError).toHaveBeenCalledWith('calls:recent', expect.any(Error));
  });

  it('does not leak a failing credential store or cache either', async () => {
    const secret = 'EACCES: permission denied, open /home/kiosk/.config/pairing.bin';
    const { call } = setup({
      credentials: {
        read: () => Promise.reject(new Error(secret)),
        write: () => Promise.reject(new Error(secret)),
        clear: () => Promise.reject(new Error(secret)),
      },
    });
    for (const [channel, input] of [
      ['pairing:get', {}],
      ['pairing:save', pairing],
      ['pairing:clear', {}],
    ] as const) {
      const result = await call(channel, input);
      expect(result).toMatchObject({ ok: false, error: { code: ErrorCode.Internal } });
      expect(JSON.stringify(result)).not.toContain('EACCES');
    }
  });
});
