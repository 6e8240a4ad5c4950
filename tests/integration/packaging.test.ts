// The packaged kiosk carries only the kiosk's own run-time dependencies:
// electron-builder collects the production dependency tree of electron/package.json,
// so that tree must not reach any server-only package.
import { execFileSync } from 'node:child_process';
import fs from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';

const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '../..');
const serverOnly = ['mediasoup', 'socket.io', 'pino', 'engine.io'];

interface NpmTree {
  dependencies?: Record<string, NpmTree>;
}

function names(tree: NpmTree, into = new Set<string>()): Set<string> {
  for (const [name, child] of Object.entries(tree.dependencies ?? {})) {
    into.add(name);
    names(child, into);
  }
  return into;
}

describe('kiosk packaging layout', () => {
  it('has no server-only package in the kiosk’s production dependency tree', () => {
    const output = execFileSync(
      'npm',
      ['ls', '--omit=dev', '--all', '--json', '--workspace', 'happy-home-kiosk'],
      {
        cwd: root,
        encoding: 'utf8',
      },
    );
    const tree = JSON.parse(output) as NpmTree;
    const kiosk = tree.dependencies?.['happy-home-kiosk'] ?? {};
    const kioskDeps = names(kiosk);
    for (const name of serverOnly) expect(kioskDeps.has(name), name).toBe(false);
  });

  it('declares the server-only packages in the server’s package, not the kiosk’s', () => {
    const kiosk = JSON.parse(fs.readFileSync(path.join(root, 'electron/package.json'), 'utf8')) as Record<
      string,
      unknown
    >;
    const server = JSON.parse(fs.readFileSync(path.join(root, 'signaling-server/package.json'), 'utf8')) as {
      dependencies: Record<string, string>;
    };
    expect(Object.keys((kiosk['dependencies'] as Record<string, string>) ?? {})).not.toContain('mediasoup');
    expect(server.dependencies['mediasoup']).toBe('3.12.16');
  });

  it('packages only the bundled files and sets the Electron fuses', () => {
    const config = fs.readFileSync(path.join(root, 'electron/electron-builder.yml'), 'utf8');
    expect(config).toMatch(/files:\n\s+- dist\/\*\*\/\*/);
    expect(config).toMatch(/runAsNode: false/);
    expect(config).toMatch(/onlyLoadAppFromAsar: true/);
    expect(config).toMatch(/enableNodeCliInspectArguments: false/);
  });
});
