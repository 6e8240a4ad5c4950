// A byte-for-byte TCP forwarder that connects to the server from another
// loopback address (127.0.0.N). The server limits credentialed handshakes to
// 30 per address per 5 minutes, counted on its own clock, which the test
// server holds still; benchmarks that open more connections than that spread
// them over loopback addresses, as many phones would come from many addresses.
import net from 'node:net';
import type { AddressInfo } from 'node:net';

export interface Forwarder {
  url: string;
  close(): Promise<void>;
}

export async function startForwarder(targetPort: number, localAddress: string): Promise<Forwarder> {
  const sockets = new Set<net.Socket>();
  const server = net.createServer((client) => {
    client.setNoDelay(true);
    const upstream = net.connect({ host: '127.0.0.1', port: targetPort, localAddress });
    upstream.setNoDelay(true);
    sockets.add(client);
    sockets.add(upstream);
    client.pipe(upstream);
    upstream.pipe(client);
    const destroy = () => {
      client.destroy();
      upstream.destroy();
      sockets.delete(client);
      sockets.delete(upstream);
    };
    client.on('error', destroy);
    upstream.on('error', destroy);
    client.on('close', destroy);
    upstream.on('close', destroy);
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

/** The Nth spare loopback address (127.0.1.2, 127.0.1.3, …), never 127.0.0.1 itself. */
export function loopbackAddress(index: number): string {
  return `127.0.${1 + Math.floor(index / 250)}.${2 + (index % 250)}`;
}
