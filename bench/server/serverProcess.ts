// The server under test in its own process, so that its memory and CPU are
// not mixed with the benchmark's clients. Started by bench/server.ts with
// `node --import tsx --expose-gc`; talks over the IPC channel.
import { openBooking, seedSchool } from '../../tests/support/fixtures';
import { rssBytes } from '../lib/proc';
import { startTestServer } from '../../tests/support/testServer';

export type ServerRequest =
  | { id: number; type: 'bookings'; count: number }
  | { id: number; type: 'memory' }
  | { id: number; type: 'rooms' }
  | { id: number; type: 'stop' };

export interface ServerReady {
  type: 'ready';
  url: string;
  pid: number;
  workerPid: number;
  kioskCredential: string;
  guardianToken: string;
}

export interface MemoryFigures {
  rss: number;
  heapUsed: number;
  workerRss: number;
}

async function main(): Promise<void> {
  const server = await startTestServer({
    // The clients never complete DTLS: keep their peers instead of timing them out mid-measurement.
    media: { workers: 1, listenIp: '127.0.0.1', rtcPort: 0, connectTimeoutMs: 600_000 },
  });
  const school = await seedSchool(server.store, server.clock.now);
  const teacher = (await server.store.staff.list(school.schoolId))[0]!;
  const who = {
    schoolId: school.schoolId,
    childId: school.childId,
    guardianId: school.guardianId,
    teacherId: teacher.id,
  };
  const gc = (globalThis as { gc?: () => void }).gc;

  process.on('message', (message: ServerRequest) => {
    const reply = (value: unknown) => process.send?.({ type: 'reply', id: message.id, value });
    void (async () => {
      switch (message.type) {
        case 'bookings': {
          const ids: string[] = [];
          for (let i = 0; i < message.count; i++)
            ids.push(await openBooking(server.store, who, server.clock.now));
          reply(ids);
          break;
        }
        case 'memory': {
          for (let i = 0; i < 3; i++) gc?.();
          await new Promise((resolve) => setTimeout(resolve, 200));
          const figures: MemoryFigures = {
            rss: process.memoryUsage().rss,
            heapUsed: process.memoryUsage().heapUsed,
            workerRss: rssBytes(server.pool.pids()[0]!),
          };
          reply(figures);
          break;
        }
        case 'rooms':
          reply(server.rooms.counts());
          break;
        case 'stop':
          await server.stop();
          reply(true);
          process.exit(0);
      }
    })();
  });
  const ready: ServerReady = {
    type: 'ready',
    url: server.url,
    pid: process.pid,
    workerPid: server.pool.pids()[0]!,
    kioskCredential: school.kioskCredential,
    guardianToken: school.guardianToken,
  };
  process.send?.(ready);
}

void main();
