// `kill -9` of the server process carrying a call, with the cluster as
// `npm run cluster` runs it (real processes, PostgreSQL, Redis, one address):
// both pages get media again by themselves, on the node that is left, and the
// call log shows one interruption.
import { expect, test } from '@playwright/test';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { startCluster, type Cluster } from '../../scripts/lib/cluster';
import { openStore } from '../../signaling-server/src/store/sql/openStore';
import type { Store } from '../../signaling-server/src/store/Store';
import { seedSchool, type SchoolFixture } from '../support/fixtures';
import { received, startCall } from '../e2e/media';
import type { Page } from '@playwright/test';

const here = path.dirname(fileURLToPath(import.meta.url));
const staticDir = path.resolve(here, '../../renderer/dist');

let cluster: Cluster;
let store: Store;
let school: SchoolFixture;

test.beforeAll(async () => {
  test.setTimeout(180_000);
  cluster = await startCluster({ nodes: 2, staticDir, logLevel: 'warn' });
  store = await openStore({ engine: 'postgres', url: cluster.databaseUrl });
  school = await seedSchool(store, Date.now());
});

test.afterAll(async () => {
  await store?.close();
  await cluster?.stop();
});

/**
 * Until video frames and audio packets rise over two seconds: after the kill the old counters stand
 * still (and a rejoin starts new ones), so only rising counts show media is back.
 */
async function expectMediaBack(page: Page, timeout: number): Promise<void> {
  await expect
    .poll(
      async () => {
        const before = await received(page);
        await page.waitForTimeout(2_000);
        const after = await received(page);
        return (
          after.videoFramesDecoded > before.videoFramesDecoded &&
          after.audioPacketsReceived > before.audioPacketsReceived
        );
      },
      { timeout, intervals: [500] },
    )
    .toBe(true);
}

async function roomsOn(url: string): Promise<number> {
  const health = (await (await fetch(`${url}/healthz`)).json()) as { rooms: number };
  return health.rooms;
}

test('kill -9 of the node carrying a call: both sides decode media again without pressing anything', async ({
  browser,
}) => {
  test.setTimeout(180_000);
  const call = await startCall(browser, cluster.url, school);
  try {
    const rooms = await Promise.all(cluster.nodes.map((node) => roomsOn(node.url)));
    expect(rooms.reduce((a, b) => a + b)).toBe(1);
    const carrier = cluster.nodes[rooms.indexOf(1)]!;
    const survivor = cluster.nodes.find((node) => node !== carrier)!;
    carrier.process.kill('SIGKILL');
    await expectMediaBack(call.kiosk, 120_000);
    await expectMediaBack(call.parent, 120_000);
    expect(await roomsOn(survivor.url)).toBe(1);
    // The call log shows one interruption: each side joined twice, before and after the kill.
    const records = await store.callRecords.listForBooking(school.bookingId);
    for (const side of ['kiosk', 'parent'] as const) {
      expect(
        records.filter((record) => record.participant === side),
        side,
      ).toHaveLength(2);
    }
  } finally {
    await call.close();
  }
});
