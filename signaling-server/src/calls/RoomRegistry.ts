// All open calls. Creation is serialised per room id, so two peers joining at
// the same moment end up in one room, not two.
import type { Logger } from '../logger';
import type { WorkerPool } from '../media/WorkerPool';
import { AppError, ErrorCode } from '@hhc/common/result';
import type { CallClosedReason } from '@hhc/common/protocol';
import { CallActivities } from './ActivityState';
import { Room, type Notify, type RoomOptions } from './Room';

export interface MediaCounts {
  rooms: number;
  peers: number;
  transports: number;
  producers: number;
  consumers: number;
}

export class RoomRegistry {
  private readonly rooms = new Map<string, Room>();
  private readonly creating = new Map<string, Promise<Room>>();
  /** Books, drawing and cards of each call: outlive a room that closes and opens again mid-call. */
  readonly activities = new CallActivities();

  constructor(
    private readonly pool: WorkerPool,
    private readonly options: RoomOptions,
    private readonly notify: Notify,
    private readonly log: Logger,
    private readonly onPeerRemoved: (roomId: string, peerId: string, reason: string) => void = () => {},
  ) {
    pool.onWorkerDied = (index) => this.closeRoomsOnWorker(index, 'media-server-restarted');
  }

  get(roomId: string): Room | undefined {
    return this.rooms.get(roomId);
  }

  async getOrCreate(roomId: string): Promise<Room> {
    this.activities.occupied(roomId);
    const existing = this.rooms.get(roomId);
    if (existing && !existing.isClosed) return existing;
    const pending = this.creating.get(roomId);
    if (pending) return pending;

    const creation = this.create(roomId).finally(() => this.creating.delete(roomId));
    this.creating.set(roomId, creation);
    return creation;
  }

  private async create(roomId: string): Promise<Room> {
    const mediaWorker = this.pool.leastLoaded();
    if (!mediaWorker)
      throw new AppError(
        ErrorCode.MediaUnavailable,
        'The media server is restarting; try again in a moment.',
      );
    let room: Room;
    try {
      room = await Room.create(roomId, mediaWorker, this.options, this.notify, this.log);
    } catch (error) {
      throw new AppError(ErrorCode.MediaUnavailable, 'The media server could not open the call.', {
        cause: error,
      });
    }
    room.onPeerRemoved = (peerId, reason) => this.onPeerRemoved(roomId, peerId, reason);
    room.onClose = () => {
      if (this.rooms.get(roomId) === room) this.rooms.delete(roomId);
      this.activities.emptied(roomId);
    };
    this.rooms.set(roomId, room);
    return room;
  }

  closeRoomsOnWorker(workerIndex: number, reason: CallClosedReason): void {
    for (const room of [...this.rooms.values()]) {
      if (room.mediaWorker.index === workerIndex) room.close(reason);
    }
  }

  close(roomId: string, reason: CallClosedReason): void {
    this.rooms.get(roomId)?.close(reason);
    this.activities.end(roomId); // the call itself is over (slot ended, booking changed)
  }

  /** Sends one peer out of a call (e.g. taken out of the booking) and tells it why; the others stay. */
  closePeer(roomId: string, peerId: string, reason: CallClosedReason): void {
    const room = this.rooms.get(roomId);
    if (!room?.peers.has(peerId)) return;
    this.notify(peerId, 'call:closed', { reason });
    room.removePeer(peerId, reason);
  }

  closeAll(reason: CallClosedReason): void {
    for (const room of [...this.rooms.values()]) room.close(reason);
    this.activities.close();
  }

  /** The calls open here (their booking ids). */
  ids(): string[] {
    return [...this.rooms.keys()];
  }

  /** What the server holds right now; tests use it to prove nothing leaks. */
  counts(): MediaCounts {
    const counts: MediaCounts = {
      rooms: this.rooms.size,
      peers: 0,
      transports: 0,
      producers: 0,
      consumers: 0,
    };
    for (const room of this.rooms.values()) {
      for (const peer of room.peers.values()) {
        counts.peers++;
        counts.transports += [peer.sendTransport, peer.recvTransport].filter((t) => !t.closed).length;
        counts.producers += peer.producers.size;
        counts.consumers += peer.consumers.size;
      }
    }
    return counts;
  }
}
