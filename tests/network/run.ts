// `npm run test:network`: the network tests need root (namespaces, tc,
// nftables). Where they cannot run this fails with the reason, or skips with
// it when HHC_SKIP_NETWORK_TESTS=1 — it never passes without running them.
// Then the pages are built if their sources changed since the last build, and
// Playwright runs playwright.network.config.ts (extra arguments are passed on).
import { spawnSync } from 'node:child_process';
import fs from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { SKIP_VARIABLE } from './globalSetup';
import { missingPrerequisite } from './netns';

const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '../..');

function newestMtime(entry: string): number {
  const stat = fs.statSync(entry, { throwIfNoEntry: false });
  if (!stat) return 0;
  if (!stat.isDirectory()) return stat.mtimeMs;
  let newest = 0;
  for (const child of fs.readdirSync(entry)) {
    if (child === 'node_modules' || child === 'dist') continue;
    newest = Math.max(newest, newestMtime(path.join(entry, child)));
  }
  return newest;
}

/** The built pages are missing or older than anything they are built from. */
function pagesOutOfDate(): boolean {
  const built = fs.statSync(path.join(root, 'renderer/dist/parent.html'), { throwIfNoEntry: false });
  if (!built) return true;
  return ['renderer', 'common', 'package-lock.json'].some(
    (source) => newestMtime(path.join(root, source)) > built.mtimeMs,
  );
}

function run(command: string, args: string[]): number {
  const result = spawnSync(command, args, { cwd: root, stdio: 'inherit' });
  return result.status ?? 1;
}

const missing = missingPrerequisite();
if (missing) {
  if (process.env[SKIP_VARIABLE] === '1') {
    console.log(`Network tests SKIPPED (${SKIP_VARIABLE}=1): ${missing}.`);
    process.exit(0);
  }
  console.error(
    `Network tests cannot run: ${missing}.\n` +
      `Run them as root (sudo npm run test:network), or set ${SKIP_VARIABLE}=1 to skip them.`,
  );
  process.exit(1);
}
if (pagesOutOfDate()) {
  const status = run('npm', ['run', 'build:renderer']);
  if (status !== 0) process.exit(status);
}
process.exit(
  run(path.join(root, 'node_modules/.bin/playwright'), [
    'test',
    '-c',
    'playwright.network.config.ts',
    ...process.argv.slice(2),
  ]),
);
