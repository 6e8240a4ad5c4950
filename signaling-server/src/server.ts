// The server as a factory: createServer(deps, options) starts HTTP, socket.io
// and the media workers and returns a handle to close them. index.ts only wires
// configuration to it; tests start it on a free port.
import fs from 'node:fs';
import http from 'node:http';
import https from 'node:https';
import type { AddressInfo } from 'node:net';
import { Server as SocketServer } from 'socket.io';
import type { types } from 'mediasoup';
import { protocolLimits, type ServerToClientEvents } from '@hhc/common/protocol';
import type { RtpCapabilities } from '@hhc/common/mediaSchemas';
import type { ServerOptions } from './config';
import type { Logger } from './logger';
import { WorkerPool } from './media/WorkerPool';
import { mediaCodecs } from './media/codecs';
import { RoomRegistry } from './calls/RoomRegistry';
import type { Notify } from './calls/Room';
import { createRequestHandler } from './http/routes';
import { registerSocket } from './socket/register';
import type { AppServer, AppSocket } from './socket/types';

export interface ServerDeps {
  log: Logger;
}

export interface RunningServer {
  /** Base URL, e.g. http://127.0.0.1:8080 */
  url: string;
  port: number;
  pool: WorkerPool;
  rooms: RoomRegistry;
  io: AppServer;
  close(): Promise<void>;
}

export type CreateServerOptions = Pick<ServerOptions, 'host' | 'port' | 'media' | 'maxPeersPerCall'> &
  Partial<Pick<ServerOptions, 'tls' | 'staticDir'>>;

export async function createServer(deps: ServerDeps, options: CreateServerOptions): Promise<RunningServer> {
  const log = deps.log;
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
    const notify: Notify = (peerId, event, ...args) => {
      const socket = peerSockets.get(peerId);
      if (!socket) return;
      if (event === 'call:closed') {
        // The room is gone: this socket is no longer in a call.
        peerSockets.delete(peerId);
        delete socket.data.peerId;
        delete socket.data.roomId;
      }
      (socket.emit as (e: keyof ServerToClientEvents, ...a: unknown[]) => boolean)(event, ...args);
    };
    const rooms = new RoomRegistry(
      pool,
      { maxPeers: options.maxPeersPerCall, connectTimeoutMs: options.media.connectTimeoutMs },
      notify,
      log.child({ module: 'calls' }),
    );

    const handler = createRequestHandler({
      pool,
      rooms,
      staticDir: options.staticDir,
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
      // Same-origin pages and the kiosk app (custom protocol) only; no browser elsewhere may drive calls.
      cors: { origin: false },
      pingInterval: 10_000,
      pingTimeout: 8_000,
    });
    const socketLog = log.child({ module: 'socket' });
    io.on('connection', (socket) =>
      registerSocket(socket, { rooms, routerRtpCapabilities, peerSockets }, socketLog),
    );

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
    log.info({ url, workers: pool.size }, 'server listening');

    return {
      url,
      port,
      pool,
      rooms,
      io,
      async close() {
        rooms.closeAll('server-shutdown');
        await new Promise<void>((resolve) => io.close(() => resolve()));
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
