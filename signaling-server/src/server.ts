// The server as a factory: createServer(deps, options) starts HTTP, socket.io
// and the media workers over a given store and returns a handle to close
// them. index.ts only wires configuration to it; tests start it on a free
// port with a temporary database.
import { randomUUID } from 'node:crypto';
import fs from 'node:fs';
import http from 'node:http';
import https from 'node:https';
import type { AddressInfo } from 'node:net';
import { Server as SocketServer } from 'socket.io';
import type { types } from 'mediasoup';
import { protocolLimits, type ServerToClientEvents } from '@hhc/common/protocol';
import type { RtpCapabilities } from '@hhc/common/mediaSchemas';
import { defaultLinkOptions, type ServerOptions } from './config';
import type { Logger } from './logger';
import { WorkerPool } from './media/WorkerPool';
import { mediaCodecs } from './media/codecs';
import { RoomRegistry } from './calls/RoomRegistry';
import { CallTracker } from './calls/CallTracker';
import type { Notify } from './calls/Room';
import { LocalCounter } from './auth/FailureCounter';
import { RateLimiter } from './auth/RateLimiter';
import { HashQueue } from './auth/HashQueue';
import { LoginGuard } from './auth/LoginGuard';
import { trustedProxies } from './http/clientAddress';
import type { AppContext, ServerPolicy } from './api/context';
import { createRequestHandler } from './http/routes';
import { HandshakeRefused } from './socket/authenticate';
import { registerSocket } from './socket/register';
import {
  authenticateRecovering,
  connectionStateRecovery,
  holdMissedPackets,
  replayMissed,
} from './socket/recovery';
import type { AppServer, AppSocket } from './socket/types';
import type { Store } from './store/Store';
import { startHousekeeping } from './housekeeping';
import { anyKioskConnected } from './cluster/presence';
import { singleNode } from './cluster/callPlacement';
import { joinCluster } from './cluster/joinCluster';

export interface ServerDeps {
  log: Logger;
  store: Store;
  /** The clock; tests move it to slot times. */
  now?: () => number;
}

export interface RunningServer {
  /** Base URL, e.g. http://127.0.0.1:8080 */
  url: string;
  port: number;
  pool: WorkerPool;
  rooms: RoomRegistry;
  calls: CallTracker;
  io: AppServer;
  /** Takes no new calls from now on (several nodes: they are placed elsewhere); running calls go on. */
  drain(): void;
  close(): Promise<void>;
}

export type CreateServerOptions = Pick<ServerOptions, 'host' | 'port' | 'media' | 'maxPeersPerCall'> &
  Partial<
    Pick<
      ServerOptions,
      'tls' | 'staticDir' | 'retention' | 'publicUrl' | 'link' | 'trustedProxies' | 'redisUrl'
    >
  > & {
    policy?: Partial<ServerPolicy>;
    /** Who draws the parent page's first screen: the server (default) or, as before, its script. */
    parentFirstScreen?: 'server' | 'client';
  };

// scrypt at N=2^15 takes ~50 ms of a core: two at once leave the other core
// (and libuv's other threads) to the media, the database and PIN checks.
const PASSWORD_HASH_CONCURRENCY = 2;
// Unknown devices waiting for a hash beyond this are told to retry: ~0.8 s of
// work at most queued in front of a teacher who is not on her own device.
const PASSWORD_HASH_QUEUE = 32;

const defaultPolicy: ServerPolicy = {
  staffSessionMs: 12 * 3_600_000,
  childSessionMs: 20 * 60_000,
  pairingCodeMs: 30 * 60_000,
  inactiveDays: 30,
};

export async function createServer(deps: ServerDeps, options: CreateServerOptions): Promise<RunningServer> {
  const { log, store } = deps;
  const now = deps.now ?? Date.now;
  const pool = await WorkerPool.create(
    {
      size: options.media.workers,
      listenIp: options.media.listenIp,
      ...(options.media.announcedIp ? { announcedIp: options.media.announcedIp } : {}),
      rtcPort: options.media.rtcPort,
    },
    log.child({ module: 'media' }),
  );

  try {
    const routerRtpCapabilities = await readRouterCapabilities(pool);
    const peerSockets = new Map<string, AppSocket>();
    const nodeId = randomUUID();
    const notify: Notify = (peerId, event, ...args) => {
      const socket = peerSockets.get(peerId);
      if (!socket) {
        // A peer whose socket is on another node (several nodes): its pushes go there.
        context.forwarding?.notifyRemote(peerId, event, args);
        return;
      }
      if (event === 'call:closed') {
        // The room is gone: this socket is no longer in a call.
        peerSockets.delete(peerId);
        delete socket.data.peerId;
        delete socket.data.roomId;
      }
      (socket.emit as (e: keyof ServerToClientEvents, ...a: unknown[]) => boolean)(event, ...args);
    };

    // socket.io needs the HTTP server, which needs the context, which needs this: bound once io exists.
    let broadcastScheduleChange: (schoolId: string) => void = () => {};
    const scheduleChanged = (schoolId: string) => broadcastScheduleChange(schoolId);
    let kioskOnline: (schoolId: string) => Promise<boolean> = async () => false;
    const calls = new CallTracker(store, now, log.child({ module: 'bookings' }), scheduleChanged);
    const rooms = new RoomRegistry(
      pool,
      {
        maxPeers: options.maxPeersPerCall,
        connectTimeoutMs: options.media.connectTimeoutMs,
        link: options.link ?? defaultLinkOptions,
      },
      notify,
      log.child({ module: 'calls' }),
      (_roomId, peerId, reason) => {
        context.forwarding?.remotePeers.delete(peerId);
        calls.left(peerId, reason);
      },
    );
    calls.rooms = rooms;

    const context: AppContext = {
      store,
      rooms,
      calls,
      routerRtpCapabilities,
      peerSockets,
      placement: singleNode(nodeId),
      now,
      scheduleChanged,
      kioskOnline: (schoolId) => kioskOnline(schoolId),
      policy: { ...defaultPolicy, ...options.policy },
      ...(options.publicUrl ? { publicUrl: options.publicUrl } : {}),
      limiters: {
        tokenGuesses: new LocalCounter(30, 5 * 60_000),
        staffLogins: new LoginGuard(),
        pairing: new LocalCounter(10, 15 * 60_000),
        pins: new RateLimiter(5, 60_000),
      },
      passwordHashes: new HashQueue(PASSWORD_HASH_CONCURRENCY, PASSWORD_HASH_QUEUE),
      trustedProxies: trustedProxies(options.trustedProxies ?? []),
    };

    const handler = createRequestHandler({
      pool,
      rooms,
      context,
      staticDir: options.staticDir,
      parentFirstScreen: options.parentFirstScreen,
      log: log.child({ module: 'http' }),
    });
    const httpServer = options.tls
      ? https.createServer(
          { cert: fs.readFileSync(options.tls.certFile), key: fs.readFileSync(options.tls.keyFile) },
          handler,
        )
      : http.createServer(handler);

    const io: AppServer = new SocketServer(httpServer, {
      maxHttpBufferSize: protocolLimits.maxPayloadBytes,
      serveClient: false,
      // Same-origin pages and the kiosk app (its own app:// origin) only.
      cors: { origin: ['app://kiosk'] },
      pingInterval: 10_000,
      pingTimeout: 8_000,
      // Several nodes: a client back within seconds keeps its rooms and missed broadcasts (socket/recovery.ts).
      ...(options.redisUrl ? { connectionStateRecovery } : {}),
    });
    const cluster = options.redisUrl
      ? await joinCluster({ io, context, rooms, pool, nodeId, redisUrl: options.redisUrl, log })
      : undefined;
    if (options.redisUrl) holdMissedPackets(io);
    const socketLog = log.child({ module: 'socket' });
    io.use((socket, next) => {
      authenticateRecovering(socket, context).then(
        () => next(),
        (error: unknown) => {
          if (!(error instanceof HandshakeRefused)) socketLog.error({ err: error }, 'handshake failed');
          const refusal =
            error instanceof HandshakeRefused
              ? error
              : new HandshakeRefused('INTERNAL', 'Something went wrong on the server.');
          const asError = Object.assign(new Error(refusal.message), { data: refusal.data });
          next(asError);
        },
      );
    });
    io.on('connection', (socket) => {
      registerSocket(socket, context, socketLog);
      replayMissed(socket);
    });
    broadcastScheduleChange = (schoolId) =>
      io.to(`school:${schoolId}`).emit('schedule:changed', { schoolId });
    kioskOnline = (schoolId) => anyKioskConnected(io, schoolId);

    await new Promise<void>((resolve, reject) => {
      httpServer.once('error', reject);
      httpServer.listen(options.port, options.host, () => {
        httpServer.off('error', reject);
        resolve();
      });
    });
    const port = (httpServer.address() as AddressInfo).port;
    const displayHost = options.host === '0.0.0.0' || options.host === '::' ? '127.0.0.1' : options.host;
    const url = `${options.tls ? 'https' : 'http'}://${displayHost}:${port}`;
    const stopHousekeeping = startHousekeeping({
      store,
      calls,
      now,
      log: log.child({ module: 'housekeeping' }),
      retention: options.retention,
    });
    log.info({ url, workers: pool.size }, 'server listening');

    return {
      url,
      port,
      pool,
      rooms,
      calls,
      io,
      drain: () => context.placement.drain(),
      async close() {
        stopHousekeeping();
        calls.close();
        rooms.closeAll('server-shutdown');
        await new Promise<void>((resolve) => io.close(() => resolve()));
        await cluster?.close();
        pool.close();
      },
    };
  } catch (error) {
    pool.close();
    throw error;
  }
}

/** Every router gets the same codecs, so one probe router tells all clients what to expect. */
async function readRouterCapabilities(pool: WorkerPool): Promise<RtpCapabilities> {
  const slot = pool.leastLoaded();
  if (!slot) throw new Error('no media worker is running');
  const router: types.Router = await slot.worker.createRouter({ mediaCodecs });
  const capabilities = router.rtpCapabilities as RtpCapabilities;
  router.close();
  return capabilities;
}
