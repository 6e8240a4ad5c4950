// A what-if for slow3g: an HTTP proxy in front of the server that gzips text
// responses (as nginx with `gzip on` would) and passes WebSocket upgrades
// through untouched. Loopback only.
import http from 'node:http';
import net from 'node:net';
import type { AddressInfo } from 'node:net';
import zlib from 'node:zlib';

const COMPRESSIBLE = /^(text\/|application\/(javascript|json))/;

export interface Proxy {
  url: string;
  close(): Promise<void>;
}

export async function startGzipProxy(targetPort: number): Promise<Proxy> {
  const sockets = new Set<net.Socket>();
  const server = http.createServer((request, response) => {
    const upstream = http.request(
      {
        host: '127.0.0.1',
        port: targetPort,
        method: request.method,
        path: request.url,
        headers: request.headers,
      },
      (answer) => {
        const type = String(answer.headers['content-type'] ?? '');
        const accepts = /\bgzip\b/.test(String(request.headers['accept-encoding'] ?? ''));
        if (
          !accepts ||
          answer.headers['content-encoding'] ||
          !COMPRESSIBLE.test(type) ||
          request.method === 'HEAD'
        ) {
          response.writeHead(answer.statusCode ?? 502, answer.headers);
          answer.pipe(response);
          return;
        }
        const headers = { ...answer.headers, 'content-encoding': 'gzip', vary: 'Accept-Encoding' };
        delete headers['content-length'];
        response.writeHead(answer.statusCode ?? 502, headers);
        answer.pipe(zlib.createGzip({ level: 6 })).pipe(response);
      },
    );
    upstream.on('error', () => response.destroy());
    request.pipe(upstream);
  });
  // socket.io's WebSocket: replay the request head to the server, then splice the two sockets.
  server.on('upgrade', (request: http.IncomingMessage, client: net.Socket, head: Buffer) => {
    const upstream = net.connect({ host: '127.0.0.1', port: targetPort }, () => {
      const lines = [`${request.method} ${request.url} HTTP/${request.httpVersion}`];
      for (let i = 0; i < request.rawHeaders.length; i += 2)
        lines.push(`${request.rawHeaders[i]}: ${request.rawHeaders[i + 1]}`);
      upstream.write(`${lines.join('\r\n')}\r\n\r\n`);
      if (head.length > 0) upstream.write(head);
      upstream.pipe(client);
      client.pipe(upstream);
    });
    const destroy = () => {
      client.destroy();
      upstream.destroy();
    };
    upstream.on('error', destroy);
    client.on('error', destroy);
    upstream.on('close', destroy);
    client.on('close', destroy);
  });
  server.on('connection', (socket) => {
    sockets.add(socket);
    socket.on('close', () => sockets.delete(socket));
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const { port } = server.address() as AddressInfo;
  return {
    url: `http://127.0.0.1:${port}`,
    close: () =>
      new Promise<void>((resolve) => {
        for (const socket of sockets) socket.destroy();
        server.close(() => resolve());
      }),
  };
}
