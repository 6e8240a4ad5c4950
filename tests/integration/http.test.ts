// The HTTP side of the real server: health, pages, headers, and nothing
// outside the pages folder.
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { RunningServer } from '../../signaling-server/src/server';
import { startTestServer } from '../support/testServer';

let server: RunningServer;
let staticDir: string;

beforeAll(async () => {
  const root = fs.mkdtempSync(path.join(os.tmpdir(), 'hhc-static-'));
  staticDir = path.join(root, 'dist');
  fs.mkdirSync(path.join(staticDir, 'assets'), { recursive: true });
  fs.writeFileSync(path.join(staticDir, 'parent.html'), '<!doctype html><title>p</title>');
  fs.writeFileSync(path.join(staticDir, 'assets', 'app-abc123.js'), 'console.log(1)');
  fs.writeFileSync(path.join(root, 'secret.txt'), 'outside');
  server = await startTestServer({ staticDir });
});

afterAll(async () => {
  await server.close();
});

describe('GET /healthz', () => {
  it('reports workers alive, rooms open and the database reachable', async () => {
    const response = await fetch(`${server.url}/healthz`);
    expect(response.status).toBe(200);
    expect(await response.json()).toEqual({
      status: 'ok',
      workers: { alive: 1, configured: 1 },
      rooms: 0,
      peers: 0,
      database: 'ok',
    });
  });
});

describe('pages', () => {
  it('serves a page with a strict CSP and no caching', async () => {
    const response = await fetch(`${server.url}/parent`);
    expect(response.status).toBe(200);
    expect(response.headers.get('content-security-policy')).toContain("default-src 'self'");
    expect(response.headers.get('cache-control')).toBe('no-store');
    expect(response.headers.get('referrer-policy')).toBe('no-referrer');
  });

  it('caches hashed assets for long', async () => {
    const response = await fetch(`${server.url}/assets/app-abc123.js`);
    expect(response.headers.get('cache-control')).toContain('immutable');
    expect(response.headers.get('content-type')).toContain('javascript');
  });

  it.each(['/../secret.txt', '/%2e%2e/secret.txt', '/assets/..%2f..%2fsecret.txt', '/%00', '/%E0%A4%A'])(
    'does not serve %s',
    async (pathname) => {
      const response = await fetch(`${server.url}${pathname}`);
      expect(response.status).toBe(404);
      expect(await response.text()).not.toContain('outside');
    },
  );

  it('answers unknown paths and methods with a JSON 404', async () => {
    const response = await fetch(`${server.url}/nope`, { method: 'POST', body: 'x' });
    expect(response.status).toBe(404);
    expect(await response.json()).toMatchObject({ error: { code: 'NOT_FOUND' } });
  });
});
