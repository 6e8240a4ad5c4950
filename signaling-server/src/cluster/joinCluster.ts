// Makes one server a node of a cluster (HHC_REDIS_URL): socket.io's Redis
// Streams adapter for broadcasts, call placement by the nodes' heartbeats,
// forwarding of call requests to the node carrying each call, and guessing
// limits shared by all nodes.
import type { WorkerPool } from '../media/WorkerPool';
import type { RoomRegistry } from '../calls/RoomRegistry';
import type { AppContext } from '../api/context';
import { hostCall } from '../api/calls';
import { actInCall, activitiesOfCall } from '../calls/callActivityActs';
import type { Logger } from '../logger';
import type { AppServer } from '../socket/types';
import { CallForwarding } from './callForwarding';
import { redisPlacement } from './callPlacement';
import { useRedisAdapter } from './redisAdapter';
import { sharedLimiters } from './redisCounters';

export interface ClusterMembership {
  close(): Promise<void>;
}

export async function joinCluster(deps: {
  io: AppServer;
  context: AppContext;
  rooms: RoomRegistry;
  pool: WorkerPool;
  nodeId: string;
  redisUrl: string;
  log: Logger;
}): Promise<ClusterMembership> {
  const { io, context, rooms, pool, nodeId, log } = deps;
  const redis = await useRedisAdapter(io, deps.redisUrl, log.child({ module: 'redis' }));
  // A call is placed on the least-loaded live node; sockets on other nodes forward to it.
  const placement = redisPlacement(redis.client, nodeId, {
    roomIds: () => rooms.ids(),
    load: () => ({ peers: rooms.counts().peers, workersAlive: pool.aliveCount }),
  });
  const forwarding = new CallForwarding(
    io,
    nodeId,
    {
      join: (bookingId, request) => hostCall(context, bookingId, request),
      room: (id) => rooms.get(id),
      roomIds: () => rooms.ids(),
      act: (room, peerId, action) => actInCall(context, room, peerId, action),
      activities: (room) => activitiesOfCall(context, room),
    },
    context.peerSockets,
    log.child({ module: 'calls' }),
    () => redis.client.isReady,
  );
  context.placement = placement;
  context.forwarding = forwarding;
  // Guessing limits count across all nodes: round-robin must not multiply a guesser's allowance.
  context.limiters = sharedLimiters(redis.client, context.limiters);
  return {
    async close() {
      placement.close();
      forwarding.close();
      await redis.close();
    },
  };
}
