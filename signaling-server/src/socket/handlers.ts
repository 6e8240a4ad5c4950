// One small handler per request. Each receives an already validated payload
// and returns the acknowledgement's value or throws an AppError.
import { randomUUID } from 'node:crypto';
import type { z } from 'zod';
import type { types } from 'mediasoup';
import type { RequestName, ResponseMap } from '@hhc/common/protocol';
import type { requestSchemas } from '@hhc/common/protocol';
import type { RtpCapabilities } from '@hhc/common/mediaSchemas';
import { AppError, ErrorCode } from '@hhc/common/result';
import type { Room } from '../calls/Room';
import type { RoomRegistry } from '../calls/RoomRegistry';
import type { AppSocket } from './types';

export interface HandlerContext {
  socket: AppSocket;
  rooms: RoomRegistry;
  routerRtpCapabilities: RtpCapabilities;
  /** peerId → socket, so rooms can reach their peers. */
  peerSockets: Map<string, AppSocket>;
}

type Handler<K extends RequestName> = (
  context: HandlerContext,
  payload: z.output<(typeof requestSchemas)[K]>,
) => Promise<ResponseMap[K]>;

export type HandlerMap = { [K in RequestName]: Handler<K> };

function joinedRoom({ socket, rooms }: HandlerContext): { room: Room; peerId: string } {
  const { roomId, peerId } = socket.data;
  const room = roomId ? rooms.get(roomId) : undefined;
  if (!room || !peerId || !room.peers.has(peerId)) {
    throw new AppError(ErrorCode.NotJoined, 'Join a call first.');
  }
  return { room, peerId };
}

/** Forgets this socket's call, e.g. after leaving or after the room closed under it. */
export function leaveCall(context: HandlerContext): void {
  const { socket, rooms, peerSockets } = context;
  const { roomId, peerId } = socket.data;
  if (peerId) {
    peerSockets.delete(peerId);
    if (roomId) rooms.get(roomId)?.removePeer(peerId);
  }
  delete socket.data.roomId;
  delete socket.data.peerId;
}

export const handlers: HandlerMap = {
  'call:capabilities': async ({ routerRtpCapabilities }) => ({ routerRtpCapabilities }),

  'call:join': async (context, { roomId, role, displayName, rtpCapabilities }) => {
    const { socket, rooms, peerSockets } = context;
    if (socket.data.peerId) throw new AppError(ErrorCode.AlreadyJoined, 'You are already in a call.');
    const peerId = randomUUID();
    // Claim the socket before the first await so a second join cannot slip in.
    socket.data.peerId = peerId;
    socket.data.roomId = roomId;
    peerSockets.set(peerId, socket);
    try {
      const room = await rooms.getOrCreate(roomId);
      const { answer } = await room.join({ peerId, role, displayName, rtpCapabilities });
      if (socket.disconnected) {
        leaveCall(context);
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

  'call:leave': async (context) => {
    leaveCall(context);
    return {};
  },

  'transport:connect': async (context, { transportId, dtlsParameters }) => {
    const { room, peerId } = joinedRoom(context);
    await room.connectTransport(peerId, transportId, dtlsParameters as types.DtlsParameters);
    return {};
  },

  'transport:restart-ice': async (context, { transportId }) => {
    const { room, peerId } = joinedRoom(context);
    return { iceParameters: await room.restartIce(peerId, transportId) };
  },

  'media:produce': async (context, request) => {
    const { room, peerId } = joinedRoom(context);
    return { producerId: await room.produce(peerId, request) };
  },

  'media:set-producer-paused': async (context, { producerId, paused }) => {
    const { room, peerId } = joinedRoom(context);
    await room.setProducerPaused(peerId, producerId, paused);
    return {};
  },

  'media:resume-consumer': async (context, { consumerId }) => {
    const { room, peerId } = joinedRoom(context);
    await room.resumeConsumer(peerId, consumerId);
    return {};
  },
};
