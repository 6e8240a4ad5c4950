// Joining a booked call and running its media. The kiosk of the booking's
// school and the links of the booking's own guardians are admitted; nobody else.
import { randomUUID } from 'node:crypto';
import type { types } from 'mediasoup';
import { AppError, ErrorCode } from '@hhc/common/result';
import { canJoin } from '../domain/lifecycle';
import type { JoinRequest, Room } from '../calls/Room';
import { NodeLost, type CallRoom } from '../cluster/callForwarding';
import type { AppSocket } from '../socket/types';
import type { AppContext, HandlerContext, HandlerTable } from './context';

type CallRequest =
  | 'call:capabilities'
  | 'call:join'
  | 'call:leave'
  | 'transport:connect'
  | 'transport:restart-ice'
  | 'media:produce'
  | 'media:set-producer-paused'
  | 'media:resume-consumer'
  | 'media:set-consumer-preferences';

function joinedRoom(context: HandlerContext): { room: CallRoom; peerId: string } {
  // A call carried by another node: the node checks membership itself.
  const remote = remoteCall(context);
  if (remote) return { room: remote.call, peerId: remote.peerId };
  const { socket, rooms } = context;
  const { roomId, peerId } = socket.data;
  const room = roomId ? rooms.get(roomId) : undefined;
  if (!room || !peerId || !room.peers.has(peerId)) {
    throw new AppError(ErrorCode.NotJoined, 'Join a call first.');
  }
  return { room, peerId };
}

/** The call of this socket's peer when another node carries it (several nodes). */
export function remoteCall({ socket, forwarding }: HandlerContext) {
  const { peerId } = socket.data;
  const call = peerId ? forwarding?.remoteRooms.get(peerId) : undefined;
  return call && peerId ? { call, peerId } : undefined;
}

/**
 * The call's room on this node, for what only the carrying node keeps (the
 * call's activities); a call carried elsewhere is reached through remoteCall.
 */
export function localRoom({ socket, rooms }: HandlerContext): { room: Room; peerId: string } {
  const { roomId, peerId } = socket.data;
  const room = roomId ? rooms.get(roomId) : undefined;
  if (!room || !peerId || !room.peers.has(peerId)) {
    throw new AppError(ErrorCode.NotJoined, 'Join a call first.');
  }
  return { room, peerId };
}

/**
 * Joins on the node carrying the call: here, or through the node that claimed
 * it. A claim left by a node that died is dropped and the call placed again.
 */
async function joinWherever(context: AppContext, bookingId: string, socket: AppSocket, request: JoinRequest) {
  const { placement, forwarding } = context;
  let owner = await placement.ownerOf(bookingId);
  if (owner !== placement.nodeId && forwarding) {
    try {
      return await forwarding.join(owner, bookingId, socket, request);
    } catch (error) {
      if (!(error instanceof NodeLost)) throw error;
      await placement.release(bookingId, owner);
      owner = await placement.ownerOf(bookingId);
      if (owner !== placement.nodeId) return forwarding.join(owner, bookingId, socket, request);
    }
  }
  return hostCall(context, bookingId, request);
}

/**
 * Joins a peer to the booking's call on this node (for a socket here, or one
 * on another node that forwarded the join), and records it.
 */
export async function hostCall(context: AppContext, bookingId: string, request: JoinRequest) {
  const booking = await context.store.bookings.get(bookingId);
  if (!booking) throw new AppError(ErrorCode.NotFound, 'Call not found.');
  const room = await context.rooms.getOrCreate(bookingId);
  const { answer } = await room.join(request);
  await context.calls.joined(booking, request.role, request.peerId);
  return { ...answer, endsAt: booking.endAt };
}

/** Forgets this socket's call, e.g. after leaving or disconnecting. */
export function leaveCall(context: HandlerContext, reason = 'left'): void {
  const { socket, rooms, peerSockets, forwarding } = context;
  const { roomId, peerId } = socket.data;
  if (peerId) {
    peerSockets.delete(peerId);
    const remote = forwarding?.remoteRooms.get(peerId);
    if (remote) remote.removePeer(peerId, reason);
    else if (roomId) rooms.get(roomId)?.removePeer(peerId, reason);
  }
  delete socket.data.roomId;
  delete socket.data.peerId;
}

/** Who this connection is in the booking's call, or a refusal that reveals nothing. */
async function admission(context: HandlerContext, bookingId: string) {
  const { principal } = context.socket.data;
  const booking = await context.store.bookings.get(bookingId);
  const notYours = new AppError(ErrorCode.NotFound, 'Call not found.');
  if (!booking) throw notYours;
  const school = await context.store.schools.get(booking.schoolId);
  if (!school) throw notYours;
  // Every party of the booking keeps a place: the children's kiosk and each guardian's link.
  const parties = ['kiosk', ...booking.guardianIds.map((id) => `guardian:${id}`)];
  let who: Pick<JoinRequest, 'role' | 'displayName' | 'seat' | 'relation' | 'avatars'>;
  if (principal.guardian) {
    // Only the guardians of this booking; anyone else hears what a random id would.
    const { guardianId } = principal.guardian;
    if (!booking.guardianIds.includes(guardianId)) throw notYours;
    const guardian = await context.store.guardians.get(guardianId);
    who = {
      role: 'parent',
      displayName: guardian?.displayName ?? 'parent',
      ...(guardian ? { relation: guardian.relation } : {}),
      seat: `guardian:${guardianId}`,
    };
  } else if (principal.kiosk) {
    if (principal.kiosk.schoolId !== booking.schoolId) throw notYours;
    if (booking.kioskId !== null && booking.kioskId !== principal.kiosk.kioskId) throw notYours;
    const children = (await Promise.all(booking.childIds.map((id) => context.store.children.get(id)))).filter(
      (child) => child !== undefined,
    );
    who = {
      role: 'kiosk',
      // Siblings sit in front of one kiosk: one tile, their names together.
      displayName: children.map((child) => child.displayName).join('、') || 'child',
      avatars: children.map((child) => child.avatar),
      // A kiosk holds one place: rejoining from it (a reload, a crash) replaces its earlier peer.
      seat: `kiosk:${principal.kiosk.kioskId}`,
    };
  } else {
    throw new AppError(ErrorCode.Unauthorized, 'Please sign in.');
  }
  const { role } = who;
  const joinable = canJoin(booking, role, context.now(), school.policy);
  if (!joinable.ok) {
    const messages = {
      NOT_CONFIRMED: 'This call is not confirmed.',
      TOO_EARLY: 'It is too early to join this call.',
      ENDED: 'This call is over.',
    } as const;
    throw new AppError(ErrorCode.NotJoinable, messages[joinable.reason]);
  }
  return { booking, who: { ...who, parties } };
}

export const callHandlers: HandlerTable<CallRequest> = {
  'call:capabilities': {
    access: 'call',
    run: async ({ routerRtpCapabilities }) => ({ routerRtpCapabilities }),
  },

  'call:join': {
    access: 'call',
    run: async (context, { bookingId, rtpCapabilities }) => {
      const { socket, peerSockets } = context;
      if (socket.data.peerId) throw new AppError(ErrorCode.AlreadyJoined, 'You are already in a call.');
      const peerId = randomUUID();
      // Claim the socket before the first await so a second join cannot slip in.
      socket.data.peerId = peerId;
      socket.data.roomId = bookingId;
      peerSockets.set(peerId, socket);
      try {
        const { who } = await admission(context, bookingId);
        const request: JoinRequest = { peerId, ...who, rtpCapabilities };
        const answer = await joinWherever(context, bookingId, socket, request);
        if (socket.disconnected) {
          leaveCall(context, 'disconnected');
          throw new AppError(ErrorCode.Disconnected, 'The connection closed while joining.');
        }
        return answer;
      } catch (error) {
        if (socket.data.peerId === peerId) {
          peerSockets.delete(peerId);
          delete socket.data.peerId;
          delete socket.data.roomId;
        }
        throw error;
      }
    },
  },

  'call:leave': {
    access: 'call',
    run: async (context) => {
      leaveCall(context);
      return {};
    },
  },

  'transport:connect': {
    access: 'call',
    run: async (context, { transportId, dtlsParameters }) => {
      const { room, peerId } = joinedRoom(context);
      await room.connectTransport(peerId, transportId, dtlsParameters as types.DtlsParameters);
      return {};
    },
  },

  'transport:restart-ice': {
    access: 'call',
    run: async (context, { transportId }) => {
      const { room, peerId } = joinedRoom(context);
      return { iceParameters: await room.restartIce(peerId, transportId) };
    },
  },

  'media:produce': {
    access: 'call',
    run: async (context, request) => {
      const { room, peerId } = joinedRoom(context);
      return { producerId: await room.produce(peerId, request) };
    },
  },

  'media:set-producer-paused': {
    access: 'call',
    run: async (context, { producerId, paused }) => {
      const { room, peerId } = joinedRoom(context);
      await room.setProducerPaused(peerId, producerId, paused);
      return {};
    },
  },

  'media:resume-consumer': {
    access: 'call',
    run: async (context, { consumerId }) => {
      const { room, peerId } = joinedRoom(context);
      await room.resumeConsumer(peerId, consumerId);
      return {};
    },
  },

  'media:set-consumer-preferences': {
    access: 'call',
    run: async (context, { consumerId, ...preferences }) => {
      const { room, peerId } = joinedRoom(context);
      await room.setConsumerPreferences(peerId, consumerId, preferences);
      return {};
    },
  },
};
