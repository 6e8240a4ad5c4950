// Which node carries a call. A call is one mediasoup router on one worker, so
// both of its peers must reach the same node's router even when their sockets
// are on different nodes. Each node keeps a heartbeat in Redis (its load, and
// whether it is draining) under a key that expires; a call's first join
// places it on the least-loaded live node that is not draining and records
// that in a claim with an expiry, refreshed by the carrying node while the
// call's room lives. Without Redis there is one node, and it carries every call.
import type { RedisClientType } from 'redis';
import { z } from 'zod';

export interface CallPlacement {
  nodeId: string;
  /** The node carrying the booking's call; placed now if none does yet. */
  ownerOf(bookingId: string): Promise<string>;
  /** Drops the claim of a node that no longer answers, so the call can be placed again. */
  release(bookingId: string, deadOwner: string): Promise<void>;
  /** No new calls here from now on; the calls already here go on (a deploy waits for them). */
  drain(): void;
  readonly draining: boolean;
  close(): void;
}

export function singleNode(nodeId: string): CallPlacement {
  let draining = false;
  return {
    nodeId,
    ownerOf: async () => nodeId,
    release: async () => {},
    drain: () => {
      draining = true;
    },
    get draining() {
      return draining;
    },
    close: () => {},
  };
}

const CLAIM = (bookingId: string) => `hhc:call-node:${bookingId}`;
const HEARTBEAT = (nodeId: string) => `hhc:node:${nodeId}`;
/** A node that died stops refreshing; its calls can be placed elsewhere after this. */
const CLAIM_MS = 30_000;
const REFRESH_MS = 2_000;
const CLAIM_EVERY = 5;
/** A heartbeat older than this is a dead node (three missed beats). */
const HEARTBEAT_MS = 3 * REFRESH_MS;

/** Deletes the claim only if it still names that node (another may have claimed it meanwhile). */
const RELEASE_IF_OWNER =
  "if redis.call('get', KEYS[1]) == ARGV[1] then return redis.call('del', KEYS[1]) end return 0";

/** A heartbeat as read back from Redis: another node wrote it, so it is checked like any input. */
const heartbeatSchema = z.object({
  nodeId: z.string().min(1).max(64),
  peers: z.number().int().min(0),
  workersAlive: z.number().int().min(0),
  draining: z.boolean(),
});
export type NodeLoad = z.infer<typeof heartbeatSchema>;

/** The live nodes' heartbeats. */
export async function liveNodes(client: RedisClientType): Promise<NodeLoad[]> {
  const keys: string[] = [];
  for await (const batch of client.scanIterator({ MATCH: HEARTBEAT('*'), COUNT: 100 })) {
    keys.push(...(Array.isArray(batch) ? batch : [batch]));
  }
  if (keys.length === 0) return [];
  const values = await client.mGet(keys);
  return values.flatMap((value) => {
    try {
      const parsed = heartbeatSchema.safeParse(JSON.parse(String(value)));
      return parsed.success ? [parsed.data] : [];
    } catch {
      return [];
    }
  });
}

/** Fewest peers first; the node asking wins a tie (no forwarding needed). */
export function leastLoaded(nodes: readonly NodeLoad[], self: string): string | undefined {
  return [...nodes]
    .filter((node) => !node.draining && node.workersAlive > 0)
    .sort((a, b) => a.peers - b.peers || Number(b.nodeId === self) - Number(a.nodeId === self))[0]?.nodeId;
}

export function redisPlacement(
  client: RedisClientType,
  nodeId: string,
  local: { roomIds(): string[]; load(): { peers: number; workersAlive: number } },
): CallPlacement {
  let draining = false;
  let carried = new Set<string>();
  let beats = 0;
  const beat = async () => {
    const load: NodeLoad = { nodeId, ...local.load(), draining };
    await client.set(HEARTBEAT(nodeId), JSON.stringify(load), { PX: HEARTBEAT_MS });
    // The calls whose rooms are here stay claimed (a new room now, every claim each CLAIM_EVERY beats:
    // one write per call per 10 s keeps Redis load small at thousands of calls); a room that closed
    // gives its claim back.
    const now = new Set(local.roomIds());
    const all = beats++ % CLAIM_EVERY === 0;
    for (const bookingId of now) {
      if (all || !carried.has(bookingId)) await client.set(CLAIM(bookingId), nodeId, { PX: CLAIM_MS });
    }
    for (const bookingId of carried) {
      if (!now.has(bookingId))
        await client.eval(RELEASE_IF_OWNER, { keys: [CLAIM(bookingId)], arguments: [nodeId] });
    }
    carried = now;
  };
  // Redis away: claims and heartbeats may lapse; calls go on, and the next join places them again.
  const timer = setInterval(() => void beat().catch(() => undefined), REFRESH_MS);
  timer.unref();
  void beat().catch(() => undefined);
  return {
    nodeId,
    async ownerOf(bookingId) {
      for (let attempt = 0; attempt < 3; attempt++) {
        const owner = await client.get(CLAIM(bookingId));
        if (owner) return owner;
        const chosen = leastLoaded(await liveNodes(client), nodeId) ?? nodeId;
        if ((await client.set(CLAIM(bookingId), chosen, { NX: true, PX: CLAIM_MS })) === 'OK') return chosen;
        // Another node placed it at the same moment: read its choice.
      }
      return nodeId;
    },
    async release(bookingId, deadOwner) {
      await client.eval(RELEASE_IF_OWNER, { keys: [CLAIM(bookingId)], arguments: [deadOwner] });
      await client.del(HEARTBEAT(deadOwner));
    },
    drain() {
      draining = true;
      void beat().catch(() => undefined);
    },
    get draining() {
      return draining;
    },
    close() {
      clearInterval(timer);
      void client.del(HEARTBEAT(nodeId)).catch(() => undefined);
    },
  };
}
