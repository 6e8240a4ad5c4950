// Test helpers: temporary directories removed after each test, and a clock
// the test moves by hand.
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { afterEach, vi } from 'vitest';
import type { StringCipher } from './credentials';
import type { PowerSaveBlockerLike } from './keepAwake';

const made: string[] = [];

afterEach(() => {
  for (const dir of made.splice(0)) fs.rmSync(dir, { recursive: true, force: true });
});

export function tempDir(prefix = 'hhc-kiosk-'): string {
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), prefix));
  made.push(dir);
  return dir;
}

/** 2026-03-02 09:00 UTC, a Monday: inside the range the schemas accept. */
export const T0 = Date.UTC(2026, 2, 2, 9, 0);

export function manualClock(start = T0) {
  let current = start;
  return {
    now: () => current,
    advance(ms: number) {
      current += ms;
      return current;
    },
    set(instant: number) {
      current = instant;
    },
  };
}

/** Electron's powerSaveBlocker, minus Electron. */
export function fakeBlocker() {
  const started = new Set<number>();
  let next = 1;
  const blocker = {
    started,
    start: vi.fn((_type: 'prevent-display-sleep') => {
      started.add(next);
      return next++;
    }),
    stop: vi.fn((id: number) => started.delete(id)),
    isStarted: (id: number) => started.has(id),
  };
  return blocker satisfies PowerSaveBlockerLike;
}

/** Reversible and obviously not the plain text; availability can be switched like a keyring. */
export function fakeCipher() {
  const cipher = {
    available: true,
    isEncryptionAvailable: () => cipher.available,
    encryptString: (s: string) =>
      Buffer.from(`enc:${Buffer.from(s).toString('base64').split('').reverse().join('')}`),
    decryptString: (b: Buffer) => {
      const text = b.toString();
      if (!text.startsWith('enc:'))
        throw new Error('Error while decrypting the ciphertext provided to safeStorage');
      return Buffer.from(text.slice(4).split('').reverse().join(''), 'base64').toString();
    },
  };
  return cipher satisfies StringCipher;
}
