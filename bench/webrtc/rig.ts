// Real 1:1 calls for the capacity benchmark: the server's own Room (one router
// per call, WebRtcTransports on the worker's WebRtcServer, consumers created
// paused and resumed by the client) driven by Chromium pages that run
// mediasoup-client. Signalling is a function exposed to each page instead of
// socket.io: the worker's work is the same, and the benchmark needs no logins.
import type { Page } from '@playwright/test';
import { build } from 'esbuild';
import { pino } from 'pino';
import path from 'node:path';
import type { ConsumerInfo, MediaSource } from '@hhc/common/protocol';
import type { MediaKind, RtpCapabilities, RtpParameters } from '@hhc/common/mediaSchemas';
import { Room } from '../../signaling-server/src/calls/Room';
import { WorkerPool, type MediaWorker } from '../../signaling-server/src/media/WorkerPool';
import type { types } from 'mediasoup';
import { repoRoot } from '../lib/paths';

const PAGE_URL = 'http://127.0.0.1:9/webrtc-bench';
const ROLES = ['kiosk', 'parent'] as const;

let bundled: Promise<string> | undefined;

/** The page script, bundled once with mediasoup-client and the app's publishing code. */
function pageScript(): Promise<string> {
  bundled ??= build({
    entryPoints: [path.join(repoRoot, 'bench/webrtc/page/callPage.ts')],
    bundle: true,
    write: false,
    format: 'iife',
    platform: 'browser',
    target: 'chrome120',
    logLevel: 'silent',
  }).then((result) => result.outputFiles[0]!.text);
  return bundled;
}

interface Joined {
  room: Room;
  events: ConsumerInfo[];
}

export class RealCallRig {
  private readonly rooms = new Map<number, Promise<Room>>();
  private readonly peers = new Map<string, Joined>();

  private constructor(
    readonly pool: WorkerPool,
    readonly mediaWorker: MediaWorker,
  ) {}

  static async open(): Promise<RealCallRig> {
    const log = pino({ level: 'silent' });
    const pool = await WorkerPool.create({ size: 1, listenIp: '127.0.0.1', rtcPort: 0 }, log);
    return new RealCallRig(pool, pool.leastLoaded()!);
  }

  get workerPid(): number {
    return this.mediaWorker.worker.pid;
  }

  private room(call: number): Promise<Room> {
    let room = this.rooms.get(call);
    if (!room) {
      room = Room.create(
        `bench-${call}`,
        this.mediaWorker,
        { maxPeers: 2, connectTimeoutMs: 120_000, link: false },
        (peerId, event, ...args) => {
          if (event === 'media:consumer-new') this.peers.get(peerId)?.events.push(args[0] as ConsumerInfo);
        },
        pino({ level: 'silent' }),
      );
      this.rooms.set(call, room);
    }
    return room;
  }

  /** What the page may ask; the page is ours, but its payloads are still checked for shape by Room. */
  private async handle(method: string, payload: Record<string, unknown>): Promise<unknown> {
    const peerId = String(payload['peerId'] ?? '');
    const joined = () => {
      const peer = this.peers.get(peerId);
      if (!peer) throw new Error(`unknown peer ${peerId}`);
      return peer;
    };
    switch (method) {
      case 'capabilities':
        return (await this.room(Number(payload['call']))).router.rtpCapabilities;
      case 'join': {
        const room = await this.room(Number(payload['call']));
        const side = Number(payload['side']);
        const id = `call${String(payload['call'])}-side${side}`;
        this.peers.set(id, { room, events: [] });
        const { answer } = await room.join({
          peerId: id,
          seat: id,
          role: ROLES[side] ?? 'parent',
          displayName: id,
          rtpCapabilities: payload['rtpCapabilities'] as RtpCapabilities,
        });
        return answer;
      }
      case 'connect':
        return joined().room.connectTransport(
          peerId,
          String(payload['transportId']),
          payload['dtlsParameters'] as types.DtlsParameters,
        );
      case 'produce':
        return joined().room.produce(peerId, {
          transportId: String(payload['transportId']),
          kind: payload['kind'] as MediaKind,
          source: payload['source'] as MediaSource,
          rtpParameters: payload['rtpParameters'] as RtpParameters,
        });
      case 'resume':
        return joined().room.resumeConsumer(peerId, String(payload['consumerId']));
      case 'events':
        return joined().events.splice(0);
      default:
        throw new Error(`unknown method ${method}`);
    }
  }

  /** Opens a page that will hold call `call`, with its signalling wired to this rig. */
  async preparePage(page: Page): Promise<void> {
    const script = await pageScript();
    await page.exposeFunction('hhcBench', (method: string, payload: Record<string, unknown>) =>
      this.handle(method, payload),
    );
    // A secure-context origin for getUserMedia; nothing listens there, the route answers.
    await page.route(PAGE_URL, (route) =>
      route.fulfill({ contentType: 'text/html', body: '<!doctype html><title>webrtc bench</title><body>' }),
    );
    await page.goto(PAGE_URL);
    await page.addScriptTag({ content: script });
  }

  producers(): types.Producer[] {
    return [...this.peers.values()].flatMap(({ room }) =>
      [...room.peers.values()].flatMap((peer) => [...peer.producers.values()]),
    );
  }

  consumers(): types.Consumer[] {
    return [...this.peers.values()].flatMap(({ room }) =>
      [...room.peers.values()].flatMap((peer) => [...peer.consumers.values()]),
    );
  }

  async close(): Promise<void> {
    for (const room of this.rooms.values()) (await room).close();
    this.pool.close();
  }
}
