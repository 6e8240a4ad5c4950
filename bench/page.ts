// The JavaScript each page loads, gzipped, from the build in renderer/dist:
// the entry scripts and module preloads in the HTML and every chunk they
// import statically (loaded before the page can run), then chunks only
// imported dynamically (loaded later, on demand). Goal: parent page ≤ 200 KB.
import fs from 'node:fs';
import path from 'node:path';
import zlib from 'node:zlib';
import type { Benchmark } from './lib/benchmark';
import { staticDir } from './lib/paths';
import { fmt } from './lib/stats';
import { printTable, type Cell } from './lib/table';

const GOAL_KB = 200;
/** 1 KB = 1,000 bytes here (the stricter reading of the goal). */
const KB = 1000;

interface Asset {
  file: string;
  raw: number;
  gzip: number;
  brotli: number;
}

function sizes(file: string): Asset {
  const bytes = fs.readFileSync(path.join(staticDir, file));
  return {
    file,
    raw: bytes.length,
    gzip: zlib.gzipSync(bytes, { level: 9 }).length,
    brotli: zlib.brotliCompressSync(bytes, { params: { [zlib.constants.BROTLI_PARAM_QUALITY]: 11 } }).length,
  };
}

/** `/assets/x.js` or `./x.js` relative to `from` → a path inside dist. */
function resolveAsset(reference: string, from: string): string {
  return reference.startsWith('/')
    ? reference.slice(1)
    : path.posix.join(path.posix.dirname(from), reference);
}

/** Scripts an HTML page loads at once: module entries and module preloads. */
function htmlScripts(html: string, htmlFile: string): string[] {
  const found = new Set<string>();
  for (const match of html.matchAll(/<script\b[^>]*\bsrc="([^"]+\.js)"/g))
    found.add(resolveAsset(match[1]!, htmlFile));
  for (const match of html.matchAll(/<link\b[^>]*rel="modulepreload"[^>]*href="([^"]+\.js)"/g))
    found.add(resolveAsset(match[1]!, htmlFile));
  return [...found];
}

/** Static imports (`import … from "./x.js"`, `import "./x.js"`) and dynamic ones (`import("./x.js")`, Vite's dependency map). */
function imports(code: string, file: string): { static: string[]; dynamic: string[] } {
  const staticOnes = new Set<string>();
  const dynamicOnes = new Set<string>();
  for (const match of code.matchAll(/(?:\bfrom\s*|\bimport\s*)["']([^"']+\.js)["']/g))
    staticOnes.add(resolveAsset(match[1]!, file));
  for (const match of code.matchAll(/\bimport\(\s*["']([^"']+\.js)["']\s*\)/g))
    dynamicOnes.add(resolveAsset(match[1]!, file));
  // Vite lists lazily loaded chunks as "assets/x.js" strings for its preload helper.
  for (const match of code.matchAll(/["'](assets\/[\w.-]+\.js)["']/g)) dynamicOnes.add(match[1]!);
  for (const name of staticOnes) dynamicOnes.delete(name);
  return { static: [...staticOnes], dynamic: [...dynamicOnes] };
}

function pageScripts(htmlFile: string): { initial: string[]; lazy: string[] } {
  const html = fs.readFileSync(path.join(staticDir, htmlFile), 'utf8');
  const initial = new Set<string>();
  const lazy = new Set<string>();
  const queue = htmlScripts(html, htmlFile);
  while (queue.length > 0) {
    const file = queue.shift()!;
    if (initial.has(file) || !fs.existsSync(path.join(staticDir, file))) continue;
    initial.add(file);
    const found = imports(fs.readFileSync(path.join(staticDir, file), 'utf8'), file);
    queue.push(...found.static);
    for (const name of found.dynamic) lazy.add(name);
  }
  // A lazy chunk may itself import more; follow them too.
  const lazyQueue = [...lazy];
  while (lazyQueue.length > 0) {
    const file = lazyQueue.shift()!;
    if (!fs.existsSync(path.join(staticDir, file))) {
      lazy.delete(file);
      continue;
    }
    const found = imports(fs.readFileSync(path.join(staticDir, file), 'utf8'), file);
    for (const name of [...found.static, ...found.dynamic]) {
      if (!initial.has(name) && !lazy.has(name)) {
        lazy.add(name);
        lazyQueue.push(name);
      }
    }
  }
  for (const file of initial) lazy.delete(file);
  return { initial: [...initial], lazy: [...lazy] };
}

function total(assets: Asset[]): Omit<Asset, 'file'> {
  return assets.reduce(
    (sum, asset) => ({
      raw: sum.raw + asset.raw,
      gzip: sum.gzip + asset.gzip,
      brotli: sum.brotli + asset.brotli,
    }),
    {
      raw: 0,
      gzip: 0,
      brotli: 0,
    },
  );
}

async function run(): Promise<void> {
  const rows: Cell[][] = [];
  const summary: Cell[][] = [];
  for (const page of ['parent', 'kiosk'] as const) {
    const { initial, lazy } = pageScripts(`${page}.html`);
    const initialAssets = initial.map(sizes);
    const lazyAssets = lazy.map(sizes);
    for (const asset of initialAssets)
      rows.push([
        page,
        asset.file,
        'at load',
        fmt(asset.raw / KB, 1),
        fmt(asset.gzip / KB, 1),
        fmt(asset.brotli / KB, 1),
      ]);
    for (const asset of lazyAssets)
      rows.push([
        page,
        asset.file,
        'on demand',
        fmt(asset.raw / KB, 1),
        fmt(asset.gzip / KB, 1),
        fmt(asset.brotli / KB, 1),
      ]);
    const atLoad = total(initialAssets);
    const all = total([...initialAssets, ...lazyAssets]);
    const goal = page === 'parent' ? `${GOAL_KB} KB` : '– (no goal)';
    const verdict = page === 'parent' ? (all.gzip <= GOAL_KB * KB ? 'meets goal' : 'misses goal') : '';
    summary.push([
      page,
      initialAssets.length + lazyAssets.length,
      fmt(all.raw / KB, 1),
      fmt(atLoad.gzip / KB, 1),
      fmt(all.gzip / KB, 1),
      fmt(all.brotli / KB, 1),
      goal,
      verdict,
    ]);
  }
  printTable(
    'page: JavaScript per script (KB = 1,000 bytes)',
    ['page', 'script', 'loaded', 'raw KB', 'gzip -9 KB', 'brotli 11 KB'],
    rows,
  );
  printTable(
    'page: JavaScript per page',
    [
      'page',
      'scripts',
      'raw KB',
      'gzip KB at load',
      'gzip KB all',
      'brotli KB all',
      'goal (gzip)',
      'verdict',
    ],
    summary,
    [
      `Scripts from renderer/dist/<page>.html (entry <script> and <link rel="modulepreload">) and every chunk they import; sizes are deterministic for one build, so one measurement is given.`,
      'CSS is not counted. What the server actually sends over the wire (compressed or not) is measured by slow3g.',
    ],
  );
}

export const benchmark: Benchmark = {
  name: 'page',
  title: 'JavaScript bytes of the parent and kiosk pages, gzipped, vs 200 KB',
  run,
};
