// The network lab's delay relay (delayRelay.ts) on its own: the round trip
// measured through it, over UDP and TCP, at 100 and 200 ms each way. This
// kernel has no netem; the long-link join figures rest on this relay.
import { test, expect } from '@playwright/test';
import dgram from 'node:dgram';
import net from 'node:net';
import { createNetNs, destroyNetNs, missingPrerequisite, type NetNs } from './netns';
import { startRelayIn } from './relayProcess';

const missing = missingPrerequisite();
test.skip(missing !== undefined, `network tests skipped: ${missing}`);

const PINGS = 20;
/** Room above the added delay for two veth crossings, timers and two busy cores (median, not each ping). */
const SLACK_MS = 60;
/** Node's timers count whole milliseconds and may fire a fraction of one early on each leg. */
const TIMER_ROUNDING_MS = 2;

function median(values: number[]): number {
  const sorted = [...values].sort((a, b) => a - b);
  return sorted[Math.floor(sorted.length / 2)]!;
}

async function udpEcho(host: string): Promise<dgram.Socket> {
  const echo = dgram.createSocket('udp4');
  echo.on('message', (message, from) => echo.send(message, from.port, from.address));
  await new Promise<void>((resolve) => echo.bind(0, host, resolve));
  return echo;
}

async function tcpEcho(host: string): Promise<net.Server> {
  const echo = net.createServer((socket) => socket.pipe(socket));
  await new Promise<void>((resolve) => echo.listen(0, host, resolve));
  return echo;
}

/** Round trips of numbered datagrams, one after another. */
async function udpRoundTrips(host: string, port: number): Promise<number[]> {
  const socket = dgram.createSocket('udp4');
  await new Promise<void>((resolve) => socket.bind(0, resolve));
  const times: number[] = [];
  try {
    for (let index = 0; index < PINGS; index++) {
      const sentAt = performance.now();
      const back = new Promise<void>((resolve) =>
        socket.on('message', function onMessage(message) {
          if (message.readUInt32BE(0) !== index) return;
          socket.off('message', onMessage);
          resolve();
        }),
      );
      const payload = Buffer.alloc(200);
      payload.writeUInt32BE(index, 0);
      socket.send(payload, port, host);
      await back;
      times.push(performance.now() - sentAt);
    }
  } finally {
    socket.close();
  }
  return times;
}

/** Round trips of small messages over one connection (its handshake is not counted). */
async function tcpRoundTrips(host: string, port: number): Promise<number[]> {
  const socket = net.connect({ host, port, noDelay: true });
  await new Promise<void>((resolve) => socket.once('connect', resolve));
  const times: number[] = [];
  try {
    for (let index = 0; index < PINGS; index++) {
      const sentAt = performance.now();
      const back = new Promise<void>((resolve) => socket.once('data', () => resolve()));
      socket.write(`ping ${index}\n`);
      await back;
      times.push(performance.now() - sentAt);
    }
  } finally {
    socket.destroy();
  }
  return times;
}

test.describe.serial('the delay relay', () => {
  let ns: NetNs;

  test.beforeAll(() => {
    ns = createNetNs();
  });

  test.afterAll(() => {
    if (ns) destroyNetNs(ns);
  });

  for (const delayMs of [100, 200]) {
    test(`${delayMs} ms each way: the round trip through it is about ${2 * delayMs} ms, over UDP and TCP`, async () => {
      const udp = await udpEcho(ns.rootIp);
      const tcp = await tcpEcho(ns.rootIp);
      // The relay listens on the namespace's side of the veth; the echoes sit on the root side.
      const relay = await startRelayIn(ns.name, {
        delayMs,
        routes: [
          {
            protocol: 'udp',
            listenHost: ns.nsIp,
            listenPort: 0,
            targetHost: ns.rootIp,
            targetPort: udp.address().port,
          },
          {
            protocol: 'tcp',
            listenHost: ns.nsIp,
            listenPort: 0,
            targetHost: ns.rootIp,
            targetPort: (tcp.address() as net.AddressInfo).port,
          },
        ],
      });
      try {
        const udpTimes = await udpRoundTrips(ns.nsIp, relay.ports[0]!);
        const tcpTimes = await tcpRoundTrips(ns.nsIp, relay.ports[1]!);
        console.log(
          `[network] relay ${delayMs} ms each way: UDP RTT median ${median(udpTimes).toFixed(1)} ms ` +
            `(min ${Math.min(...udpTimes).toFixed(1)}, max ${Math.max(...udpTimes).toFixed(1)}), ` +
            `TCP RTT median ${median(tcpTimes).toFixed(1)} ms (min ${Math.min(...tcpTimes).toFixed(1)}, max ${Math.max(...tcpTimes).toFixed(1)})`,
        );
        // Never faster than the delay it adds (each way), and not twice it either.
        for (const times of [udpTimes, tcpTimes]) {
          expect(Math.min(...times)).toBeGreaterThanOrEqual(2 * delayMs - TIMER_ROUNDING_MS);
          expect(median(times)).toBeLessThan(2 * delayMs + SLACK_MS);
        }
      } finally {
        relay.stop();
        udp.close();
        tcp.close();
      }
    });
  }
});
