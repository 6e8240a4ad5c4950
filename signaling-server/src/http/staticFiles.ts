// Serves the built pages (renderer/dist). Only files inside the folder, only
// GET/HEAD; hashed assets are cached for long, HTML never (so a fix reaches
// phones at once).
import fs from 'node:fs';
import path from 'node:path';
import type { IncomingMessage, ServerResponse } from 'node:http';

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

/** Friendly paths for the two pages. */
const pageAliases: Record<string, string> = {
  '/kiosk': 'kiosk.html',
  '/parent': 'parent.html',
};

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

export function createStaticHandler(rootDir: string) {
  const root = path.resolve(rootDir);
  return (request: IncomingMessage, response: ServerResponse, pathname: string): boolean => {
    if (request.method !== 'GET' && request.method !== 'HEAD') return false;
    const relative = pageAliases[pathname] ?? decodeSafely(pathname)?.replace(/^\/+/, '');
    if (!relative) return false;
    const file = path.resolve(root, relative);
    if (!file.startsWith(root + path.sep)) return false;
    let stat: fs.Stats;
    try {
      stat = fs.statSync(file);
    } catch {
      return false;
    }
    if (!stat.isFile()) return false;
    const extension = path.extname(file);
    response.statusCode = 200;
    response.setHeader('Content-Type', contentTypes[extension] ?? 'application/octet-stream');
    response.setHeader('Content-Length', stat.size);
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
    if (request.method === 'HEAD') {
      response.end();
    } else {
      fs.createReadStream(file).pipe(response);
    }
    return true;
  };
}

function decodeSafely(pathname: string): string | undefined {
  try {
    const decoded = decodeURIComponent(pathname);
    return decoded.includes('\0') ? undefined : decoded;
  } catch {
    return undefined;
  }
}
