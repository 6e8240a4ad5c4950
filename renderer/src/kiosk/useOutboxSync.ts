// Sends the kiosk's local call log to the server whenever it is reachable:
// at once on (re)connecting, then every minute. At least once, never twice in
// effect: the server keeps the newest version of each row, and a row leaves
// the outbox only when the server has the version it still holds.
import { useEffect } from 'react';
import type { KioskApi } from '@hhc/common/kiosk/ipc';
import { ConnectionState, type SignalingClient } from '../call/SignalingClient';

export const SYNC_EVERY_MS = 60_000;

export async function syncOnce(bridge: KioskApi, client: SignalingClient): Promise<number> {
  let synced = 0;
  // A few batches per run drain a busy day; a row that keeps changing waits for the next run.
  for (let batch = 0; batch < 5; batch++) {
    const pending = await bridge.sync.pending({});
    if (!pending.ok || pending.value.length === 0) break;
    const { accepted } = await client.request('kiosk:sync-call-log', { rows: pending.value });
    const ack = await bridge.sync.ack({ accepted });
    if (!ack.ok || ack.value.synced === 0) break;
    synced += ack.value.synced;
  }
  return synced;
}

export function useOutboxSync(
  bridge: KioskApi | undefined,
  client: SignalingClient | undefined,
  state: ConnectionState,
): void {
  useEffect(() => {
    if (!bridge || !client || state !== ConnectionState.Connected) return undefined;
    const run = () => void syncOnce(bridge, client).catch(() => undefined);
    run();
    const timer = setInterval(run, SYNC_EVERY_MS);
    return () => clearInterval(timer);
  }, [bridge, client, state]);
}
