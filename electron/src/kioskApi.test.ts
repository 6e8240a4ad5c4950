import { afterEach, describe, expect, expectTypeOf, it } from 'vitest';
import type { Result } from '@hhc/common/result';
import type { CallAttempt } from '@hhc/common/kiosk/callLog';
import { createIpcHandlers, invokeHandler, type IpcChannel, type KioskSettings } from './ipc';
import { createKioskApi } from './kioskApi';
import { openKioskServices, type KioskServices } from './services';

const opened: KioskServices[] = [];
afterEach(() => {
  for (const services of opened.splice(0)) services.close();
});
import { fakeBlocker, fakeCipher, tempDir } from './testing';

function allFunctions(api: object): Array<(input?: unknown) => Promise<unknown>> {
  return Object.values(api).flatMap((value) =>
    typeof value === 'function'
      ? [value as (input?: unknown) => Promise<unknown>]
      : allFunctions(value as object),
  );
}

function realHandlers() {
  const services = openKioskServices({
    dataDir: tempDir(),
    cipher: fakeCipher(),
    powerSaveBlocker: fakeBlocker(),
    warn: () => undefined,
  });
  opened.push(services);
  return createIpcHandlers({ serverUrl: 'http://127.0.0.1:8080', appVersion: '0.1.0' }, services);
}

describe('createKioskApi', () => {
  it('exposes every handler channel, each exactly once, and nothing else', async () => {
    const seen: string[] = [];
    const api = createKioskApi(async (channel) => {
      seen.push(channel);
      return { ok: true, value: null };
    });
    for (const fn of allFunctions(api)) await fn({});
    expect([...seen].sort()).toEqual(Object.keys(realHandlers()).sort());
    expect(new Set(seen).size).toBe(seen.length);
  });

  it('works end to end over a bridge, as under Playwright exposeBinding', async () => {
    const handlers = realHandlers();
    const api = createKioskApi((channel: IpcChannel, input) =>
      invokeHandler(handlers, channel, structuredClone(input)),
    );
    expect(await api.info()).toEqual({
      ok: true,
      value: { serverUrl: 'http://127.0.0.1:8080', appVersion: '0.1.0' },
    });
    const started = await api.calls.start({
      bookingId: '5f0c3f5e-8a4b-4c1e-9a7d-1b2c3d4e5f60',
      childId: '0b7e1f0a-2c3d-4e5f-8a9b-0c1d2e3f4a5b',
      guardianRelation: 'mother',
      scheduledStart: Date.UTC(2026, 2, 2, 9),
      scheduledEnd: Date.UTC(2026, 2, 2, 9, 15),
    });
    expect(started.ok).toBe(true);
    expect((await api.calls.recent()).ok).toBe(true);
  });

  it('types each function from its handler', () => {
    type Api = ReturnType<typeof createKioskApi>;
    expectTypeOf<Api['info']>().returns.toEqualTypeOf<Promise<Result<KioskSettings>>>();
    expectTypeOf<Api['calls']['finish']>().returns.toEqualTypeOf<Promise<Result<CallAttempt>>>();
    expectTypeOf<Api['calls']['finish']>().parameter(0).toHaveProperty('reason');
    expectTypeOf<Api['power']['callStarted']>().returns.toEqualTypeOf<Promise<Result<{ awake: boolean }>>>();
  });
});
