// The network tests' setup: a namespace for the parent, the real server in the
// root namespace reached at the root-side veth address (so the parent's
// signalling and media both cross the impaired link, while the kiosk's stay on
// this host), a seeded school, and the two browsers.
import type { Browser } from '@playwright/test';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { seedSchool, type SchoolFixture } from '../support/fixtures';
import { defaultLinkOptions } from '../../signaling-server/src/config';
import { startTestServer, type TestServer } from '../support/testServer';
import { launchKioskBrowser, launchParentBrowser, writeNamespaceWrapper } from './browsers';
import { createNetNs, destroyNetNs, type NetNs } from './netns';

const staticDir = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '../../renderer/dist');

export interface Lab {
  ns: NetNs;
  server: TestServer;
  school: SchoolFixture;
  browsers: { kiosk: Browser; parent: Browser };
  /** Closes everything that was opened; the namespace goes last and always. */
  close(): Promise<void>;
}

export async function openLab(): Promise<Lab> {
  const ns = createNetNs();
  // If the worker exits without afterAll (a crash, a timeout), the namespace still goes.
  const onExit = () => {
    try {
      destroyNetNs(ns);
    } catch {
      // the next run's globalSetup removes it
    }
  };
  process.once('exit', onExit);
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'hhc-network-'));
  const closers: Array<() => Promise<unknown>> = [];
  const close = async () => {
    for (const closer of closers.reverse()) await closer().catch((error: unknown) => console.error(error));
    fs.rmSync(dir, { recursive: true, force: true });
    destroyNetNs(ns);
    process.off('exit', onExit);
  };
  try {
    const server = await startTestServer({
      staticDir,
      link: defaultLinkOptions, // what a deployment runs with: the point of these tests
      host: ns.rootIp,
      media: {
        workers: 1,
        // As in a deployment behind NAT: bound to every interface, announcing
        // the one address the parent can reach (the root-side veth).
        listenIp: '0.0.0.0',
        announcedIp: ns.rootIp,
        rtcPort: 0,
        connectTimeoutMs: 30_000,
      },
    });
    closers.push(() => server.stop());
    const school = await seedSchool(server.store, server.clock.now);
    const kiosk = await launchKioskBrowser(server.url);
    closers.push(() => kiosk.close());
    const parent = await launchParentBrowser(server.url, writeNamespaceWrapper(ns, dir));
    closers.push(() => parent.close());
    return { ns, server, school, browsers: { kiosk, parent }, close };
  } catch (error) {
    await close();
    throw error;
  }
}

/** The server's view of the parent's transports: which address and protocol ICE picked. */
export function parentTuples(lab: Lab): Array<{ protocol: string; remoteIp?: string }> {
  const room = lab.server.rooms.get(lab.school.bookingId);
  const parent = [...(room?.peers.values() ?? [])].find((peer) => peer.role === 'parent');
  if (!parent) return [];
  return [parent.sendTransport, parent.recvTransport].map((transport) => ({
    protocol: transport.iceSelectedTuple?.protocol ?? 'none',
    remoteIp: transport.iceSelectedTuple?.remoteIp,
  }));
}

/**
 * What the server makes of the parent's downlink, for the report: its link
 * state if the server keeps one, and mediasoup's bandwidth estimate towards
 * the parent. Read loosely: the tests do not depend on either.
 */
export async function parentLinkNote(lab: Lab): Promise<string> {
  const room = lab.server.rooms.get(lab.school.bookingId);
  const parent = [...(room?.peers.values() ?? [])].find((peer) => peer.role === 'parent');
  if (!parent) return 'no-peer';
  const state = (parent as unknown as { linkGuard?: { state?: string } }).linkGuard?.state ?? '?';
  const [transport] = await parent.recvTransport.getStats().catch(() => []);
  const estimate = transport?.availableOutgoingBitrate;
  return `${state}/${estimate === undefined ? '?' : Math.round(estimate / 1000)}k`;
}
