// The kiosk's main process for browser end-to-end tests: the real Electron-side
// services (call log in SQLite, cache, gallery, credentials) in a temporary data
// folder, minus Electron itself, reached from the page as `hhcKioskInvoke` the
// way renderer/src/kiosk/bridge.ts expects.
import type { BrowserContext } from '@playwright/test';
import fs from 'node:fs';
import { createRequire } from 'node:module';
import os from 'node:os';
import path from 'node:path';
import type * as ServicesModule from '../../electron/src/services';
import type * as IpcModule from '../../electron/src/ipc';
import type { IpcChannel } from '../../electron/src/ipc';
import type { PowerSaveBlockerLike } from '../../electron/src/keepAwake';
import type { StringCipher } from '../../electron/src/credentials';

export interface KioskMain {
  dataDir: string;
  invoke(channel: string, input: unknown): ReturnType<typeof IpcModule.invokeHandler>;
  /** Lets the context's pages call this main process through `hhcKioskInvoke`. */
  expose(context: BrowserContext): Promise<void>;
  close(): void;
}

/**
 * electron/ is a CommonJS package: Node's ES module loader would load its
 * TypeScript untransformed, while require() goes through Playwright's transform.
 */
const requireCjs = <T>(specifier: string): T => createRequire(import.meta.url)(specifier) as T;

/** Electron's safeStorage, minus Electron: reversible, never plain text. */
const cipher: StringCipher = {
  isEncryptionAvailable: () => true,
  encryptString: (s) => Buffer.from(`enc:${Buffer.from(s).toString('base64')}`),
  decryptString: (b) => Buffer.from(b.toString().slice(4), 'base64').toString(),
};

function fakeBlocker(): PowerSaveBlockerLike {
  const started = new Set<number>();
  let next = 1;
  return {
    start: () => (started.add(next), next++),
    stop: (id) => started.delete(id),
    isStarted: (id) => started.has(id),
  };
}

/** Opens the services in a new temporary folder, paired with the server as the given kiosk. */
export async function openKioskMain(
  serverUrl: string,
  credential: string,
  name = 'kiosk',
): Promise<KioskMain> {
  const dataDir = fs.mkdtempSync(path.join(os.tmpdir(), `hhc-${name}-e2e-`));
  const ipc = requireCjs<typeof IpcModule>('../../electron/src/ipc');
  const { openKioskServices } = requireCjs<typeof ServicesModule>('../../electron/src/services');
  const services = openKioskServices({
    dataDir,
    cipher,
    powerSaveBlocker: fakeBlocker(),
    warn: () => undefined,
  });
  const handlers = ipc.createIpcHandlers({ serverUrl, appVersion: 'e2e' }, services);
  const invoke = (channel: string, input: unknown) =>
    ipc.invokeHandler(handlers, channel as IpcChannel, input);
  const saved = await invoke('pairing:save', { serverUrl, credential });
  if (!saved.ok) throw new Error(`pairing:save: ${saved.error.message}`);
  return {
    dataDir,
    invoke,
    expose: async (context) => {
      await context.exposeBinding('hhcKioskInvoke', (_source, channel: string, input: unknown) =>
        invoke(channel, input),
      );
    },
    close: () => {
      services.close();
      fs.rmSync(dataDir, { recursive: true, force: true });
    },
  };
}
