#!/usr/bin/env node
// `npm start`: builds the pages, starts the signalling server on its embedded
// defaults and, where an Electron binary is installed, the kiosk app beside it.
// Prints the URLs to open.
import { spawn, spawnSync } from 'node:child_process';
import fs from 'node:fs';
import path from 'node:path';
import { createRequire } from 'node:module';
import { fileURLToPath } from 'node:url';

const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..');
const require = createRequire(path.join(root, 'electron', 'package.json'));
const port = process.env.HHC_PORT ?? '8080';
const serverUrl = `http://127.0.0.1:${port}`;
const children = [];

function run(script) {
  const result = spawnSync('npm', ['run', '--silent', script], { cwd: root, stdio: 'inherit' });
  if (result.status !== 0) process.exit(result.status ?? 1);
}

/** The Electron binary is only there if someone installed it (it comes from GitHub). */
function electronBinary() {
  try {
    const binary = require('electron');
    return typeof binary === 'string' && fs.existsSync(binary) ? binary : undefined;
  } catch {
    return undefined;
  }
}

async function waitForHealth(timeoutMs = 30_000) {
  const deadline = Date.now() + timeoutMs;
  while (Date.now() < deadline) {
    try {
      const response = await fetch(`${serverUrl}/healthz`);
      if (response.ok) return;
    } catch {
      // not up yet
    }
    await new Promise((resolve) => setTimeout(resolve, 300));
  }
  throw new Error(`the server did not answer on ${serverUrl}/healthz`);
}

function stopAll() {
  for (const child of children) child.kill('SIGTERM');
}
process.on('SIGINT', stopAll);
process.on('SIGTERM', stopAll);

run('build');
const server = spawn(process.execPath, ['--import', 'tsx', 'signaling-server/src/index.ts'], {
  cwd: root,
  stdio: 'inherit',
  // A fresh checkout starts with the demo school so there is something to try.
  env: { HHC_DEMO_WHEN_EMPTY: '1', ...process.env, HHC_PORT: port },
});
children.push(server);
server.on('exit', (code) => {
  stopAll();
  process.exit(code ?? 0);
});
await waitForHealth();

console.log(`
  Happy Home Connect is running.
    server health:  ${serverUrl}/healthz
    kiosk page:     ${serverUrl}/kiosk   (pair it with a code printed above, or from "npm run admin -- kiosk-code")
    parent pages:   ${serverUrl}/p/<link token>   (phones need https: see README)
`);

// Electron's lazy downloader would try GitHub; only start it where the binary is really there.
const pathFile = path.join(path.dirname(require.resolve('electron/package.json')), 'path.txt');
const binary = fs.existsSync(pathFile) ? electronBinary() : undefined;
if (binary) {
  const kiosk = spawn(binary, [path.join(root, 'electron')], {
    cwd: root,
    stdio: 'inherit',
    env: { ...process.env, HHC_SERVER_URL: serverUrl },
  });
  children.push(kiosk);
  console.log('  Kiosk app started (Electron).');
} else {
  console.log(`  No Electron binary is installed here, so the kiosk app was not started.
  Open the kiosk call page above in Chromium instead, or install Electron where
  the internet allows it: "npx install-electron" (see README, "The kiosk app").`);
}
