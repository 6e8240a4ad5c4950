// The call log's outbox, driven by the page (it holds the connection to the
// server): read what waits, send it, hand back the server's receipt. A row
// leaves the outbox only if the receipt names the version it still has, so a
// row that changed meanwhile goes again.
import { kioskIpcInputs } from '@hhc/common/kiosk/ipc';
import type { CallLog } from '../callLog/CallLog';
import { handler } from './define';

/** A school day is a few dozen calls: one batch usually drains the outbox. */
const DEFAULT_BATCH = 50;

export function syncHandlers(log: CallLog) {
  return {
    'sync:pending': handler(kioskIpcInputs['sync:pending'], ({ limit }) =>
      log.pendingSync(limit ?? DEFAULT_BATCH).map((entry) => entry.row),
    ),
    'sync:ack': handler(kioskIpcInputs['sync:ack'], ({ accepted }) => ({
      synced: accepted.filter(({ id, version }) => log.markSynced(id, version)).length,
    })),
  };
}
