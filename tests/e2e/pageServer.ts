// What an end-to-end test's pages talk to and where their pictures go: the
// real server serving the built pages (npm run build:renderer) with a fixture
// school, and screenshots named by page size under tests/screenshots (not
// committed: look at them).
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import type { Page } from '@playwright/test';
import type { CreateServerOptions } from '../../signaling-server/src/server';
import { seedSchool, type SchoolFixture } from '../support/fixtures';
import { startTestServer, type TestServer } from '../support/testServer';

const here = path.dirname(fileURLToPath(import.meta.url));
export const staticDir = path.resolve(here, '../../renderer/dist');
export const screenshotsDir = path.resolve(here, '../screenshots');

export async function startPageServer(
  overrides: Partial<CreateServerOptions> = {},
): Promise<{ server: TestServer; school: SchoolFixture }> {
  const server = await startTestServer({ staticDir, ...overrides });
  return { server, school: await seedSchool(server.store, server.clock.now) };
}

/** Saves `<name>-<width>x<height>.png`. */
export function screenshot(page: Page, name: string): Promise<Buffer> {
  const size = page.viewportSize();
  return page.screenshot({ path: path.join(screenshotsDir, `${name}-${size?.width}x${size?.height}.png`) });
}
