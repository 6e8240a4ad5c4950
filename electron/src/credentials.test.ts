import fs from 'node:fs';
import path from 'node:path';
import { describe, expect, it, vi } from 'vitest';
import { encryptedCredentialStore, plainCredentialStore } from './credentials';
import { fakeCipher, tempDir } from './testing';

const pairing = { serverUrl: 'https://hhc.example.cn', credential: 'k'.repeat(43) };

function setup() {
  const dir = tempDir();
  const cipher = fakeCipher();
  const warn = vi.fn();
  const files = { file: path.join(dir, 'pairing.bin'), plainFile: path.join(dir, 'pairing.json') };
  return { dir, cipher, warn, files, store: encryptedCredentialStore({ ...files, cipher, warn }) };
}

describe('encryptedCredentialStore', () => {
  it('writes only ciphertext and reads it back', async () => {
    const { store, files, warn } = setup();
    expect(await store.read()).toBeUndefined();
    await store.write(pairing);
    const raw = fs.readFileSync(files.file, 'utf8');
    expect(raw).not.toContain(pairing.credential);
    expect(raw).not.toContain('hhc.example');
    expect(fs.existsSync(files.plainFile)).toBe(false);
    expect(await store.read()).toEqual(pairing);
    expect(warn).not.toHaveBeenCalled();
    if (process.platform !== 'win32') expect(fs.statSync(files.file).mode & 0o777).toBe(0o600);
  });

  it('falls back to a 0600 plain file with a warning while encryption is unavailable', async () => {
    const { store, files, cipher, warn } = setup();
    cipher.available = false;
    await store.write(pairing);
    expect(warn).toHaveBeenCalledWith(expect.stringContaining('unavailable'));
    expect(JSON.parse(fs.readFileSync(files.plainFile, 'utf8'))).toEqual(pairing);
    if (process.platform !== 'win32') expect(fs.statSync(files.plainFile).mode & 0o777).toBe(0o600);
    expect(await store.read()).toEqual(pairing);
  });

  it('encrypts a plain credential once encryption becomes available', async () => {
    const { store, files, cipher } = setup();
    cipher.available = false;
    await store.write(pairing);
    cipher.available = true;
    expect(await store.read()).toEqual(pairing);
    expect(fs.existsSync(files.plainFile)).toBe(false);
    expect(fs.readFileSync(files.file, 'utf8')).not.toContain(pairing.credential);
    expect(await store.read()).toEqual(pairing);
  });

  it('never reads back a stale copy: each write removes the other file', async () => {
    const { store, files, cipher } = setup();
    await store.write(pairing);
    cipher.available = false;
    const next = { ...pairing, credential: 'n'.repeat(43) };
    await store.write(next);
    expect(fs.existsSync(files.file)).toBe(false);
    cipher.available = true;
    expect(await store.read()).toEqual(next);
  });

  it('treats an undecryptable or malformed file as unpaired, with a warning', async () => {
    const { store, files, warn } = setup();
    fs.writeFileSync(files.file, 'garbage');
    expect(await store.read()).toBeUndefined();
    expect(warn).toHaveBeenCalledWith(expect.stringContaining('cannot be decrypted'));
    fs.writeFileSync(files.file, fakeCipher().encryptString('{"serverUrl":"ftp://x","credential":"short"}'));
    expect(await store.read()).toBeUndefined();
  });

  it('clears both files', async () => {
    const { store, dir, cipher } = setup();
    await store.write(pairing);
    cipher.available = false;
    await store.write(pairing);
    await store.clear();
    expect(fs.readdirSync(dir)).toEqual([]);
    expect(await store.read()).toBeUndefined();
  });

  it('refuses to store something that is not a pairing', async () => {
    const { store } = setup();
    await expect(
      store.write({ serverUrl: 'javascript:alert(1)', credential: pairing.credential }),
    ).rejects.toThrow();
    await expect(store.write({ ...pairing, credential: 'short' })).rejects.toThrow();
  });
});

describe('plainCredentialStore', () => {
  it('round-trips through a 0600 file', async () => {
    const file = path.join(tempDir(), 'pairing.json');
    const store = plainCredentialStore(file);
    await store.write(pairing);
    expect(await store.read()).toEqual(pairing);
    if (process.platform !== 'win32') expect(fs.statSync(file).mode & 0o777).toBe(0o600);
    await store.clear();
    expect(await store.read()).toBeUndefined();
  });
});
