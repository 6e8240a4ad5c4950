// The parent link's page as the real server sends it: the child and the calls
// inlined so the phone can show them before any connection, only this family's,
// with names that cannot break out of the page; dead links get the same page
// saying so; and scripts go out precompressed when the phone accepts it.
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import zlib from 'node:zlib';
import http from 'node:http';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { PARENT_BOOT_ELEMENT_ID, type ParentBoot } from '../../common/parentBoot';
import { randomToken } from '../../signaling-server/src/auth/secrets';
import type { SchoolFixture } from '../support/fixtures';
import { addFamily, MINUTE, placeBooking, startDomainServer } from '../support/domain';
import type { TestServer } from '../support/testServer';

let server: TestServer;
let school: SchoolFixture;
let staticDir: string;
const script = `console.log(${JSON.stringify('幸福家园 '.repeat(400))});`;

beforeAll(async () => {
  staticDir = fs.mkdtempSync(path.join(os.tmpdir(), 'hhc-pages-'));
  fs.mkdirSync(path.join(staticDir, 'assets'));
  fs.writeFileSync(
    path.join(staticDir, 'parent.html'),
    '<!doctype html><html><head><title>p</title></head><body><div id="root"></div></body></html>',
  );
  const asset = path.join(staticDir, 'assets', 'parent-abc123.js');
  fs.writeFileSync(asset, script);
  fs.writeFileSync(`${asset}.br`, zlib.brotliCompressSync(script));
  fs.writeFileSync(`${asset}.gz`, zlib.gzipSync(script));
  fs.mkdirSync(path.join(staticDir, '.vite'));
  fs.writeFileSync(
    path.join(staticDir, '.vite', 'manifest.json'),
    JSON.stringify({ '../resources/avatars/panda.svg': { file: 'assets/panda-AbC123.svg' } }),
  );
  ({ server, school } = await startDomainServer({ staticDir }));
});

afterAll(async () => {
  await server.stop();
});

/** The boot data inlined into a page, as the page itself reads it. */
function bootOf(html: string): ParentBoot | undefined {
  const match = new RegExp(
    `<script type="application/json" id="${PARENT_BOOT_ELEMENT_ID}">(.*?)</script>`,
    's',
  ).exec(html);
  return match ? (JSON.parse(match[1]!) as ParentBoot) : undefined;
}

async function linkPage(token: string) {
  const response = await fetch(`${server.url}/p/${token}`);
  return { response, html: await response.text() };
}

/** Raw bytes and headers, without fetch's transparent decompression. */
function rawGet(pathname: string, acceptEncoding?: string) {
  return new Promise<{ status: number; headers: http.IncomingHttpHeaders; body: Buffer }>(
    (resolve, reject) => {
      const request = http.get(
        `${server.url}${pathname}`,
        { headers: acceptEncoding === undefined ? {} : { 'accept-encoding': acceptEncoding } },
        (response) => {
          const chunks: Buffer[] = [];
          response.on('data', (chunk: Buffer) => chunks.push(chunk));
          response.on('end', () =>
            resolve({ status: response.statusCode!, headers: response.headers, body: Buffer.concat(chunks) }),
          );
        },
      );
      request.on('error', reject);
    },
  );
}

describe('the link page', () => {
  it('carries this family’s child and calls, and nothing of another family', async () => {
    const other = await addFamily(server.store, school.schoolId, { name: '别人家的孩子' });
    await placeBooking(
      server.store,
      { schoolId: school.schoolId, childId: other.childId, guardianId: other.guardianId },
      server.clock.now + 90 * MINUTE,
    );
    const { response, html } = await linkPage(school.guardianToken);
    expect(response.status).toBe(200);
    expect(response.headers.get('cache-control')).toBe('no-store');
    expect(response.headers.get('content-security-policy')).toContain("script-src 'self'");
    const boot = bootOf(html);
    expect(boot && 'overview' in boot).toBe(true);
    if (!boot || !('overview' in boot)) return;
    expect(boot.overview.child).toEqual({ displayName: '小明', avatar: 'panda' });
    expect(boot.overview.calls.map((call) => call.id)).toEqual([school.bookingId]);
    expect(html).not.toContain(other.childName);
    // The data block does not repeat the token (the page's own links may: it is the page's URL).
    expect(JSON.stringify(boot)).not.toContain(school.guardianToken);
  });

  it('arrives with its first screen written out, readable before any script runs', async () => {
    const { html } = await linkPage(school.guardianToken);
    const root = /<div id="root">(.*)<\/div>/s.exec(html)?.[1] ?? '';
    expect(root).toContain('data-testid="child-name">小明</h1>');
    expect(root).toContain('<img class="page__avatar" src="/assets/panda-AbC123.svg" alt="">');
    expect(root).toContain('接下来的通话');
    // The open call: its time in the school's zone, a join button that the script brings to life,
    // its calendar file, and a word for phones that run no scripts.
    expect(root).toMatch(/<span class="calls__time">\d+月\d+日 星期. \d\d:\d\d<\/span>/);
    expect(root).toContain('<button class="button button--join" disabled>进入通话</button>');
    expect(root).toContain(`href="/p/${school.guardianToken}/calls/${school.bookingId}.ics"`);
    expect(root).toContain('<noscript>');
    const english = await fetch(`${server.url}/p/${school.guardianToken}?lang=en`).then((r) => r.text());
    expect(english).toContain('Upcoming calls');
  });

  it('escapes a name that tries to end the element or run script', async () => {
    const hostile = '</script><script>alert(1)</script>&\u2028';
    const family = await addFamily(server.store, school.schoolId, { name: hostile });
    const { html } = await linkPage(family.guardianToken);
    expect(html).not.toContain('<script>alert(1)');
    expect(html.match(/<\/script>/g)).toHaveLength(1);
    expect(html).toContain('&lt;/script&gt;&lt;script&gt;alert(1)&lt;/script&gt;&amp;');
    const boot = bootOf(html);
    expect(boot && 'overview' in boot && boot.overview.child.displayName).toBe(hostile);
  });

  it("keeps names with replacement patterns ($&, $`, $', $$) exactly as they are", async () => {
    // String.replace with a string would expand these and splice the page's own HTML into the data.
    for (const name of ['小红$`</script><b>x', "小红$'", '小红$&', '小红$$', '$1\u2028']) {
      const family = await addFamily(server.store, school.schoolId, { name });
      const { html } = await linkPage(family.guardianToken);
      expect(html.match(/<\/script>/g)).toHaveLength(1);
      const boot = bootOf(html);
      expect(boot && 'overview' in boot && boot.overview.child.displayName).toBe(name);
    }
  });

  it('answers a link preview’s HEAD like a GET, without looking the token up', async () => {
    for (const token of [school.guardianToken, randomToken()]) {
      const head = await fetch(`${server.url}/p/${token}`, { method: 'HEAD' });
      expect(head.status).toBe(200);
      expect(head.headers.get('content-type')).toContain('text/html');
      expect(head.headers.get('cache-control')).toBe('no-store');
    }
  });

  it('says the same for a wrong, a malformed and an archived child’s link', async () => {
    const archived = await addFamily(server.store, school.schoolId);
    await server.store.children.update(archived.childId, { archived: true });
    const pages = await Promise.all(
      [randomToken(), 'not-a-token', '%E0%A4%A', archived.guardianToken].map((token) => linkPage(token)),
    );
    for (const { response, html } of pages) {
      expect(response.status).toBe(200);
      expect(bootOf(html)).toEqual({ invalid: true });
      expect(html).toContain('data-testid="invalid-link">这个链接已经失效了');
    }
  });
});

describe('the icon', () => {
  it('is served under its own name and the one browsers ask for unprompted', async () => {
    fs.writeFileSync(path.join(staticDir, 'favicon.svg'), '<svg xmlns="http://www.w3.org/2000/svg"/>');
    for (const name of ['/favicon.svg', '/favicon.ico']) {
      const response = await rawGet(name);
      expect(response.status).toBe(200);
      expect(response.headers['content-type']).toBe('image/svg+xml');
    }
  });
});

describe('compressed assets', () => {
  const asset = '/assets/parent-abc123.js';

  it('sends brotli to browsers that take it, gzip to the others, plain bytes otherwise', async () => {
    const br = await rawGet(asset, 'gzip, deflate, br');
    expect(br.headers['content-encoding']).toBe('br');
    expect(zlib.brotliDecompressSync(br.body).toString()).toBe(script);
    expect(Number(br.headers['content-length'])).toBe(br.body.length);

    const gzip = await rawGet(asset, 'gzip, deflate');
    expect(gzip.headers['content-encoding']).toBe('gzip');
    expect(zlib.gunzipSync(gzip.body).toString()).toBe(script);

    const plain = await rawGet(asset);
    expect(plain.headers['content-encoding']).toBeUndefined();
    expect(plain.body.toString()).toBe(script);
    for (const response of [br, gzip, plain]) {
      expect(response.headers['vary']).toBe('Accept-Encoding');
      expect(response.headers['content-type']).toContain('javascript');
      expect(response.headers['cache-control']).toContain('immutable');
    }
  });

  it('does not hand out the compressed copies as files of their own, nor the build’s manifest', async () => {
    expect((await rawGet('/.vite/manifest.json')).status).toBe(404);
    expect((await rawGet(`${asset}.br`)).status).toBe(404);
    expect((await rawGet(`${asset}.gz`, 'gzip')).status).toBe(404);
  });
});
