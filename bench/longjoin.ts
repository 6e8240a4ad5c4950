// Join time on a long link: both browsers sit in a network namespace behind
// the lab's delay relay (tests/network/delayRelay.ts: 100 ms each way, so
// 200 ms round trips for signalling over TCP and media over UDP through the
// WebRtcServer's port); the server stays outside. Needs root for the
// namespace: elsewhere it prints why it skipped.
import { chromium } from '@playwright/test';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import type { Benchmark } from './lib/benchmark';
import { chromiumArgs } from './lib/browser';
import { staticDir } from './lib/paths';
import { startTestServer } from '../tests/support/testServer';
import { writeNamespaceWrapper } from '../tests/network/browsers';
import { createNetNs, destroyNetNs, missingPrerequisite } from '../tests/network/netns';
import { startRelayIn } from '../tests/network/relayProcess';
import { measureJoins } from './join/calls';
import { printJoinTable } from './join/table';

const DELAY_EACH_WAY_MS = 100;
const MEASURED_CALLS = 8;
const WARMUP_CALLS = 1;
const TIME_LIMIT_MS = 180_000;

async function run(): Promise<void> {
  const missing = missingPrerequisite();
  if (missing) {
    console.log(`longjoin SKIPPED: ${missing} (the delay relay runs in a network namespace).`);
    return;
  }
  const ns = createNetNs();
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'hhc-longjoin-'));
  const closers: Array<() => Promise<unknown> | void> = [];
  let result;
  try {
    // Media announced at 127.0.0.1: inside the namespace that is the relay, which passes it to the server.
    const server = await startTestServer({
      staticDir,
      host: ns.rootIp,
      media: {
        workers: 1,
        listenIp: '0.0.0.0',
        announcedIp: '127.0.0.1',
        rtcPort: 0,
        connectTimeoutMs: 30_000,
      },
    });
    closers.push(() => server.stop());
    const dump = (await server.pool.leastLoaded()!.webRtcServer.dump()) as {
      udpSockets: Array<{ port: number }>;
      tcpServers: Array<{ port: number }>;
    };
    const httpPort = Number(new URL(server.url).port);
    const rtcUdp = dump.udpSockets[0]!.port;
    const rtcTcp = dump.tcpServers[0]!.port;
    const relay = await startRelayIn(ns.name, {
      delayMs: DELAY_EACH_WAY_MS,
      routes: [
        {
          protocol: 'tcp',
          listenHost: '127.0.0.1',
          listenPort: httpPort,
          targetHost: ns.rootIp,
          targetPort: httpPort,
        },
        {
          protocol: 'udp',
          listenHost: '127.0.0.1',
          listenPort: rtcUdp,
          targetHost: ns.rootIp,
          targetPort: rtcUdp,
        },
        {
          protocol: 'tcp',
          listenHost: '127.0.0.1',
          listenPort: rtcTcp,
          targetHost: ns.rootIp,
          targetPort: rtcTcp,
        },
      ],
    });
    closers.push(() => relay.stop());
    const browser = await chromium.launch({
      executablePath: writeNamespaceWrapper(ns, dir),
      args: chromiumArgs,
    });
    closers.push(() => browser.close());
    result = await measureJoins({
      server,
      pageUrl: `http://127.0.0.1:${httpPort}`,
      browser,
      calls: MEASURED_CALLS,
      warmup: WARMUP_CALLS,
      timeLimitMs: TIME_LIMIT_MS,
    });
  } finally {
    for (const close of closers.reverse()) await Promise.resolve(close()).catch(() => undefined);
    destroyNetNs(ns);
    fs.rmSync(dir, { recursive: true, force: true });
  }
  printJoinTable(
    `longjoin: kiosk press join → first remote frame at ${2 * DELAY_EACH_WAY_MS} ms RTT, ${result.figures.length} calls (ms)`,
    result.figures,
    { p50: 1_500, roundTrips: 2 },
    [
      `Both browsers (one Chromium, two contexts) in a network namespace; every packet between them and the server crosses the lab's user-space delay relay, ${DELAY_EACH_WAY_MS} ms each way ` +
        '(signalling over TCP, media over UDP through the WebRtcServer port; its RTT is tested in tests/network/delay-relay.spec.ts).',
      `${WARMUP_CALLS} warm-up call not counted; ${result.failures} call(s) failed and are not counted. The parent has joined and waits before the kiosk presses join.`,
      "At this RTT: the join (1 round trip; transport:connect is sent without waiting for its answer), ICE (1), DTLS (2), then the key frame asked of the parent (1.5 more, on its link) ≈ 5.5 round trips = 1.1 s, plus the machine's own time.",
    ],
  );
}

export const benchmark: Benchmark = {
  name: 'longjoin',
  title: 'kiosk join → first remote frame with 200 ms RTT through the delay relay (root only)',
  run,
};
