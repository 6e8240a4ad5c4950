// A call's requests (media, and the in-call activities whose state the
// carrying node keeps) from a socket on another node, carried to the node whose
// router has the call (socket.io's inter-server events over the Redis Streams
// adapter), and the call's pushes carried back (every socket is a room of its
// own id, which the adapter reaches on any node). The signalling nodes own
// their media and forward; see DESIGN notes for why not separate media nodes yet.
import { z } from 'zod';
import { AppError, ErrorCode } from '@hhc/common/result';
import { CallClosedReason, peerRoleSchema, type JoinAnswer } from '@hhc/common/api/calls';
import { rtpCapabilitiesSchema } from '@hhc/common/mediaSchemas';
import { guardianRelationSchema } from '@hhc/common/domain';
import { activityActionSchema, type ActivityAction } from '@hhc/common/activities/schema';
import type { ActivityState } from '@hhc/common/activities/state';
import type { Room, JoinRequest } from '../calls/Room';
import type { Logger } from '../logger';
import type { AppServer, AppSocket } from '../socket/types';

const CALL_EVENT = 'hhc:call';
const ENDED_EVENT = 'hhc:call-ended';
/** How often the carrying node looks for remote peers whose node died (their sockets vanished with it). */
const SWEEP_MS = 5_000;

/** What a socket's handlers do with the room of its call, wherever that room is. */
export type CallRoom = Pick<
  Room,
  | 'connectTransport'
  | 'restartIce'
  | 'produce'
  | 'setProducerPaused'
  | 'resumeConsumer'
  | 'setConsumerPreferences'
  | 'removePeer'
>;
/** A call carried by another node, as its peer's handlers see it: media and activities. */
export type RemoteCall = CallRoom & {
  act(peerId: string, action: ActivityAction): Promise<{ seq: number }>;
  activities(peerId: string): Promise<{ state: ActivityState }>;
};
type Operation = Exclude<keyof CallRoom, 'removePeer'>;
const operations: readonly Operation[] = [
  'connectTransport',
  'restartIce',
  'produce',
  'setProducerPaused',
  'resumeConsumer',
  'setConsumerPreferences',
];

const id = z.string().min(1).max(128);
/**
 * A forwarded request as it arrives from Redis. The sending node has checked
 * the client's request and who is asking; this checks the envelope, so a
 * malformed message (another version, a stray writer) is refused, not obeyed.
 */
const forwardedSchema = z.discriminatedUnion('op', [
  z.object({
    to: id,
    op: z.literal('join'),
    bookingId: id,
    socketId: id,
    request: z.object({
      peerId: id,
      seat: z.string().min(1).max(200),
      role: peerRoleSchema,
      displayName: z.string().max(200),
      rtpCapabilities: rtpCapabilitiesSchema,
      parties: z.array(z.string().min(1).max(200)).max(8).optional(),
      relation: guardianRelationSchema.optional(),
      avatars: z.array(z.string().max(64)).max(8).optional(),
    }),
  }),
  z.object({
    to: id,
    op: z.enum([...operations, 'removePeer']),
    bookingId: id,
    peerId: id,
    args: z.array(z.unknown()).max(4),
  }),
  // Activities: the action checked again here, as any client input (the size and shape limits hold on both nodes).
  z.object({ to: id, op: z.literal('act'), bookingId: id, peerId: id, action: activityActionSchema }),
  z.object({ to: id, op: z.literal('activities'), bookingId: id, peerId: id }),
]);
type Forwarded = z.infer<typeof forwardedSchema>;
type Reply =
  { ok: true; value: unknown } | { ok: false; code: ErrorCode; message: string; reason?: string } | null;

export interface CallHost {
  /** Opens (or finds) the booking's room here and joins the peer, as for a local socket. */
  join(bookingId: string, request: JoinRequest): Promise<Omit<JoinAnswer, 'endsAt'> & { endsAt: number }>;
  room(bookingId: string): Room | undefined;
  roomIds(): string[];
  /** Applies a joined peer's activity action to the call here and pushes it to the call's other peers. */
  act(room: Room, peerId: string, action: ActivityAction): { seq: number };
  activities(room: Room): { state: ActivityState };
}

export class CallForwarding {
  /** On a peer's signalling node: its call's room on another node. */
  readonly remoteRooms = new Map<string, RemoteCall>();
  /** On the node carrying a call: peers whose sockets are on other nodes (peer id → socket id). */
  readonly remotePeers = new Map<string, string>();

  constructor(
    private readonly io: AppServer,
    readonly nodeId: string,
    private readonly host: CallHost,
    private readonly peerSockets: Map<string, AppSocket>,
    private readonly log: Logger,
    /** Whether this node's Redis connection is up: without it no node answers, yet none is lost. */
    private readonly redisReady: () => boolean,
  ) {
    const server = io as unknown as {
      on(event: string, listener: (...args: never[]) => void): void;
    };
    server.on(CALL_EVENT, (message: unknown, reply: unknown) => {
      if (typeof reply !== 'function') return;
      const parsed = forwardedSchema.safeParse(message);
      if (!parsed.success || parsed.data.to !== nodeId) return reply(null);
      const request = parsed.data;
      this.serve(request).then(
        (value) => reply({ ok: true, value }),
        (error: unknown) => {
          if (error instanceof AppError)
            reply({ ok: false, code: error.code, message: error.message, reason: error.reason });
          else {
            this.log.error({ err: error, op: request.op }, 'forwarded call request failed');
            reply({ ok: false, code: ErrorCode.Internal, message: 'Something went wrong on the server.' });
          }
        },
      );
    });
    server.on(ENDED_EVENT, (peerId: unknown) => {
      if (typeof peerId === 'string') this.forget(peerId);
    });
    this.sweeper = setInterval(() => void this.sweep(), SWEEP_MS);
    this.sweeper.unref();
  }

  private readonly sweeper: NodeJS.Timeout;

  /**
   * A peer whose signalling node was killed never sends its leave: once the
   * adapter has dropped that node (its heartbeat lapsed), the peer's socket is
   * nowhere, and the peer is removed so the other side sees it leave and the
   * rejoin through another node does not meet a ghost of itself.
   */
  private async sweep(): Promise<void> {
    for (const [peerId, socketId] of [...this.remotePeers]) {
      try {
        const sockets = await this.io.in(socketId).timeout(2_000).fetchSockets();
        if (sockets.length > 0 || this.remotePeers.get(peerId) !== socketId) continue;
        this.remotePeers.delete(peerId);
        for (const bookingId of this.host.roomIds())
          this.host.room(bookingId)?.removePeer(peerId, 'disconnected');
      } catch {
        // A node did not answer in time (it may be the dead one, not yet dropped): look again next round.
      }
    }
  }

  close(): void {
    clearInterval(this.sweeper);
  }

  /** Pushes for a peer whose socket is elsewhere; false when the peer is not one. */
  notifyRemote(peerId: string, event: string, args: unknown[]): boolean {
    const socketId = this.remotePeers.get(peerId);
    if (!socketId) return false;
    (this.io.to(socketId).emit as (e: string, ...a: unknown[]) => boolean)(event, ...args);
    if (event === 'call:closed') {
      this.remotePeers.delete(peerId);
      this.io.serverSideEmit(ENDED_EVENT as never, peerId as never);
    }
    return true;
  }

  /** Joins the call on `owner` for a socket of this node; returns the join answer. */
  async join(owner: string, bookingId: string, socket: AppSocket, request: JoinRequest) {
    const answer = (await this.send({
      to: owner,
      op: 'join',
      bookingId,
      socketId: socket.id,
      request,
    })) as Omit<JoinAnswer, 'endsAt'> & { endsAt: number };
    this.remoteRooms.set(request.peerId, this.proxy(owner, bookingId, request.peerId));
    return answer;
  }

  private proxy(owner: string, bookingId: string, peerId: string): RemoteCall {
    const sendOrLost = async (request: Forwarded) => {
      try {
        return await this.send(request);
      } catch (error) {
        if (!(error instanceof NodeLost)) throw error;
        this.lost(peerId);
        throw new AppError(ErrorCode.MediaUnavailable, 'The call’s server went away; join again.');
      }
    };
    const call = (op: Operation) =>
      ((_peerId: string, ...args: unknown[]) =>
        sendOrLost({ to: owner, op, bookingId, peerId, args })) as never;
    const room = Object.fromEntries(operations.map((op) => [op, call(op)])) as unknown as RemoteCall;
    room.act = async (_peerId, action) =>
      (await sendOrLost({ to: owner, op: 'act', bookingId, peerId, action })) as { seq: number };
    room.activities = async () =>
      (await sendOrLost({ to: owner, op: 'activities', bookingId, peerId })) as { state: ActivityState };
    room.removePeer = (_peerId, reason = 'left') => {
      this.remoteRooms.delete(peerId);
      this.send({ to: owner, op: 'removePeer', bookingId, peerId, args: [reason] }).catch(() => undefined);
    };
    return room;
  }

  /** The node carrying the call is gone: the client is told as for a dead worker, and rejoins. */
  private lost(peerId: string): void {
    const socket = this.peerSockets.get(peerId);
    this.forget(peerId);
    socket?.emit('call:closed', { reason: CallClosedReason.MediaServerRestarted });
  }

  private forget(peerId: string): void {
    this.remoteRooms.delete(peerId);
    const socket = this.peerSockets.get(peerId);
    if (!socket || socket.data.peerId !== peerId) return;
    this.peerSockets.delete(peerId);
    delete socket.data.peerId;
    delete socket.data.roomId;
  }

  private send(request: Forwarded): Promise<unknown> {
    if (!this.redisReady()) return Promise.reject(unavailable());
    return new Promise((resolve, reject) => {
      // Every other node answers (null when the call is not its own); a dead node's silence ends in a timeout,
      // with the owner's answer among those that came.
      (this.io.serverSideEmit as (...a: unknown[]) => boolean)(
        CALL_EVENT,
        request,
        (_error: Error | null, replies: Reply[] = []) => {
          const reply = replies.find((r) => r !== null && r !== undefined);
          if (!reply && !this.redisReady()) {
            // Redis is restarting: the call itself goes on (media does not pass through Redis); try again soon.
            reject(
              new AppError(
                ErrorCode.Unavailable,
                'The servers cannot reach each other right now; try again.',
              ),
            );
          } else if (!reply) reject(new NodeLost());
          else if (reply.ok) resolve(reply.value);
          else reject(new AppError(reply.code, reply.message, { reason: reply.reason }));
        },
      );
    });
  }

  private async serve(request: Forwarded): Promise<unknown> {
    if (request.op === 'join') {
      this.remotePeers.set(request.request.peerId, request.socketId);
      try {
        return await this.host.join(request.bookingId, request.request);
      } catch (error) {
        this.remotePeers.delete(request.request.peerId);
        throw error;
      }
    }
    const room = this.host.room(request.bookingId);
    if (request.op === 'removePeer') {
      room?.removePeer(request.peerId, String(request.args[0] ?? 'left'));
      return {};
    }
    if (!room || !room.peers.has(request.peerId))
      throw new AppError(ErrorCode.NotJoined, 'Join a call first.');
    if (request.op === 'act') return this.host.act(room, request.peerId, request.action);
    if (request.op === 'activities') return this.host.activities(room);
    const method = room[request.op] as (peerId: string, ...args: unknown[]) => Promise<unknown>;
    return (await method.call(room, request.peerId, ...request.args)) ?? {};
  }
}

const unavailable = () =>
  new AppError(ErrorCode.Unavailable, 'The servers cannot reach each other right now; try again.');

/** No node answered for the call: the node carrying it is gone. */
export class NodeLost extends Error {}
