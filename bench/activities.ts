// Activities inside a call on loopback: how long a page turn and a piece of a
// stroke take from one side's send to the other side's receipt (real server,
// real SFU join, real socket.io sockets as the two screens use them), and the
// bytes per second a child drawing without pause sends and makes the server
// send to the parent. The drawing is the screens' own pattern: a finger moving
// at a steady pace, points closer than 4 grid units dropped, pieces sent ten
// times a second (renderer/src/activities/useLiveStroke.ts).
import type { Socket } from 'socket.io-client';
import type { ActivityAction } from '../common/activities/schema';
import type { Benchmark } from './lib/benchmark';
import { sleep } from './lib/benchmark';
import { fmt, summarize, versusGoal } from './lib/stats';
import { printTable } from './lib/table';
import { anotherOpenBooking, seedSchool } from '../tests/support/fixtures';
import { startTestServer } from '../tests/support/testServer';
import { connect, requestOk, type TestSocket } from '../tests/support/socketClient';

const SAMPLES = 150;
const DRAW_SECONDS = 10;
const FLUSH_MS = 100;
/** A finger crossing a tablet-sized canvas in about two seconds, sampled at 60 Hz. */
const POINTS_PER_SECOND = 60;
const STEP_UNITS = 8;
/** A WebSocket frame from the browser: 2 header bytes, 4 mask bytes (short frames). */
const FRAME_OVERHEAD = 6;
const GOALS = { latencyP50Ms: 100, drawingKbps: 10 };

/** Counts what one socket's engine sends and receives, as WebSocket payload bytes plus framing. */
function meter(socket: TestSocket) {
  const counts = { sent: 0, received: 0 };
  const engine = (socket as unknown as Socket).io.engine;
  engine.on('packetCreate', (packet: { data?: unknown }) => {
    counts.sent += 1 + String(packet.data ?? '').length + FRAME_OVERHEAD;
  });
  engine.on('packet', (packet: { data?: unknown }) => {
    counts.received += 1 + String(packet.data ?? '').length + 2;
  });
  return counts;
}

async function latency(
  from: TestSocket,
  to: TestSocket,
  action: (i: number) => ActivityAction,
): Promise<number[]> {
  const times: number[] = [];
  for (let i = 0; i < SAMPLES; i++) {
    const received = new Promise<number>((resolve) =>
      (to as unknown as Socket).once('activity:acted', () => resolve(performance.now())),
    );
    const sentAt = performance.now();
    await requestOk(from, 'activity:act', action(i));
    times.push((await received) - sentAt);
    // Paced like people: a flood is cut by the rate limit, which is not what this measures.
    await sleep(60);
  }
  return times;
}

async function run(): Promise<void> {
  // No media flows in this bench: peers must not be dropped for never connecting theirs.
  const server = await startTestServer({
    media: { workers: 1, listenIp: '127.0.0.1', rtcPort: 0, connectTimeoutMs: 600_000 },
  });
  try {
    const school = await seedSchool(server.store, server.clock.now);
    const bookingId = await anotherOpenBooking(server.store, school, server.clock.now);
    const kiosk = await connect(server.url, { kioskCredential: school.kioskCredential });
    const parent = await connect(server.url, { guardianToken: school.guardianToken });
    const { routerRtpCapabilities } = await requestOk(kiosk, 'call:capabilities', {});
    for (const socket of [kiosk, parent])
      await requestOk(socket, 'call:join', { bookingId, rtpCapabilities: routerRtpCapabilities });
    await requestOk(kiosk, 'activity:act', { type: 'book', bookId: 'same-moon' });

    const pages = await latency(kiosk, parent, (i) => ({ type: 'page', page: i % 8 }));
    const pieces = await latency(parent, kiosk, (i) => ({
      type: 'stroke',
      id: 1 + Math.floor(i / 50),
      colour: 'blue',
      width: 'thick',
      points: [100 + (i % 50) * 16, 300, 108 + (i % 50) * 16, 304, 116 + (i % 50) * 16, 300],
    }));
    await requestOk(kiosk, 'activity:act', { type: 'clear' });

    // Ten seconds of drawing without lifting the finger for long: a new stroke every two seconds.
    const kioskBytes = meter(kiosk);
    const parentBytes = meter(parent);
    const startedAt = performance.now();
    let x = 100;
    let y = 100;
    let dx = STEP_UNITS;
    let id = 100;
    let buffered: number[] = [];
    const perFlush = (POINTS_PER_SECOND * FLUSH_MS) / 1000;
    for (let tick = 0; tick < (DRAW_SECONDS * 1000) / FLUSH_MS; tick++) {
      if (tick % 20 === 0) id++;
      for (let p = 0; p < perFlush; p++) {
        x += dx;
        if (x > 900 || x < 100) dx = -dx;
        y = 100 + ((y + 3) % 550);
        buffered.push(x, y);
      }
      // As the screens send them: the style with a stroke's first piece only.
      await requestOk(
        kiosk,
        'activity:act',
        tick % 20 === 0
          ? { type: 'stroke', id, colour: 'red', width: 'thin', points: buffered }
          : { type: 'stroke', id, points: buffered },
      );
      buffered = [];
      await sleep(Math.max(0, startedAt + (tick + 1) * FLUSH_MS - performance.now()));
    }
    const seconds = (performance.now() - startedAt) / 1000;
    const kbps = (bytes: number) => (bytes * 8) / 1000 / seconds;

    const pageSummary = summarize(pages);
    const pieceSummary = summarize(pieces);
    printTable(
      'Send → other side receives (loopback, ms)',
      ['message', 'n', 'p50', 'p95', 'max', 'goal p50', 'verdict'],
      [
        [
          'page turn',
          pageSummary.n,
          fmt(pageSummary.median, 1),
          fmt(pageSummary.p95, 1),
          fmt(pageSummary.max, 1),
          `< ${GOALS.latencyP50Ms}`,
          versusGoal(pageSummary.median, GOALS.latencyP50Ms, 'lower'),
        ],
        [
          'stroke piece',
          pieceSummary.n,
          fmt(pieceSummary.median, 1),
          fmt(pieceSummary.p95, 1),
          fmt(pieceSummary.max, 1),
          `< ${GOALS.latencyP50Ms}`,
          versusGoal(pieceSummary.median, GOALS.latencyP50Ms, 'lower'),
        ],
      ],
      ['Socket level (what the screens send and receive); drawing on screen adds one animation frame.'],
    );
    const drawingUp = kbps(kioskBytes.sent);
    printTable(
      `Continuous drawing, ${DRAW_SECONDS} s, ${POINTS_PER_SECOND} points/s, pieces every ${FLUSH_MS} ms (kbit/s)`,
      ['direction', 'kbit/s', 'goal', 'verdict'],
      [
        [
          'drawing side sends (strokes)',
          fmt(drawingUp, 2),
          `< ${GOALS.drawingKbps}`,
          versusGoal(drawingUp, GOALS.drawingKbps, 'lower'),
        ],
        ['drawing side receives (acks)', fmt(kbps(kioskBytes.received), 2), '', ''],
        ['other side receives (strokes)', fmt(kbps(parentBytes.received), 2), '', ''],
      ],
      ['Bytes counted as WebSocket payload plus frame header; TCP/IP headers not included.'],
    );
    kiosk.disconnect();
    parent.disconnect();
  } finally {
    await server.stop();
  }
}

export const benchmark: Benchmark = {
  name: 'activities',
  title: 'books and drawing inside a call: delivery time and data while drawing',
  run,
};
