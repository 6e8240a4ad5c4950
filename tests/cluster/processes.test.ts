// The cluster as `npm run cluster` runs it: three real server processes on
// one PostgreSQL and one Redis, behind one address. Twenty teachers booking
// the last free place through the address (spread over the nodes): one wins.
// Kiosks spread over the nodes; `kill -9` of a node: its kiosk reconnects
// through the address by itself and still hears the school's broadcasts.
// `kill -9` of the node a call's parent signals through: the node carrying
// the call removes the parent (no ghost peer), and the kiosk is told.
import { io } from 'socket.io-client';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startCluster, type Cluster } from '../../scripts/lib/cluster';
import { openStore } from '../../signaling-server/src/store/sql/openStore';
import type { Store } from '../../signaling-server/src/store/Store';
import { addFamily } from '../support/domain';
import { seedSchool, type SchoolFixture } from '../support/fixtures';
import {
  connect,
  connectAsTeacher,
  nextEvent,
  request,
  requestOk,
  type TestSocket,
} from '../support/socketClient';
import { eventually } from './nodes';

const QUARTER = 15 * 60_000;
let cluster: Cluster;
let store: Store;
let school: SchoolFixture;
const sockets: TestSocket[] = [];

/** A kiosk that reconnects by itself, as the real app does. */
async function kiosk(): Promise<TestSocket> {
  const socket: TestSocket = io(cluster.url, {
    transports: ['websocket'],
    forceNew: true,
    reconnectionDelay: 200,
    reconnectionDelayMax: 1_000,
    auth: { kioskCredential: school.kioskCredential },
  });
  sockets.push(socket);
  await new Promise((resolve) => socket.once('connect', () => resolve(undefined)));
  return socket;
}

beforeAll(async () => {
  cluster = await startCluster({ nodes: 3, logLevel: 'warn' });
  store = await openStore({ engine: 'postgres', url: cluster.databaseUrl });
  school = await seedSchool(store, Date.now());
  // Calls all day, every day, so a slot two hours from now exists whenever the test runs.
  for (const window of await store.windows.list(school.schoolId)) {
    await store.windows.update(window.id, { startMinute: 0, endMinute: 1440 });
  }
}, 180_000);

afterAll(async () => {
  for (const socket of sockets) socket.disconnect();
  await store?.close();
  await cluster?.stop();
});

describe('three server processes behind one address', () => {
  it('twenty teachers booking the last free place through the address at once: one wins', async () => {
    const teachers: TestSocket[] = [];
    for (let i = 0; i < 20; i++) teachers.push(await connectAsTeacher(cluster.url, school.teacher));
    sockets.push(...teachers);
    const families = [];
    for (let i = 0; i < 20; i++) families.push(await addFamily(store, school.schoolId));
    const startAt = Math.ceil((Date.now() + 3 * 3_600_000) / QUARTER) * QUARTER;
    const results = await Promise.all(
      families.map((family, i) =>
        request(teachers[i]!, 'booking:create', {
          childId: family.childId,
          guardianId: family.guardianId,
          startAt,
        }),
      ),
    );
    expect(results.filter((r) => r.ok)).toHaveLength(1);
    expect(results.filter((r) => !r.ok && r.error.code === 'BOOKING_REFUSED')).toHaveLength(19);
  });

  it('a node killed with -9: its kiosks come back through the address and still hear the school', async () => {
    const kiosks = [await kiosk(), await kiosk(), await kiosk()];
    const ids = kiosks.map((k) => k.id);
    cluster.nodes[0]!.process.kill('SIGKILL');
    // The balancer gave one kiosk to each node: one of them lost its node and reconnects.
    await eventually(async () => kiosks.every((k) => k.connected) && kiosks.some((k, i) => k.id !== ids[i]));
    const teacher = await connectAsTeacher(cluster.url, school.teacher);
    sockets.push(teacher);
    const family = await addFamily(store, school.schoolId);
    const told = kiosks.map((k) => nextEvent(k, 'schedule:changed', 10_000));
    const startAt = Math.ceil((Date.now() + 2 * 3_600_000) / QUARTER) * QUARTER;
    await requestOk(teacher, 'booking:create', {
      childId: family.childId,
      guardianId: family.guardianId,
      startAt,
    });
    expect(await Promise.all(told)).toHaveLength(3);
  });

  it('a node killed with -9 under a call’s parent: the node carrying the call drops the parent, the kiosk is told', async () => {
    const [, carrierNode, parentNode] = cluster.nodes;
    const kiosk = await connect(carrierNode!.url, { kioskCredential: school.kioskCredential });
    const parent = await connect(parentNode!.url, { guardianToken: school.guardianToken });
    sockets.push(kiosk, parent);
    const { routerRtpCapabilities } = await requestOk(kiosk, 'call:capabilities', {});
    const bookingId = school.bookingId;
    await requestOk(kiosk, 'call:join', { bookingId, rtpCapabilities: routerRtpCapabilities });
    const parentJoin = await requestOk(parent, 'call:join', {
      bookingId,
      rtpCapabilities: routerRtpCapabilities,
    });
    const left = nextEvent(kiosk, 'peer:left', 60_000);
    parentNode!.process.kill('SIGKILL');
    // No leave ever comes from the dead node: the carrying node finds the parent's socket gone.
    expect((await left).peerId).toBe(parentJoin.peerId);
  });
});
