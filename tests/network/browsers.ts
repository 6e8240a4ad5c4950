// Two Chromiums for a call across the test link: the kiosk's in the root
// namespace, the parent's inside the test namespace. Playwright drives a
// browser over a pipe (inherited file descriptors), which survives the
// wrapper's `exec ip netns exec`, so the parent's browser is an ordinary
// Playwright browser whose every packet crosses the impaired veth.
import { chromium, type Browser } from '@playwright/test';
import fs from 'node:fs';
import path from 'node:path';
import { chromiumArgs, chromiumPath } from '../../playwright.config';
import type { NetNs } from './netns';

/** Writes `dir/chromium-in-<ns>`, a script that starts Chromium inside the namespace. */
export function writeNamespaceWrapper(ns: NetNs, dir: string): string {
  const wrapper = path.join(dir, `chromium-in-${ns.name}`);
  fs.writeFileSync(wrapper, `#!/bin/sh\nexec ip netns exec '${ns.name}' '${chromiumPath}' "$@"\n`, {
    mode: 0o755,
  });
  return wrapper;
}

/**
 * The server is reached at http://<veth address>, which, unlike localhost,
 * is not a secure context: Chromium would refuse the camera there. Real
 * parents use https; the tests mark this one origin as secure instead.
 */
function argsFor(serverUrl: string): string[] {
  return [...chromiumArgs, `--unsafely-treat-insecure-origin-as-secure=${serverUrl}`];
}

export function launchKioskBrowser(serverUrl: string): Promise<Browser> {
  return chromium.launch({ executablePath: chromiumPath, args: argsFor(serverUrl) });
}

export function launchParentBrowser(serverUrl: string, wrapper: string): Promise<Browser> {
  return chromium.launch({ executablePath: wrapper, args: argsFor(serverUrl) });
}
