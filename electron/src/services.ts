// Everything the main process keeps on disk or in the OS, opened in one place
// with one clock, so main.ts only wires Electron to it and tests open the
// same thing in a temporary directory with a clock of their own.
import path from 'node:path';
import { KioskCache } from './cache/KioskCache';
import { openCallLog, type CallLog } from './callLog/CallLog';
import { Gallery } from './gallery/Gallery';
import { encryptedCredentialStore, type CredentialStore, type StringCipher } from './credentials';
import { KeepAwake, type PowerSaveBlockerLike } from './keepAwake';

/** Synced rows are kept this long for teacher mode; the server keeps them for good. */
export const CALL_LOG_RETENTION_MS = 60 * 24 * 60 * 60_000;

export interface KioskServicesOptions {
  /** Electron's userData directory in the app. */
  dataDir: string;
  cipher: StringCipher;
  powerSaveBlocker: PowerSaveBlockerLike;
  now?: () => number;
  warn?: (message: string) => void;
}

export interface KioskServices {
  callLog: CallLog;
  cache: KioskCache;
  credentials: CredentialStore;
  keepAwake: KeepAwake;
  /** Drawings children kept from their calls. */
  gallery: Gallery;
  close(): void;
}

export function openKioskServices(options: KioskServicesOptions): KioskServices {
  const now = options.now ?? Date.now;
  const warn = options.warn ?? ((message: string) => console.warn(message));
  const callLog = openCallLog(path.join(options.dataDir, 'call-log.sqlite'), { now });
  // Nothing can be in a call while the main process starts: what is open was cut off.
  const interrupted = callLog.closeInterrupted();
  if (interrupted.length > 0) warn(`call log: closed ${interrupted.length} call(s) cut off by a restart`);
  callLog.deleteOlderThan(now() - CALL_LOG_RETENTION_MS);
  const keepAwake = new KeepAwake(options.powerSaveBlocker);
  return {
    callLog,
    cache: new KioskCache(path.join(options.dataDir, 'cache'), { now, warn }),
    credentials: encryptedCredentialStore({
      file: path.join(options.dataDir, 'pairing.bin'),
      plainFile: path.join(options.dataDir, 'pairing.json'),
      cipher: options.cipher,
      warn,
    }),
    keepAwake,
    gallery: new Gallery(path.join(options.dataDir, 'gallery'), now),
    close() {
      keepAwake.callEnded();
      callLog.close();
    },
  };
}
