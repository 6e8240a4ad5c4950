// An activity action applied on the node carrying the call, for a socket on
// this node or one forwarded from another node: numbered by the call's state,
// recorded for the teachers' report, and pushed to the call's other peers
// wherever their sockets are (here, or through the adapter to their node).
import type { ActivityAction } from '@hhc/common/activities/schema';
import type { ActivityState } from '@hhc/common/activities/state';
import type { AppContext } from '../api/context';
import type { Room } from './Room';

export function actInCall(
  context: AppContext,
  room: Room,
  peerId: string,
  action: ActivityAction,
): { seq: number } {
  const by = room.peer(peerId).role;
  const { seq, summaryChanged } = context.rooms.activities.act(room.id, action, by);
  if (summaryChanged) {
    // For the teachers' report: kinds only, a few writes per call at most.
    const { used, kept } = context.rooms.activities.summary(room.id);
    context.store.callActivities.record(room.id, used, kept, context.now()).catch(() => undefined);
  }
  const acted = { seq, by, action };
  for (const other of room.peers.values()) {
    if (other.id === peerId) continue;
    const socket = context.peerSockets.get(other.id);
    if (socket) socket.emit('activity:acted', acted);
    else context.forwarding?.notifyRemote(other.id, 'activity:acted', [acted]);
  }
  return { seq };
}

export function activitiesOfCall(context: AppContext, room: Room): { state: ActivityState } {
  return { state: context.rooms.activities.snapshot(room.id) };
}
