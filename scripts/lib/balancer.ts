// The "one address" in front of the local cluster: a TCP balancer that gives
// each new connection to the next node in turn, skipping a node that refuses
// it (dead or not up yet). Per connection, not per request: enough for
// socket.io over WebSocket, which the apps try first. A real deployment uses
// a real load balancer (README, "Deployment"); with long-polling on, that one
// needs sticky sessions.
import net from 'node:net';

export interface Balancer {
  port: number;
  /** Which node the next connections may go to (ports); e.g. a drained node is taken out. */
  setTargets(ports: number[]): void;
  close(): Promise<void>;
}

export function startBalancer(targets: number[], port = 0): Promise<Balancer> {
  let ports = [...targets];
  let next = 0;
  const open = new Set<net.Socket>();

  const connectUpstream = (client: net.Socket, tried: number) => {
    if (tried >= ports.length || client.destroyed) {
      client.destroy();
      return;
    }
    const target = ports[next++ % ports.length]!;
    const upstream = net.connect(target, '127.0.0.1');
    const retry = () => connectUpstream(client, tried + 1);
    upstream.once('error', retry);
    upstream.once('connect', () => {
      upstream.off('error', retry);
      open.add(upstream);
      upstream.on('error', () => client.destroy());
      upstream.on('close', () => {
        open.delete(upstream);
        client.destroy();
      });
      client.on('error', () => upstream.destroy());
      client.on('close', () => upstream.destroy());
      client.pipe(upstream).pipe(client);
      client.resume();
    });
  };

  const server = net.createServer({ pauseOnConnect: true }, (client) => {
    open.add(client);
    client.on('error', () => client.destroy()); // a client gone before its node answered
    client.once('close', () => open.delete(client));
    connectUpstream(client, 0);
  });
  return new Promise((resolve, reject) => {
    server.once('error', reject);
    server.listen(port, '127.0.0.1', () => {
      resolve({
        port: (server.address() as net.AddressInfo).port,
        setTargets(targetPorts) {
          ports = [...targetPorts];
        },
        close: () =>
          new Promise((done) => {
            for (const socket of open) socket.destroy();
            server.close(() => done());
          }),
      });
    });
  });
}
