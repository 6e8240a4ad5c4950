// IPC handlers as a plain map from channel to function, validated with zod.
// The same map serves ipcMain.handle in the app and Playwright's
// exposeBinding in tests; the preload's API type is derived from it.
import { z } from 'zod';
import { ErrorCode, fail, ok, type Result } from '@hhc/common/result';

export interface KioskSettings {
  serverUrl: string;
  appVersion: string;
}

export function createIpcHandlers(settings: KioskSettings) {
  return {
    'kiosk:info': {
      input: z.object({}).strict(),
      run: async (): Promise<KioskSettings> => ({ ...settings }),
    },
  };
}

export type IpcHandlers = ReturnType<typeof createIpcHandlers>;
export type IpcChannel = keyof IpcHandlers;

/** Validates the input, runs the handler and never lets an exception cross the boundary. */
export async function invokeHandler<C extends IpcChannel>(
  handlers: IpcHandlers,
  channel: C,
  input: unknown,
): Promise<Result<Awaited<ReturnType<IpcHandlers[C]['run']>>>> {
  const handler = handlers[channel];
  if (!handler) return fail(ErrorCode.BadRequest, 'Unknown request.');
  const parsed = handler.input.safeParse(input ?? {});
  if (!parsed.success) return fail(ErrorCode.BadRequest, 'Invalid request.');
  try {
    const value = await handler.run();
    return ok(value as Awaited<ReturnType<IpcHandlers[C]['run']>>);
  } catch {
    return fail(ErrorCode.Internal, 'Something went wrong in the kiosk.');
  }
}
