import fs from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { createIpcHandlers, invokeHandler } from '../ipc';
import { openKioskServices } from '../services';
import { fakeBlocker, fakeCipher, manualClock, tempDir } from '../testing';
import { GALLERY_MAX_PER_CHILD, Gallery } from './Gallery';

const childId = '5b3a3f2e-8c1d-4f6a-9b7e-2d4c6e8f0a1b';
const line = { id: 1, by: 'kiosk', colour: 'green', width: 'thick', points: [10, 10, 200, 300] };

describe('the kiosk gallery', () => {
  it('keeps a drawing as an SVG the main process draws itself, newest first in the list', async () => {
    const dataDir = tempDir();
    const clock = manualClock();
    const services = openKioskServices({
      dataDir,
      cipher: fakeCipher(),
      powerSaveBlocker: fakeBlocker(),
      now: clock.now,
      warn: () => undefined,
    });
    const handlers = createIpcHandlers({ serverUrl: 'http://127.0.0.1:1', appVersion: 't' }, services);
    const kept = await invokeHandler(handlers, 'gallery:keep', {
      childId,
      background: 'flower',
      strokes: [line],
    });
    expect(kept.ok).toBe(true);
    clock.advance(1000);
    await invokeHandler(handlers, 'gallery:keep', { childId, background: 'blank', strokes: [line] });
    const list = await invokeHandler(handlers, 'gallery:list', { childId });
    if (!list.ok) throw new Error('list failed');
    expect(list.value.map((d) => d.savedAt)).toEqual([clock.now(), clock.now() - 1000]);
    const svg = fs.readFileSync(path.join(dataDir, 'gallery', childId, `${list.value[1]!.id}.svg`), 'utf8');
    expect(svg).toContain('<polyline points="10,10 200,300"');
    expect(svg).toContain('<path d="M500 330');
    const read = await invokeHandler(handlers, 'gallery:read', { childId, id: list.value[1]!.id });
    expect(read.ok && read.value.svg).toBe(svg);
    for (const id of ['../../pairing', '1-abcdefgh', `${list.value[1]!.id}.svg`]) {
      expect((await invokeHandler(handlers, 'gallery:read', { childId, id })).ok).toBe(false);
    }
    const otherChild = '6b3a3f2e-8c1d-4f6a-9b7e-2d4c6e8f0a1b';
    expect(
      await invokeHandler(handlers, 'gallery:read', { childId: otherChild, id: list.value[1]!.id }),
    ).toMatchObject({
      ok: false,
      error: { code: 'NOT_FOUND' },
    });
    services.close();
  });

  it('refuses anything but lines: images, markup, foreign folders, oversized drawings', async () => {
    const services = openKioskServices({
      dataDir: tempDir(),
      cipher: fakeCipher(),
      powerSaveBlocker: fakeBlocker(),
      warn: () => undefined,
    });
    const handlers = createIpcHandlers({ serverUrl: 'http://127.0.0.1:1', appVersion: 't' }, services);
    const bad = [
      {
        childId,
        background: 'blank',
        strokes: [line],
        svg: '<svg><image href="data:image/jpeg;base64,AAAA"/></svg>',
      },
      { childId, background: '<script>', strokes: [line] },
      { childId: '../../etc', background: 'blank', strokes: [line] },
      { childId, background: 'blank', strokes: [] },
      { childId, background: 'blank', strokes: [{ ...line, colour: 'url(#x)' }] },
      { childId, background: 'blank', strokes: Array.from({ length: 301 }, (_, id) => ({ ...line, id })) },
    ];
    for (const input of bad) {
      expect(await invokeHandler(handlers, 'gallery:keep', input)).toMatchObject({
        ok: false,
        error: { code: 'BAD_REQUEST' },
      });
    }
    services.close();
  });

  it('keeps a bounded number of drawings per child, dropping the oldest', async () => {
    const clock = manualClock();
    const gallery = new Gallery(tempDir(), clock.now);
    for (let i = 0; i < GALLERY_MAX_PER_CHILD + 3; i++) {
      clock.advance(10);
      await gallery.keep({ childId, background: 'blank', strokes: [line as never] });
    }
    const list = await gallery.list(childId);
    expect(list).toHaveLength(GALLERY_MAX_PER_CHILD);
    expect(list[0]!.savedAt).toBe(clock.now());
  });
});
