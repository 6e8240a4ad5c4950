// Which node carries a call. A call is one mediasoup router on one worker, so
// both of its peers must reach the same node's router even when their sockets
// are on different nodes. The first node asked claims the call in Redis (a key
// with an expiry, refreshed while its room lives); the others forward to it.
// Without Redis there is one node, and it carries every call.
import type { RedisClientType } from 'redis';

export interface CallPlacement {
  nodeId: string;
  /** The node carrying the booking's call; this node when none does yet. */
  ownerOf(bookingId: string): Promise<string>;
  /** Drops the claim of a node that no longer answers, so the call can be placed again. */
  release(bookingId: string, deadOwner: string): Promise<void>;
  close(): void;
}

export function singleNode(nodeId: string): CallPlacement {
  return { nodeId, ownerOf: async () => nodeId, release: async () => {}, close: () => {} };
}

/** Deletes the claim only if it still names that node (another may have claimed it meanwhile). */
const RELEASE_IF_OWNER =
  "if redis.call('get', KEYS[1]) == ARGV[1] then return redis.call('del', KEYS[1]) end return 0";

const KEY = (bookingId: string) => `hhc:call-node:${bookingId}`;
/** A node that died stops refreshing; its calls can be placed elsewhere after this. */
const CLAIM_MS = 30_000;
const REFRESH_MS = 10_000;

export function redisPlacement(
  client: RedisClientType,
  nodeId: string,
  /** Whether this node still has the booking's room (else the claim is dropped). */
  hasRoom: (bookingId: string) => boolean,
): CallPlacement {
  const claimed = new Set<string>();
  const refresh = setInterval(() => {
    for (const bookingId of claimed) {
      // A room that closed gives its claim back, so the call can start anywhere next time.
      const work = hasRoom(bookingId)
        ? client.pExpire(KEY(bookingId), CLAIM_MS)
        : client.del(KEY(bookingId)).then(() => claimed.delete(bookingId));
      work.catch(() => undefined); // Redis away: the claim may lapse; the next join places the call again
    }
  }, REFRESH_MS);
  refresh.unref();
  return {
    nodeId,
    async ownerOf(bookingId) {
      for (let attempt = 0; attempt < 3; attempt++) {
        if ((await client.set(KEY(bookingId), nodeId, { NX: true, PX: CLAIM_MS })) === 'OK') {
          claimed.add(bookingId);
          return nodeId;
        }
        const owner = await client.get(KEY(bookingId));
        if (owner === nodeId) claimed.add(bookingId);
        if (owner) return owner;
        // The claim lapsed between the two commands: try to take it again.
      }
      return nodeId;
    },
    async release(bookingId, deadOwner) {
      await client.eval(RELEASE_IF_OWNER, { keys: [KEY(bookingId)], arguments: [deadOwner] });
    },
    close: () => clearInterval(refresh),
  };
}
