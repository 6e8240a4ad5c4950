// A pool of mediasoup workers, one per core by default, each with a
// WebRtcServer so that all of that worker's media share one UDP and one TCP
// port. A worker that dies is replaced at the same index (same ports) and the
// pool tells its listener, which closes the rooms that lived on it.
import * as mediasoup from 'mediasoup';
import type { types } from 'mediasoup';
import type { Logger } from '../logger';

export interface MediaWorker {
  index: number;
  worker: types.Worker;
  webRtcServer: types.WebRtcServer;
  /** Routers currently on this worker, used to pick the least loaded one. */
  routerCount: number;
}

export interface WorkerPoolOptions {
  size: number;
  listenIp: string;
  announcedIp?: string;
  /** First port; worker i uses port + i. 0 lets the system choose. */
  rtcPort: number;
  logLevel?: types.WorkerLogLevel;
}

export class WorkerPool {
  private readonly slots: Array<MediaWorker | undefined> = [];
  private closed = false;
  /** Called after a worker died, with its index, once its replacement (if any) is running. */
  onWorkerDied: (index: number) => void = () => {};

  private constructor(
    private readonly options: WorkerPoolOptions,
    private readonly log: Logger,
  ) {}

  static async create(options: WorkerPoolOptions, log: Logger): Promise<WorkerPool> {
    const pool = new WorkerPool(options, log);
    try {
      for (let index = 0; index < options.size; index++) {
        pool.slots[index] = await pool.startWorker(index);
      }
    } catch (error) {
      pool.close();
      throw error;
    }
    return pool;
  }

  private async startWorker(index: number): Promise<MediaWorker> {
    const worker = await mediasoup.createWorker({ logLevel: this.options.logLevel ?? 'warn' });
    const port = this.options.rtcPort === 0 ? undefined : this.options.rtcPort + index;
    const listenInfo = {
      ip: this.options.listenIp,
      ...(this.options.announcedIp ? { announcedIp: this.options.announcedIp } : {}),
      ...(port === undefined ? {} : { port }),
    };
    let webRtcServer: types.WebRtcServer;
    try {
      webRtcServer = await worker.createWebRtcServer({
        listenInfos: [
          { ...listenInfo, protocol: 'udp' },
          { ...listenInfo, protocol: 'tcp' },
        ],
      });
    } catch (error) {
      worker.close();
      throw error;
    }
    const slot: MediaWorker = { index, worker, webRtcServer, routerCount: 0 };
    worker.on('died', (error) => void this.handleDeath(slot, error));
    this.log.info({ index, pid: worker.pid, port }, 'media worker started');
    return slot;
  }

  private async handleDeath(slot: MediaWorker, error: Error): Promise<void> {
    if (this.closed || this.slots[slot.index] !== slot) return;
    this.log.error(
      { index: slot.index, pid: slot.worker.pid, err: error },
      'media worker died; replacing it',
    );
    this.slots[slot.index] = undefined;
    this.onWorkerDied(slot.index);
    // Retry with a pause: the old process may still hold its ports for a moment.
    for (let attempt = 1; !this.closed; attempt++) {
      try {
        const replacement = await this.startWorker(slot.index);
        if (this.closed) {
          replacement.worker.close();
          return;
        }
        this.slots[slot.index] = replacement;
        return;
      } catch (startError) {
        this.log.error({ index: slot.index, attempt, err: startError }, 'replacement worker failed to start');
        await new Promise((resolve) => setTimeout(resolve, Math.min(5000, 250 * attempt)));
      }
    }
  }

  /** The live worker with the fewest routers, or undefined while none is alive. */
  leastLoaded(): MediaWorker | undefined {
    let best: MediaWorker | undefined;
    for (const slot of this.slots) {
      if (slot && (!best || slot.routerCount < best.routerCount)) best = slot;
    }
    return best;
  }

  get aliveCount(): number {
    return this.slots.filter((slot) => slot !== undefined && !slot.worker.closed).length;
  }

  get size(): number {
    return this.options.size;
  }

  /** Process ids of live workers (for health checks and tests). */
  pids(): number[] {
    return this.slots.flatMap((slot) => (slot ? [slot.worker.pid] : []));
  }

  close(): void {
    this.closed = true;
    for (const slot of this.slots) slot?.worker.close();
    this.slots.length = 0;
  }
}
