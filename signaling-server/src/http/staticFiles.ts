// Serves the built pages (renderer/dist). Only files inside the folder, only
// GET/HEAD; hashed assets are cached for long, HTML never (so a fix reaches
// phones at once). Text assets go out precompressed (.br/.gz written by the
// build) when the browser accepts it: on slow mobile data that is most of the wait.
import fs from 'node:fs';
import path from 'node:path';
import type { IncomingMessage, ServerResponse } from 'node:http';
import { pickEncoding, type ContentEncoding } from './encoding';

const contentTypes: Record<string, string> = {
  '.html': 'text/html; charset=utf-8',
  '.js': 'text/javascript; charset=utf-8',
  '.css': 'text/css; charset=utf-8',
  '.json': 'application/json; charset=utf-8',
  '.svg': 'image/svg+xml',
  '.png': 'image/png',
  '.webp': 'image/webp',
  '.ico': 'image/x-icon',
  '.mp3': 'audio/mpeg',
  '.ogg': 'audio/ogg',
  '.woff2': 'font/woff2',
};

/** Friendly paths for the two pages, and the icon browsers ask for by its old name. */
const pageAliases: Record<string, string> = {
  '/kiosk': 'kiosk.html',
  '/parent': 'parent.html',
  '/favicon.ico': 'favicon.svg',
};

/** Precompressed siblings the build writes, in the order they are preferred. */
const precompressed: Record<ContentEncoding, string> = { br: '.br', gzip: '.gz' };

// Pages only talk to their own origin; media may be shown from MediaStreams (blob:).
const contentSecurityPolicy = [
  "default-src 'self'",
  "script-src 'self'",
  "style-src 'self'",
  "img-src 'self' data: blob:",
  "media-src 'self' blob:",
  "connect-src 'self' ws: wss:",
  "object-src 'none'",
  "base-uri 'none'",
  "frame-ancestors 'none'",
].join('; ');

export interface StaticFiles {
  /** Sends the file for this path if there is one; false otherwise. */
  serve(request: IncomingMessage, response: ServerResponse, pathname: string): boolean;
  /**
   * Sends a built page with `parts.head` placed before `</head>` (data the page
   * needs at once, so it can show it without another round trip) and
   * `parts.root` inside its empty `<div id="root">` (its first screen as HTML).
   */
  servePage(request: IncomingMessage, response: ServerResponse, page: string, parts: PageParts): boolean;
  /** The URL the build gave a source file (e.g. `../resources/avatars/panda.svg`), from Vite's manifest. */
  builtUrl(source: string): string | undefined;
}

export interface PageParts {
  head: string;
  root: string;
}

const EMPTY_ROOT = '<div id="root"></div>';

export function createStaticFiles(rootDir: string): StaticFiles {
  const root = path.resolve(rootDir);

  const resolve = (relative: string): { file: string; size: number } | undefined => {
    const file = path.resolve(root, relative);
    if (!file.startsWith(root + path.sep)) return undefined;
    try {
      const stat = fs.statSync(file);
      return stat.isFile() ? { file, size: stat.size } : undefined;
    } catch {
      return undefined;
    }
  };

  const serve: StaticFiles['serve'] = (request, response, pathname) => {
    if (request.method !== 'GET' && request.method !== 'HEAD') return false;
    // Own properties only: the path is the client's, and "/constructor" is no alias.
    const relative = Object.hasOwn(pageAliases, pathname)
      ? pageAliases[pathname]
      : decodeSafely(pathname)?.replace(/^\/+/, '');
    // Only the build's own names: never hand out "x.js.br" as a file of its own, nor the build's
    // own bookkeeping (".vite/manifest.json").
    if (!relative || /\.(br|gz)$/.test(relative) || /(^|[\\/])\./.test(relative)) return false;
    const found = resolve(relative);
    if (!found) return false;
    const extension = path.extname(found.file);
    const compressed = pickEncoding(request.headers['accept-encoding'], (encoding) =>
      resolve(relative + precompressed[encoding]),
    );
    const sent = compressed?.copy ?? found;
    writeHeaders(response, extension, relative);
    // Caches in between must keep the compressed and plain copies apart.
    response.setHeader('Vary', 'Accept-Encoding');
    if (compressed) response.setHeader('Content-Encoding', compressed.encoding);
    response.setHeader('Content-Length', sent.size);
    if (request.method === 'HEAD') response.end();
    else fs.createReadStream(sent.file).pipe(response);
    return true;
  };

  const servePage: StaticFiles['servePage'] = (request, response, page, parts) => {
    const found = resolve(page);
    if (!found) return false;
    // Functions as replacements: a string one would expand `$&`, `$'` and `` $` `` found in the
    // data (a child named "小红$'" would splice the page's own HTML into the JSON).
    const html = fs
      .readFileSync(found.file, 'utf8')
      .replace('</head>', () => `${parts.head}</head>`)
      .replace(EMPTY_ROOT, () => `<div id="root">${parts.root}</div>`);
    writeHeaders(response, '.html', page);
    response.setHeader('Content-Length', Buffer.byteLength(html));
    response.end(request.method === 'HEAD' ? undefined : html);
    return true;
  };

  let manifest: Record<string, { file?: unknown }> | undefined;
  const builtUrl: StaticFiles['builtUrl'] = (source) => {
    if (!manifest) {
      try {
        manifest = JSON.parse(
          fs.readFileSync(path.join(root, '.vite', 'manifest.json'), 'utf8'),
        ) as typeof manifest;
      } catch {
        manifest = {}; // an older build without a manifest: pages simply go without pictures
      }
    }
    const entry = Object.hasOwn(manifest!, source) ? manifest![source] : undefined;
    return typeof entry?.file === 'string' ? `/${entry.file}` : undefined;
  };

  return { serve, servePage, builtUrl };
}

function writeHeaders(response: ServerResponse, extension: string, relative: string): void {
  response.statusCode = 200;
  response.setHeader(
    'Content-Type',
    (Object.hasOwn(contentTypes, extension) && contentTypes[extension]) || 'application/octet-stream',
  );
  response.setHeader('X-Content-Type-Options', 'nosniff');
  response.setHeader('Referrer-Policy', 'no-referrer');
  if (extension === '.html') {
    response.setHeader('Cache-Control', 'no-store');
    response.setHeader('Content-Security-Policy', contentSecurityPolicy);
    response.setHeader('Permissions-Policy', 'camera=(self), microphone=(self), geolocation=()');
  } else {
    response.setHeader(
      'Cache-Control',
      relative.startsWith('assets/') ? 'public, max-age=31536000, immutable' : 'no-cache',
    );
  }
}

/** A URL path (or one segment of it) decoded; undefined when malformed or holding a NUL. */
export function decodeSafely(pathname: string): string | undefined {
  try {
    const decoded = decodeURIComponent(pathname);
    return decoded.includes('\0') ? undefined : decoded;
  } catch {
    return undefined;
  }
}
