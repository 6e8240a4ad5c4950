// PostgreSQL restarted under two running nodes (its own server here, so the
// rest of the run keeps its database): while it is down requests fail with
// UNAVAILABLE, a code that says "try again", not a generic failure, and
// /healthz answers 503; the nodes stay up, and once it is back the same requests work and nothing written
// before is lost.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startPostgres, type LocalPostgres } from '../../scripts/lib/postgres';
import { addFamily, at, BASE, DAY } from '../support/domain';
import { seedSchool, type SchoolFixture } from '../support/fixtures';
import { connectAsTeacher, request, requestOk, type TestSocket } from '../support/socketClient';
import { eventually, startNodes, type Nodes } from './nodes';

let postgres: LocalPostgres;
let cluster: Nodes;
let school: SchoolFixture;
let teachers: TestSocket[] = [];

beforeAll(async () => {
  postgres = await startPostgres();
  const url = await postgres.createDatabase();
  cluster = await startNodes(2, { database: { engine: 'postgres', url }, now: BASE });
  school = await seedSchool(cluster.nodes[0]!.store, BASE);
  teachers = await Promise.all(cluster.nodes.map((node) => connectAsTeacher(node.url, school.teacher)));
});

afterAll(async () => {
  for (const teacher of teachers) teacher.disconnect();
  await cluster?.stop();
  await postgres?.stop();
});

describe('PostgreSQL restarted under running nodes', () => {
  it('answers UNAVAILABLE while it is down, and works again after with nothing lost', async () => {
    const store = cluster.nodes[0]!.store;
    const family = await addFamily(store, school.schoolId);
    const before = await requestOk(teachers[0]!, 'booking:create', {
      childId: family.childId,
      guardianId: family.guardianId,
      startAt: at(DAY, '16:15'),
    });

    await postgres.halt();
    for (const teacher of teachers) {
      expect(await request(teacher, 'child:list', { schoolId: school.schoolId })).toMatchObject({
        ok: false,
        error: { code: 'UNAVAILABLE' },
      });
      expect(teacher.connected).toBe(true);
    }
    // A load balancer asking /healthz is told this node cannot serve now.
    const health = await fetch(`${cluster.nodes[0]!.url}/healthz`);
    expect(health.status).toBe(503);
    expect(await health.json()).toMatchObject({ database: 'unreachable' });

    await postgres.resume();
    // The pools drop the dead connections and open new ones on the next request.
    for (const teacher of teachers) {
      await eventually(async () => (await request(teacher, 'child:list', { schoolId: school.schoolId })).ok);
    }
    expect((await fetch(`${cluster.nodes[0]!.url}/healthz`)).status).toBe(200);
    const bookings = await requestOk(teachers[1]!, 'booking:list', {
      schoolId: school.schoolId,
      from: BASE,
      to: BASE + 86_400_000,
    });
    expect(bookings.map((b) => b.id)).toContain(before.id);
    const after = await addFamily(store, school.schoolId);
    await requestOk(teachers[1]!, 'booking:create', {
      childId: after.childId,
      guardianId: after.guardianId,
      startAt: at(DAY, '16:30'),
    });
  });
});
