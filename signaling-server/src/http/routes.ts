// The HTTP side: health check and the built pages. Everything else is 404.
import type { IncomingMessage, ServerResponse } from 'node:http';
import type { TLSSocket } from 'node:tls';
import type { Logger } from '../logger';
import type { RoomRegistry } from '../calls/RoomRegistry';
import type { WorkerPool } from '../media/WorkerPool';
import type { AppContext } from '../api/context';
import { createParentLinkHandler } from './parentLinks';
import { createMessageAudioHandler } from './messageAudio';
import { createStaticFiles } from './staticFiles';

/** One year; no includeSubDomains, since a school's other hosts on the same domain may not have TLS. */
export const HSTS = 'max-age=31536000';

export interface HealthReport {
  status: 'ok' | 'degraded';
  workers: { alive: number; configured: number };
  rooms: number;
  peers: number;
  /** Whether this node reaches its database (with several nodes: the shared PostgreSQL). */
  database?: 'ok' | 'unreachable';
  /** Draining for a deploy: no new calls or connections, the running calls go on. */
  draining?: boolean;
}

export function healthReport(pool: WorkerPool, rooms: RoomRegistry): HealthReport {
  const counts = rooms.counts();
  return {
    status: pool.aliveCount === pool.size ? 'ok' : 'degraded',
    workers: { alive: pool.aliveCount, configured: pool.size },
    rooms: counts.rooms,
    peers: counts.peers,
  };
}

const DATABASE_CHECK_MS = 2_000;

/**
 * What a load balancer asks before sending this node traffic: a node without a
 * live media worker or without its database would only fail the requests, and
 * a draining one is on its way out.
 */
async function nodeHealth(deps: {
  pool: WorkerPool;
  rooms: RoomRegistry;
  context: AppContext;
}): Promise<HealthReport> {
  let timer: NodeJS.Timeout | undefined;
  const database = await Promise.race([
    deps.context.store.ping().then(() => 'ok' as const),
    new Promise<'unreachable'>((resolve) => {
      timer = setTimeout(() => resolve('unreachable'), DATABASE_CHECK_MS);
    }),
  ]).catch(() => 'unreachable' as const);
  clearTimeout(timer);
  const draining = deps.context.placement.draining;
  return { ...healthReport(deps.pool, deps.rooms), database, ...(draining ? { draining } : {}) };
}

export function createRequestHandler(deps: {
  pool: WorkerPool;
  rooms: RoomRegistry;
  context: AppContext;
  staticDir?: string | undefined;
  parentFirstScreen?: 'server' | 'client' | undefined;
  log: Logger;
}) {
  const files = deps.staticDir ? createStaticFiles(deps.staticDir) : undefined;
  const serveParentLink = createParentLinkHandler(
    deps.context,
    files && ((request, response, parts) => files.servePage(request, response, 'parent.html', parts)),
    {
      builtUrl: (source) => files?.builtUrl(source),
      firstScreen: deps.parentFirstScreen ?? 'server',
    },
  );
  const serveMessages = createMessageAudioHandler(deps.context);
  return (request: IncomingMessage, response: ServerResponse): void => {
    // Over TLS, tell browsers never to use plain http here again: a parent's token sits in the
    // URL, and a first visit over http could be downgraded by anyone on the path.
    if ((request.socket as TLSSocket).encrypted) response.setHeader('Strict-Transport-Security', HSTS);
    // socket.io answers its own path before this handler sees it.
    const pathname = new URL(request.url ?? '/', 'http://localhost').pathname;
    const dynamic = pathname.startsWith('/p/')
      ? serveParentLink(request, response, pathname)
      : pathname.startsWith('/messages/')
        ? serveMessages(request, response, new URL(request.url ?? '/', 'http://localhost'))
        : undefined;
    if (dynamic) {
      dynamic.then(
        (handled) => {
          if (!handled) sendJson(response, 404, { error: { code: 'NOT_FOUND', message: 'Not found' } });
        },
        (error: unknown) => {
          deps.log.error({ err: error, pathname }, 'request failed');
          if (!response.headersSent)
            sendJson(response, 500, { error: { code: 'INTERNAL', message: 'Server error' } });
        },
      );
      return;
    }
    try {
      if (pathname === '/healthz' && request.method === 'GET') {
        void nodeHealth(deps).then((report) =>
          sendJson(
            response,
            report.workers.alive > 0 && report.database === 'ok' && !report.draining ? 200 : 503,
            report,
          ),
        );
        return;
      }
      if (files?.serve(request, response, pathname)) return;
      sendJson(response, 404, { error: { code: 'NOT_FOUND', message: 'Not found' } });
    } catch (error) {
      deps.log.error({ err: error, pathname }, 'http request failed');
      if (!response.headersSent)
        sendJson(response, 500, { error: { code: 'INTERNAL', message: 'Server error' } });
    }
  };
}

function sendJson(response: ServerResponse, status: number, body: unknown): void {
  const text = JSON.stringify(body);
  response.writeHead(status, {
    'Content-Type': 'application/json; charset=utf-8',
    'Content-Length': Buffer.byteLength(text),
    'Cache-Control': 'no-store',
  });
  response.end(text);
}
