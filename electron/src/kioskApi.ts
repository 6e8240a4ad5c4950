// The page's API as task-level functions, one per IPC channel, typed from the
// handler map. It takes the transport as a parameter: the preload passes
// ipcRenderer.invoke, a Playwright test can pass its exposeBinding bridge.
// Only types come from ./ipc, so the preload bundle stays free of zod and SQLite.
import type { Result } from '@hhc/common/result';
import type { IpcChannel, IpcInput, IpcOutput } from './ipc';

export type Invoke = (channel: IpcChannel, input: unknown) => Promise<unknown>;

/** Channels whose input has no required field may be called without an argument. */
type Call<C extends IpcChannel> =
  Record<string, never> extends IpcInput<C>
    ? (input?: IpcInput<C>) => Promise<Result<IpcOutput<C>>>
    : (input: IpcInput<C>) => Promise<Result<IpcOutput<C>>>;

export function createKioskApi(invoke: Invoke) {
  const call = <C extends IpcChannel>(channel: C) =>
    ((input?: unknown) => invoke(channel, input ?? {})) as Call<C>;
  return {
    info: call('kiosk:info'),
    calls: {
      start: call('calls:start'),
      kioskJoined: call('calls:kiosk-joined'),
      parentJoined: call('calls:parent-joined'),
      parentLeft: call('calls:parent-left'),
      quality: call('calls:quality'),
      finish: call('calls:finish'),
      feeling: call('calls:feeling'),
      recent: call('calls:recent'),
    },
    cache: {
      saveRoster: call('cache:save-roster'),
      saveSchedule: call('cache:save-schedule'),
      load: call('cache:load'),
    },
    pairing: {
      get: call('pairing:get'),
      save: call('pairing:save'),
      clear: call('pairing:clear'),
    },
    power: {
      callStarted: call('power:call-started'),
      callEnded: call('power:call-ended'),
    },
  };
}

export type KioskApi = ReturnType<typeof createKioskApi>;
