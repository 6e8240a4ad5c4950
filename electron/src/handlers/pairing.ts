// The kiosk's pairing with its school's server. Pairing anew or unpairing
// also drops the offline cache: it belongs to the old pairing's school, and
// children's names should not outlive the kiosk's membership of that school.
import { empty } from '@hhc/common/api/fields';
import type { KioskCache } from '../cache/KioskCache';
import { pairingSchema, type CredentialStore, type Pairing } from '../credentials';
import { handler } from './define';

export function pairingHandlers(credentials: CredentialStore, cache: KioskCache) {
  return {
    /** The page needs the credential itself: its socket presents it in the handshake. */
    'pairing:get': handler(empty, async (): Promise<Pairing | null> => (await credentials.read()) ?? null),
    'pairing:save': handler(pairingSchema, async (pairing) => {
      await credentials.write(pairing);
      await cache.clear();
      return {};
    }),
    'pairing:clear': handler(empty, async () => {
      await credentials.clear();
      await cache.clear();
      return {};
    }),
  };
}
