// Three server nodes behind one address, on one real PostgreSQL database and
// one real Redis: what a school's sockets are told reaches them on any node,
// a kiosk on one node is online for a parent on another, the last free place
// goes to exactly one of twenty bookings spread over the nodes, wrong guesses
// spread over the nodes meet one shared limit, and a Redis restart in the
// middle stops nothing.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { LocalRedis } from '../../scripts/lib/redis';
import { addFamily, at, DAY, type Family } from '../support/domain';
import type { SchoolFixture } from '../support/fixtures';
import { randomToken } from '../../signaling-server/src/auth/secrets';
import {
  connect,
  connectAsTeacher,
  connectRefused,
  nextEvent,
  request,
  requestOk,
  type TestSocket,
} from '../support/socketClient';
import { eventually, startSchoolCluster, type Nodes } from './nodes';

let redis: LocalRedis;
let cluster: Nodes;
let school: SchoolFixture;
const sockets: TestSocket[] = [];

const urlOf = (node: number) => cluster.nodes[node]!.url;
const store = () => cluster.nodes[0]!.store;

async function teacherOn(node: number): Promise<TestSocket> {
  const socket = await connectAsTeacher(urlOf(node), school.teacher);
  sockets.push(socket);
  return socket;
}

async function kioskOn(node: number): Promise<TestSocket> {
  const socket = await connect(urlOf(node), { kioskCredential: school.kioskCredential });
  sockets.push(socket);
  return socket;
}

beforeAll(async () => {
  ({ redis, cluster, school } = await startSchoolCluster(3));
});

afterAll(async () => {
  for (const socket of sockets) socket.disconnect();
  await cluster?.stop();
  await redis?.stop();
});

describe('three nodes on one PostgreSQL and one Redis', () => {
  it('tell a school’s sockets on every node that the schedule changed, whichever node changed it', async () => {
    const [, teacher2] = [await teacherOn(0), await teacherOn(1)];
    const kiosk = await kioskOn(2);
    const family = await addFamily(store(), school.schoolId);
    const told = [nextEvent(teacher2!, 'schedule:changed'), nextEvent(kiosk, 'schedule:changed')];
    await requestOk(sockets[0]!, 'booking:create', {
      childId: family.childId,
      guardianId: family.guardianId,
      startAt: at(DAY, '16:15'),
    });
    expect(await Promise.all(told)).toEqual([{ schoolId: school.schoolId }, { schoolId: school.schoolId }]);
  });

  it('show a parent on one node that the school’s kiosk is connected to another', async () => {
    const parent = await connect(urlOf(0), { guardianToken: school.guardianToken });
    sockets.push(parent);
    const online = async () => (await requestOk(parent, 'parent:overview', {})).kioskOnline;
    for (const socket of sockets.splice(0)) if (socket !== parent) socket.disconnect();
    sockets.push(parent);
    await eventually(async () => !(await online()));
    const kiosk = await kioskOn(2);
    expect(await online()).toBe(true);
    kiosk.disconnect();
    await eventually(async () => !(await online()));
  });

  it('give the last free place to exactly one of twenty bookings sent through all three nodes at once', async () => {
    const teachers = [await teacherOn(0), await teacherOn(1), await teacherOn(2)];
    const families: Family[] = [];
    for (let i = 0; i < 20; i++) families.push(await addFamily(store(), school.schoolId));
    const startAt = at(DAY, '17:00');
    const results = await Promise.all(
      families.map((family, i) =>
        request(teachers[i % 3]!, 'booking:create', {
          childId: family.childId,
          guardianId: family.guardianId,
          startAt,
        }),
      ),
    );
    expect(results.filter((r) => r.ok)).toHaveLength(1);
    for (const refused of results.filter((r) => !r.ok)) {
      expect(refused).toMatchObject({ ok: false, error: { code: 'BOOKING_REFUSED', reason: 'SLOT_FULL' } });
    }
    const inSlot = await store().bookings.list({
      schoolId: school.schoolId,
      from: startAt,
      to: startAt + 15 * 60_000,
      statuses: ['requested', 'confirmed', 'in_progress'],
    });
    expect(inSlot).toHaveLength(1);
  });

  it('share the limit on wrong guesses: spread over the nodes, they hit it together; a right link gets in', async () => {
    // Ten wrong links through each node: thirty in all, the per-address allowance.
    for (let i = 0; i < 30; i++) {
      expect(await connectRefused(urlOf(i % 3), { guardianToken: randomToken() })).toMatchObject({
        code: 'INVALID_LINK',
      });
    }
    for (const node of [0, 1, 2]) {
      expect(await connectRefused(urlOf(node), { guardianToken: randomToken() })).toMatchObject({
        code: 'RATE_LIMITED',
      });
    }
    const parent = await connect(urlOf(1), { guardianToken: school.guardianToken });
    expect((await requestOk(parent, 'session:whoami', {})).guardian?.guardianId).toBe(school.guardianId);
    parent.disconnect();
  });

  it('go on through a Redis restart: requests keep working, and broadcasts cross nodes again after it', async () => {
    const [teacher1, teacher2] = [await teacherOn(0), await teacherOn(1)];
    await redis.halt();
    // The database is all a request needs; Redis only carries broadcasts.
    const family = await addFamily(store(), school.schoolId);
    await requestOk(teacher1, 'booking:create', {
      childId: family.childId,
      guardianId: family.guardianId,
      startAt: at(DAY, '17:30'),
    });
    await redis.resume();
    expect(teacher1.connected && teacher2.connected).toBe(true);
    // Until the adapter has reconnected a broadcast may miss the other node: retry until one arrives.
    await eventually(async () => {
      const told = nextEvent(teacher2, 'schedule:changed', 1_000).then(
        () => true,
        () => false,
      );
      await requestOk(teacher1, 'closed-date:add', {
        schoolId: school.schoolId,
        date: '2030-10-01',
        reason: '国庆节',
      });
      return told;
    }, 20_000);
  });
});
