// Where the kiosk keeps its pairing (server address + device credential): in
// the Electron app the main process (encrypted with safeStorage); in a plain
// browser (trying the kiosk page, tests without the bridge) localStorage.
import type { KioskApi } from '@hhc/common/kiosk/ipc';
import type { Pairing } from '@hhc/common/kiosk/pairing';

export type { Pairing };

const KEY = 'hhc.kioskPairing';

export interface PairingStore {
  read(): Promise<Pairing | undefined>;
  write(pairing: Pairing): Promise<void>;
  clear(): Promise<void>;
}

export function credentialStore(bridge: KioskApi | undefined): PairingStore {
  if (bridge) {
    return {
      read: async () => {
        const result = await bridge.pairing.get();
        return result.ok && result.value ? result.value : undefined;
      },
      write: async (pairing) => void (await bridge.pairing.save(pairing)),
      clear: async () => void (await bridge.pairing.clear()),
    };
  }
  return {
    read: async () => {
      try {
        const saved = JSON.parse(localStorage.getItem(KEY) ?? 'null') as Pairing | null;
        return saved ?? undefined;
      } catch {
        return undefined;
      }
    },
    write: async (pairing) => localStorage.setItem(KEY, JSON.stringify(pairing)),
    clear: async () => localStorage.removeItem(KEY),
  };
}
