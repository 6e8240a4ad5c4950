// A user-space relay that adds a fixed delay each way: this kernel has no
// netem, so a long mobile path is made by running this inside the test
// namespace between the browsers and the server. UDP (media through the
// WebRtcServer's port) is relayed per client address, like a NAT: each client
// gets its own upstream socket, so the server sees one address per client.
// TCP (signalling, and media over TCP) is relayed per connection. Every chunk
// or datagram is held `delayMs` before it is passed on, in order, both ways.
import dgram from 'node:dgram';
import net from 'node:net';

export interface RelayRoute {
  protocol: 'udp' | 'tcp';
  listenHost: string;
  /** 0: any free port (see `ports` once started). */
  listenPort: number;
  targetHost: string;
  targetPort: number;
}

export interface RelayOptions {
  /** Added each way: the round trip grows by twice this. */
  delayMs: number;
  routes: RelayRoute[];
}

/** A UDP client the relay has seen lately goes after this long without a datagram. */
const UDP_IDLE_MS = 60_000;

export class DelayRelay {
  private readonly closers: Array<() => void> = [];
  private readonly timers = new Set<NodeJS.Timeout>();
  /** The port each route listens on, in the order of `routes`. */
  readonly ports: number[] = [];

  constructor(private readonly options: RelayOptions) {}

  async start(): Promise<void> {
    for (const route of this.options.routes) {
      this.ports.push(route.protocol === 'udp' ? await this.relayUdp(route) : await this.relayTcp(route));
    }
  }

  /** Runs `send` after the delay; node's timers of one duration fire in the order they were set. */
  private later(send: () => void): void {
    const timer = setTimeout(() => {
      this.timers.delete(timer);
      send();
    }, this.options.delayMs);
    this.timers.add(timer);
  }

  private async relayUdp(route: RelayRoute): Promise<number> {
    const listener = dgram.createSocket({ type: 'udp4', recvBufferSize: 1 << 21, sendBufferSize: 1 << 21 });
    const clients = new Map<string, { upstream: dgram.Socket; lastSeen: number }>();
    const upstreamFor = (address: string, port: number) => {
      const key = `${address}:${port}`;
      let client = clients.get(key);
      if (!client) {
        const upstream = dgram.createSocket({ type: 'udp4', recvBufferSize: 1 << 21 });
        upstream.on('message', (message) =>
          this.later(() => listener.send(message, port, address, ignoreSendError)),
        );
        upstream.on('error', () => undefined);
        upstream.bind(0);
        client = { upstream, lastSeen: 0 };
        clients.set(key, client);
      }
      client.lastSeen = performance.now();
      return client.upstream;
    };
    listener.on('message', (message, from) => {
      const upstream = upstreamFor(from.address, from.port);
      this.later(() => upstream.send(message, route.targetPort, route.targetHost, ignoreSendError));
    });
    listener.on('error', () => undefined);
    await new Promise<void>((resolve) => listener.bind(route.listenPort, route.listenHost, resolve));
    const sweep = setInterval(() => {
      const now = performance.now();
      for (const [key, client] of clients) {
        if (now - client.lastSeen < UDP_IDLE_MS) continue;
        client.upstream.close();
        clients.delete(key);
      }
    }, UDP_IDLE_MS);
    sweep.unref();
    this.closers.push(() => {
      clearInterval(sweep);
      listener.close();
      for (const client of clients.values()) client.upstream.close();
    });
    return listener.address().port;
  }

  private async relayTcp(route: RelayRoute): Promise<number> {
    const sockets = new Set<net.Socket>();
    const server = net.createServer((client) => {
      const upstream = net.connect({ host: route.targetHost, port: route.targetPort });
      for (const [from, to] of [
        [client, upstream],
        [upstream, client],
      ] as const) {
        sockets.add(from);
        from.setNoDelay(true);
        from.on('data', (chunk) => this.later(() => to.writable && to.write(chunk)));
        // A close travels as late as the data before it.
        from.on('end', () => this.later(() => to.end()));
        from.on('error', () => this.later(() => to.destroy()));
        from.on('close', () => sockets.delete(from));
      }
    });
    await new Promise<void>((resolve) => server.listen(route.listenPort, route.listenHost, resolve));
    this.closers.push(() => {
      server.close();
      for (const socket of sockets) socket.destroy();
    });
    return (server.address() as net.AddressInfo).port;
  }

  close(): void {
    for (const timer of this.timers) clearTimeout(timer);
    this.timers.clear();
    for (const close of this.closers.splice(0)) close();
  }
}

function ignoreSendError(): void {
  // A datagram that cannot be sent is a lost datagram, as on a real path.
}
