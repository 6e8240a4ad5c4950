// Bundles the main process and preload into electron/dist (CommonJS, as
// Electron's sandboxed preload requires) and copies the built pages beside them.
import { build } from 'esbuild';
import fs from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';

const here = path.dirname(fileURLToPath(import.meta.url));
const outDir = path.join(here, 'dist');
fs.rmSync(outDir, { recursive: true, force: true });

const common = {
  bundle: true,
  platform: 'node',
  format: 'cjs',
  target: 'node20',
  sourcemap: true,
  external: ['electron', 'better-sqlite3'],
};
await build({
  ...common,
  entryPoints: [path.join(here, 'src/main.ts')],
  outfile: path.join(outDir, 'main.cjs'),
});
await build({
  ...common,
  entryPoints: [path.join(here, 'src/preload.ts')],
  outfile: path.join(outDir, 'preload.cjs'),
});

const rendererDist = path.join(here, '..', 'renderer', 'dist');
if (!fs.existsSync(rendererDist))
  throw new Error('renderer/dist is missing: run `npm run build:renderer` first');
fs.cpSync(rendererDist, path.join(outDir, 'renderer'), { recursive: true });
console.log('electron/dist ready');
