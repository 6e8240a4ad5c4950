// IPC handlers as a plain map from channel to {input schema, run}. The same
// map serves ipcMain.handle in the app and Playwright's exposeBinding in
// tests; the preload's API type is derived from it. Every input is parsed
// with zod, and nothing but a code and a message for people crosses back.
import { z } from 'zod';
import { AppError, ErrorCode, fail, ok, type Result } from '@hhc/common/result';
import { cacheHandlers } from './handlers/cache';
import { callHandlers } from './handlers/calls';
import { galleryHandlers } from './handlers/gallery';
import type { IpcHandler } from './handlers/define';
import { handler } from './handlers/define';
import { pairingHandlers } from './handlers/pairing';
import { powerHandlers } from './handlers/power';
import { syncHandlers } from './handlers/sync';
import type { KioskServices } from './services';
import type { KioskChannel, KioskOutputs, kioskIpcInputs } from '@hhc/common/kiosk/ipc';

export interface KioskSettings {
  serverUrl: string;
  appVersion: string;
}

export type IpcDeps = Pick<KioskServices, 'callLog' | 'cache' | 'credentials' | 'keepAwake' | 'gallery'>;

/** Every channel of the contract in common/kiosk/ipc.ts, answering what it promises. */
type Contract = {
  [C in KioskChannel]: IpcHandler<z.ZodType<z.output<(typeof kioskIpcInputs)[C]>>, KioskOutputs[C]>;
};

export function createIpcHandlers(settings: KioskSettings, deps: IpcDeps) {
  const handlers = {
    'kiosk:info': handler(z.object({}).strict(), (): KioskSettings => ({ ...settings })),
    ...callHandlers(deps.callLog),
    ...cacheHandlers(deps.cache),
    ...pairingHandlers(deps.credentials, deps.cache),
    ...powerHandlers(deps.keepAwake),
    ...syncHandlers(deps.callLog),
    ...galleryHandlers(deps.gallery),
  };
  return handlers satisfies Contract;
}

export type IpcHandlers = ReturnType<typeof createIpcHandlers>;
export type IpcChannel = keyof IpcHandlers;
/** What the page sends on a channel (before parsing). */
export type IpcInput<C extends IpcChannel> = z.input<IpcHandlers[C]['input']>;
/** What the page gets back inside an ok Result. */
export type IpcOutput<C extends IpcChannel> = Awaited<ReturnType<IpcHandlers[C]['run']>>;

export interface InvokeOptions {
  /** Where unexpected errors go (the main process log); never to the page. */
  onError?: (channel: string, error: unknown) => void;
}

/** Validates the input, runs the handler and never lets an exception cross the boundary. */
export async function invokeHandler<C extends IpcChannel>(
  handlers: IpcHandlers,
  channel: C,
  input: unknown,
  options: InvokeOptions = {},
): Promise<Result<IpcOutput<C>>> {
  // Own keys only: a channel named 'toString' or '__proto__' is just unknown.
  if (typeof channel !== 'string' || !Object.hasOwn(handlers, channel))
    return fail(ErrorCode.BadRequest, 'Unknown request.');
  const target = handlers[channel] as unknown as IpcHandler;
  const parsed = target.input.safeParse(input ?? {});
  if (!parsed.success) return fail(ErrorCode.BadRequest, 'Invalid request.');
  try {
    return ok((await target.run(parsed.data)) as IpcOutput<C>);
  } catch (error) {
    // AppError messages are written for people; anything else may carry paths or SQL.
    if (error instanceof AppError) return fail(error.code, error.message);
    options.onError?.(channel, error);
    return fail(ErrorCode.Internal, 'Something went wrong in the kiosk.');
  }
}
