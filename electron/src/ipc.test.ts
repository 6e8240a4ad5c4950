import { describe, expect, it } from 'vitest';
import { createIpcHandlers, invokeHandler } from './ipc';

const handlers = createIpcHandlers({ serverUrl: 'http://127.0.0.1:8080', appVersion: '0.1.0' });

describe('IPC handlers', () => {
  it('answers a valid request', async () => {
    expect(await invokeHandler(handlers, 'kiosk:info', {})).toEqual({
      ok: true,
      value: { serverUrl: 'http://127.0.0.1:8080', appVersion: '0.1.0' },
    });
  });

  it('refuses bad input and unknown channels with a code', async () => {
    expect(await invokeHandler(handlers, 'kiosk:info', { extra: true })).toMatchObject({
      ok: false,
      error: { code: 'BAD_REQUEST' },
    });
    expect(await invokeHandler(handlers, 'kiosk:info', 'x')).toMatchObject({
      ok: false,
      error: { code: 'BAD_REQUEST' },
    });
    expect(await invokeHandler(handlers, 'fs:delete' as 'kiosk:info', {})).toMatchObject({
      ok: false,
      error: { code: 'BAD_REQUEST' },
    });
  });
});
