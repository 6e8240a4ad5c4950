// Several server nodes behind one address: socket.io's Redis Streams adapter
// carries every room broadcast (schedule changes, PIN-lock alerts) to the
// sockets on all nodes. The Streams adapter rather than pub/sub because it
// also keeps connection-state recovery working when a client comes back
// through another node. Redis holds nothing that must survive it: while it
// is away broadcasts reach this node's sockets only, and the client
// reconnects by itself.
import { createAdapter } from '@socket.io/redis-streams-adapter';
import { createClient, type RedisClientType } from 'redis';
import type { Logger } from '../logger';
import type { AppServer } from '../socket/types';

/** Attaches the adapter to `io`; returns the Redis client (for what else the nodes share) and its close. */
export async function useRedisAdapter(
  io: AppServer,
  url: string,
  log: Logger,
): Promise<{ client: RedisClientType; close: () => Promise<void> }> {
  let down = false;
  const client = createClient({
    url,
    // Keep trying, never faster than every two seconds, for as long as the node runs.
    socket: { reconnectStrategy: (retries) => Math.min(100 * 2 ** retries, 2_000) },
  });
  // Without a listener a lost connection would be an uncaught error and end the process.
  client.on('error', (error: Error) => {
    if (!down) log.warn({ err: error }, 'redis unreachable; broadcasts stay on this node until it is back');
    down = true;
  });
  client.on('ready', () => {
    if (down) log.info('redis reachable again');
    down = false;
  });
  await client.connect();
  io.adapter(createAdapter(client, { streamName: 'hhc:socket.io', maxLen: 10_000 }));
  return {
    client: client as RedisClientType,
    // Graceful: commands still in flight (the adapter's last messages) get their replies first;
    // a Redis that does not answer is not waited for.
    close: async () => {
      const timer = setTimeout(() => client.destroy(), 2_000);
      await client.close().catch(() => undefined);
      clearTimeout(timer);
    },
  };
}
