import fs from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { removeFileDurably, writeFileAtomic } from './atomicFile';
import { tempDir } from './testing';

describe('writeFileAtomic', () => {
  it('creates, replaces and leaves no temporary files behind', async () => {
    const dir = tempDir();
    const file = path.join(dir, 'sub', 'data.json');
    await writeFileAtomic(file, '{"a":1}');
    await writeFileAtomic(file, Buffer.from('{"a":2}'));
    expect(fs.readFileSync(file, 'utf8')).toBe('{"a":2}');
    expect(fs.readdirSync(path.dirname(file))).toEqual(['data.json']);
  });

  it.skipIf(process.platform === 'win32')('gives the file owner-only permissions by default', async () => {
    const file = path.join(tempDir(), 'secret');
    await writeFileAtomic(file, 'x');
    expect(fs.statSync(file).mode & 0o777).toBe(0o600);
    await writeFileAtomic(file, 'y', { mode: 0o644 });
    expect(fs.statSync(file).mode & 0o777).toBe(0o644);
  });

  it('keeps the old content when the new one cannot be written', async () => {
    const dir = tempDir();
    const file = path.join(dir, 'data.json');
    await writeFileAtomic(file, 'old');
    // A directory where the file should go: the rename fails, the old file stays whole.
    const blocked = path.join(dir, 'blocked');
    fs.mkdirSync(path.join(blocked, 'x'), { recursive: true });
    await expect(writeFileAtomic(blocked, 'new')).rejects.toThrow();
    expect(fs.readFileSync(file, 'utf8')).toBe('old');
    expect(fs.readdirSync(dir).sort()).toEqual(['blocked', 'data.json']);
  });

  it('removes a file, and a missing one is no error', async () => {
    const file = path.join(tempDir(), 'gone');
    await writeFileAtomic(file, 'x');
    await removeFileDurably(file);
    await removeFileDurably(file);
    expect(fs.existsSync(file)).toBe(false);
  });
});
