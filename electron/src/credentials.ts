// Where the kiosk keeps its device credential and server URL. The credential
// lets anyone act as this kiosk (see the school's roster and schedule), so it
// is encrypted with the OS keystore when there is one (Electron's
// safeStorage: DPAPI on Windows, the keyring on Linux), and otherwise kept in
// a file only the kiosk's OS user can read.
import fs from 'node:fs/promises';
import { pairingSchema, type Pairing } from '@hhc/common/kiosk/pairing';
import { removeFileDurably, writeFileAtomic } from './atomicFile';

export { pairingSchema, type Pairing };

export interface CredentialStore {
  read(): Promise<Pairing | undefined>;
  write(pairing: Pairing): Promise<void>;
  clear(): Promise<void>;
}

/** Electron's safeStorage has exactly this shape; tests pass a fake. */
export interface StringCipher {
  isEncryptionAvailable(): boolean;
  encryptString(plainText: string): Buffer;
  decryptString(encrypted: Buffer): string;
}

export type Warn = (message: string) => void;

/** A JSON file readable by the kiosk's OS user only (0600; on Windows the profile's ACLs do this). */
export function plainCredentialStore(file: string, warn: Warn = console.warn): CredentialStore {
  return {
    async read() {
      const bytes = await readIfPresent(file);
      return bytes && parsePairing(bytes.toString('utf8'), warn, file);
    },
    async write(pairing) {
      await writeFileAtomic(file, JSON.stringify(pairingSchema.parse(pairing)), { mode: 0o600 });
    },
    clear: () => removeFileDurably(file),
  };
}

/**
 * Encrypts with the cipher, and falls back to the plain file (with a warning)
 * while encryption is unavailable, e.g. on a Linux kiosk without a keyring.
 * Availability is asked on every call because it can change between boots;
 * a write always removes the other file, so a stale copy is never read.
 */
export function encryptedCredentialStore(options: {
  file: string;
  plainFile: string;
  cipher: StringCipher;
  warn?: Warn;
}): CredentialStore {
  const { file, cipher } = options;
  const warn = options.warn ?? console.warn;
  const plain = plainCredentialStore(options.plainFile, warn);

  async function readEncrypted(): Promise<Pairing | undefined> {
    const bytes = await readIfPresent(file);
    if (!bytes) return undefined;
    let text: string;
    try {
      text = cipher.decryptString(bytes);
    } catch {
      // Another OS user's key, or a damaged file: the kiosk shows pairing again.
      warn('kiosk credentials: the stored credential cannot be decrypted; pair the kiosk again');
      return undefined;
    }
    return parsePairing(text, warn, file);
  }

  const store: CredentialStore = {
    async read() {
      if (!cipher.isEncryptionAvailable()) {
        if (await readIfPresent(file))
          warn('kiosk credentials: encryption is unavailable, so the encrypted credential cannot be read');
        return plain.read();
      }
      const encrypted = await readEncrypted();
      if (encrypted) return encrypted;
      // Written while encryption was unavailable: encrypt it now that we can.
      const fallback = await plain.read();
      if (fallback) await store.write(fallback);
      return fallback;
    },
    async write(pairing) {
      const valid = pairingSchema.parse(pairing);
      if (!cipher.isEncryptionAvailable()) {
        warn(
          'kiosk credentials: OS encryption is unavailable; storing the credential in a 0600 file instead',
        );
        await plain.write(valid);
        await removeFileDurably(file);
        return;
      }
      await writeFileAtomic(file, cipher.encryptString(JSON.stringify(valid)), { mode: 0o600 });
      await plain.clear();
    },
    async clear() {
      await Promise.all([removeFileDurably(file), plain.clear()]);
    },
  };
  return store;
}

async function readIfPresent(file: string): Promise<Buffer | undefined> {
  try {
    return await fs.readFile(file);
  } catch (error) {
    if ((error as NodeJS.ErrnoException).code === 'ENOENT') return undefined;
    throw error;
  }
}

function parsePairing(text: string, warn: Warn, file: string): Pairing | undefined {
  try {
    return pairingSchema.parse(JSON.parse(text));
  } catch {
    warn(`kiosk credentials: ignoring an unreadable credential file (${file}); pair the kiosk again`);
    return undefined;
  }
}
