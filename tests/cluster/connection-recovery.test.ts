// Connection-state recovery across nodes (socket.io's, kept in Redis by the
// Streams adapter): a client dropped for a moment comes back through another
// node with its socket id, and gets the school broadcasts sent meanwhile from
// a third place — but only after passing the handshake checks again, with the
// principal it had (a teacher's login on the connection included), and
// without the stale pushes of the call it was in.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { LocalRedis } from '../../scripts/lib/redis';
import { BASE } from '../support/domain';
import type { SchoolFixture } from '../support/fixtures';
import { connect, connectAsTeacher, requestOk, type TestSocket } from '../support/socketClient';
import { eventually, startSchoolCluster, type Nodes } from './nodes';

let redis: LocalRedis;
let cluster: Nodes;
let school: SchoolFixture;
const sockets: TestSocket[] = [];

beforeAll(async () => {
  ({ redis, cluster, school } = await startSchoolCluster(2));
});

afterAll(async () => {
  for (const socket of sockets) socket.disconnect();
  await cluster?.stop();
  await redis?.stop();
});

/** What a school's sockets are told when its schedule changes, sent from node `from`. */
const scheduleChanged = (from: number) =>
  cluster.nodes[from]!.io.to(`school:${school.schoolId}`).emit('schedule:changed', {
    schoolId: school.schoolId,
  });

function collect(socket: TestSocket): string[] {
  const seen: string[] = [];
  socket.onAny((event: string) => seen.push(event));
  return seen;
}

/** Cuts the client's connection (as a network drop would) and waits until node `node` has let go of it. */
async function drop(socket: TestSocket, node: number): Promise<void> {
  const id = socket.id!;
  socket.io.engine.close();
  await eventually(async () => (await cluster.nodes[node]!.io.in(id).fetchSockets()).length === 0);
}

/** Everything that comes over the wire on the client's next connection, before socket.io-client filters it. */
function wire(socket: TestSocket): string[] {
  const frames: string[] = [];
  socket.io.once('open', () =>
    socket.io.engine.on('packet', (packet: { data?: unknown }) => frames.push(String(packet.data ?? ''))),
  );
  return frames;
}

/** Reconnects the same client, this time through node `node`. */
async function reconnectThrough(socket: TestSocket, node: number): Promise<{ ok: boolean; error?: string }> {
  (socket.io as unknown as { uri: string }).uri = cluster.nodes[node]!.url;
  return new Promise((resolve) => {
    socket.once('connect', () => resolve({ ok: true }));
    socket.once('connect_error', (error: Error & { data?: { code: string } }) =>
      resolve({ ok: false, ...(error.data ? { error: error.data.code } : {}) }),
    );
    socket.connect();
  });
}

describe('connection-state recovery across nodes', () => {
  it('a kiosk and a teacher dropped on node 0 come back through node 1 with the broadcasts they missed', async () => {
    const kiosk = await connect(cluster.nodes[0]!.url, { kioskCredential: school.kioskCredential });
    const teacher = await connectAsTeacher(cluster.nodes[0]!.url, school.teacher);
    sockets.push(kiosk, teacher);
    const kioskSaw = collect(kiosk);
    const teacherSaw = collect(teacher);
    // A first broadcast gives each client an offset to recover from.
    scheduleChanged(0);
    await eventually(async () => kioskSaw.length === 1 && teacherSaw.length === 1);
    const ids = [kiosk.id, teacher.id];

    await drop(kiosk, 0);
    await drop(teacher, 0);
    // Meanwhile, sent from node 1: a school broadcast, and a stale push of a call to the kiosk's old socket.
    scheduleChanged(1);
    cluster.nodes[1]!.io.to(ids[0]!).emit('peer:left', { peerId: 'gone' });
    scheduleChanged(1);

    expect(await reconnectThrough(kiosk, 1)).toEqual({ ok: true });
    expect(await reconnectThrough(teacher, 1)).toEqual({ ok: true });
    expect(kiosk.recovered).toBe(true);
    expect(teacher.recovered).toBe(true);
    expect([kiosk.id, teacher.id]).toEqual(ids);
    await eventually(async () => kioskSaw.length === 3 && teacherSaw.length === 3);
    expect(kioskSaw).toEqual(['schedule:changed', 'schedule:changed', 'schedule:changed']);
    expect(teacherSaw).toEqual(kioskSaw);

    // The same principals as before the drop: the kiosk by its credential, the teacher by the login on the connection.
    const kioskIs = await requestOk(kiosk, 'session:whoami', {});
    expect(kioskIs.kiosk?.kioskId).toBe(school.kioskId);
    expect((await requestOk(teacher, 'session:whoami', {})).staff?.username).toBe(school.teacher.username);
    // And their rooms on the new node: a broadcast from node 0 reaches both.
    scheduleChanged(0);
    await eventually(async () => kioskSaw.length === 4 && teacherSaw.length === 4);
  });

  it('a kiosk removed while it was away is refused on its way back and is told nothing it missed', async () => {
    const kiosk = await connect(cluster.nodes[0]!.url, { kioskCredential: school.kioskCredential });
    sockets.push(kiosk);
    const saw = collect(kiosk);
    scheduleChanged(0);
    await eventually(async () => saw.length === 1);

    await drop(kiosk, 0);
    await cluster.nodes[0]!.store.kiosks.revoke(school.kioskId, BASE);
    scheduleChanged(1);

    const frames = wire(kiosk);
    expect(await reconnectThrough(kiosk, 1)).toEqual({ ok: false, error: 'INVALID_CREDENTIALS' });
    // Give a wrongly replayed packet time to arrive before saying none did.
    await new Promise((resolve) => setTimeout(resolve, 500));
    expect(saw).toEqual(['schedule:changed']);
    // Not even on the wire: socket.io would write missed packets before its middlewares run.
    expect(frames.some((frame) => frame.includes('connect_error') || frame.startsWith('4'))).toBe(true);
    expect(frames.filter((frame) => frame.includes('schedule:changed'))).toEqual([]);
  });
});
