#!/usr/bin/env node
// Provides the mediasoup worker binary for this checkout without needing GitHub.
//
// Order of preference:
//   1. a binary already cached outside the checkout for this mediasoup version
//      (so a second `npm run setup` takes seconds);
//   2. mediasoup's own prebuilt binary from its release page, when reachable
//      (skipped with HHC_SKIP_PREBUILT_WORKER=1);
//   3. a build from the worker sources shipped inside the mediasoup npm package,
//      against Debian's system libraries instead of meson's downloaded wraps.
// The result is copied to node_modules/mediasoup/worker/out/Release/mediasoup-worker,
// mediasoup's default location, so nothing else needs configuring.
//
// Plain Node (no dependencies) because it runs right after `npm ci`.

import { execFileSync, spawnSync } from 'node:child_process';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { createRequire } from 'node:module';
import { fileURLToPath } from 'node:url';

const here = path.dirname(fileURLToPath(import.meta.url));
const root = path.resolve(here, '..');
const requireFromServer = createRequire(path.join(root, 'signaling-server', 'package.json'));
const mediasoupDir = path.dirname(requireFromServer.resolve('mediasoup/package.json'));
const version = JSON.parse(fs.readFileSync(path.join(mediasoupDir, 'package.json'), 'utf8')).version;
const platformKey = `${version}-${os.platform()}-${os.arch()}`;

const cacheRoot =
  process.env.HHC_WORKER_CACHE_DIR ??
  path.join(
    process.env.XDG_CACHE_HOME ?? path.join(os.homedir(), '.cache'),
    'happy-home-connect',
    'mediasoup-worker',
  );
const cachedBinary = path.join(cacheRoot, platformKey, 'mediasoup-worker');
const installedBinary = path.join(mediasoupDir, 'worker', 'out', 'Release', 'mediasoup-worker');

function log(message) {
  console.log(`[mediasoup-worker] ${message}`);
}

/** A worker binary is usable if it starts and prints its version. */
function works(binary) {
  if (!fs.existsSync(binary)) return false;
  const result = spawnSync(binary, ['--version'], {
    env: { ...process.env, MEDIASOUP_VERSION: version },
    encoding: 'utf8',
    timeout: 10_000,
  });
  // The 3.12 worker exits non-zero without its channel pipes, but it must at
  // least load (no missing shared library, right architecture).
  const loadError = /error while loading shared libraries|Exec format error|not found/i;
  return result.error === undefined && !loadError.test(`${result.stderr}${result.stdout}`);
}

function install(from, how) {
  fs.mkdirSync(path.dirname(installedBinary), { recursive: true });
  fs.copyFileSync(from, installedBinary);
  fs.chmodSync(installedBinary, 0o755);
  log(`installed ${how} worker ${version} at ${path.relative(root, installedBinary)}`);
}

function saveToCache(binary) {
  fs.mkdirSync(path.dirname(cachedBinary), { recursive: true });
  const temporary = `${cachedBinary}.${process.pid}.tmp`;
  fs.copyFileSync(binary, temporary);
  fs.chmodSync(temporary, 0o755);
  fs.renameSync(temporary, cachedBinary); // atomic: a half-copied binary is never cached
  log(`cached at ${cachedBinary}`);
}

async function tryPrebuilt() {
  if (process.env.HHC_SKIP_PREBUILT_WORKER === '1') return undefined;
  const base =
    process.env.MEDIASOUP_WORKER_PREBUILT_DOWNLOAD_BASE_URL ??
    'https://github.com/versatica/mediasoup/releases/download';
  const url = `${base}/${version}/mediasoup-worker-${version}-${os.platform()}-${os.arch()}.tgz`;
  log(`trying mediasoup's prebuilt worker: ${url}`);
  try {
    const response = await fetch(url, { signal: AbortSignal.timeout(20_000) });
    if (!response.ok) {
      log(`prebuilt worker not available (HTTP ${response.status})`);
      return undefined;
    }
    const workDir = fs.mkdtempSync(path.join(os.tmpdir(), 'hhc-prebuilt-'));
    const tarPath = path.join(workDir, 'worker.tgz');
    fs.writeFileSync(tarPath, Buffer.from(await response.arrayBuffer()));
    execFileSync('tar', ['-xzf', tarPath, '-C', workDir]);
    const binary = path.join(workDir, 'mediasoup-worker');
    if (works(binary)) return binary;
    log('prebuilt worker does not run on this machine');
  } catch (error) {
    log(`prebuilt worker unreachable (${error.cause?.code ?? error.name}); building from source instead`);
  }
  return undefined;
}

function which(command) {
  return spawnSync('sh', ['-c', `command -v ${command}`]).status === 0;
}

function buildFromSource() {
  for (const tool of ['meson', 'ninja', 'pkg-config', 'c++']) {
    if (!which(tool)) {
      throw new Error(
        `'${tool}' is missing; run 'npm run setup' (it installs the build tools) or see README.md`,
      );
    }
  }
  const buildRoot = fs.mkdtempSync(path.join(os.tmpdir(), 'hhc-worker-build-'));
  const sourceDir = path.join(buildRoot, 'worker');
  fs.cpSync(path.join(mediasoupDir, 'worker'), sourceDir, { recursive: true });

  // Replace the download wraps with local subprojects that wrap system libraries.
  const subprojects = path.join(sourceDir, 'subprojects');
  for (const entry of fs.readdirSync(subprojects)) {
    if (entry.endsWith('.wrap')) fs.rmSync(path.join(subprojects, entry));
  }
  fs.cpSync(path.join(here, 'mediasoup-subprojects'), subprojects, { recursive: true });

  // mediasoup asks for meson >= 1.1.0; Debian 12 ships 1.0.1, which builds it fine.
  const mesonBuild = path.join(sourceDir, 'meson.build');
  fs.writeFileSync(
    mesonBuild,
    fs
      .readFileSync(mesonBuild, 'utf8')
      .replace(/meson_version\s*:\s*'>=\s*1\.1\.0'/, "meson_version: '>= 1.0.0'"),
  );

  const outDir = path.join(buildRoot, 'out');
  const started = Date.now();
  log(`building worker ${version} from source with system libraries (about 4 minutes on two cores)`);
  execFileSync(
    'meson',
    ['setup', '--buildtype=release', '-Db_ndebug=true', '--wrap-mode=nodownload', outDir, sourceDir],
    { stdio: 'inherit' },
  );
  execFileSync('ninja', ['-C', outDir, 'mediasoup-worker'], { stdio: 'inherit' });
  log(`built in ${Math.round((Date.now() - started) / 1000)} s`);
  const binary = path.join(outDir, 'mediasoup-worker');
  if (!works(binary)) throw new Error('the freshly built worker does not start');
  return { binary, cleanup: () => fs.rmSync(buildRoot, { recursive: true, force: true }) };
}

async function main() {
  if (works(cachedBinary)) {
    install(cachedBinary, 'cached');
    return;
  }
  const prebuilt = await tryPrebuilt();
  if (prebuilt) {
    saveToCache(prebuilt);
    install(cachedBinary, 'prebuilt');
    return;
  }
  const built = buildFromSource();
  try {
    saveToCache(built.binary);
    install(cachedBinary, 'source-built');
  } finally {
    built.cleanup();
  }
}

main().catch((error) => {
  console.error(`[mediasoup-worker] failed: ${error.message}`);
  process.exit(1);
});
