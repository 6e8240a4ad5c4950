// What end-to-end tests read from a page in a call: decoded video frames and
// received audio packets (from getStats), and how to get two pages into a call.
import { expect, type Browser, type BrowserContext, type Page } from '@playwright/test';
import type {} from '../../renderer/src/ui/debugHandle';

export interface Received {
  videoFramesDecoded: number;
  audioPacketsReceived: number;
}

export function received(page: Page): Promise<Received> {
  return page.evaluate(async () => {
    const handle = window.hhcCall;
    if (!handle) return { videoFramesDecoded: 0, audioPacketsReceived: 0 };
    const stats = await handle.receiveStats();
    return { videoFramesDecoded: stats.videoFramesDecoded, audioPacketsReceived: stats.audioPacketsReceived };
  });
}

/** Waits until both counters are positive, then until both have risen again: media keeps flowing. */
export function expectMediaFlowing(page: Page, timeout = 20_000): Promise<Received> {
  return expectReceiving(() => received(page), timeout);
}

/** The same for any page that can report its counters (e.g. one driven by another tool). */
export async function expectReceiving(read: () => Promise<Received>, timeout = 20_000): Promise<Received> {
  await expect
    .poll(
      async () => {
        const r = await read();
        return r.videoFramesDecoded > 0 && r.audioPacketsReceived > 0;
      },
      { timeout },
    )
    .toBe(true);
  const first = await read();
  await expect
    .poll(
      async () => {
        const later = await read();
        return (
          later.videoFramesDecoded > first.videoFramesDecoded &&
          later.audioPacketsReceived > first.audioPacketsReceived
        );
      },
      { timeout: 10_000 },
    )
    .toBe(true);
  return read();
}

export interface CallPages {
  kiosk: Page;
  parent: Page;
  kioskContext: BrowserContext;
  parentContext: BrowserContext;
  close(): Promise<void>;
}

/**
 * A paired kiosk and a parent's phone, both in the booking's call with media
 * flowing. One browser for both, or one each (the network tests put the
 * parent's in a network namespace of its own).
 */
export async function startCall(
  browser: Browser | { kiosk: Browser; parent: Browser },
  /** One server, or (several nodes) the address each side uses. */
  server: string | { kiosk: string; parent: string },
  who: { kioskCredential: string; guardianToken: string },
  options: {
    mediaTimeoutMs?: number;
    /** Runs on each page's context before it opens (e.g. recording local tracks). */
    prepare?: (context: BrowserContext) => Promise<void>;
    /** Runs on the kiosk's context before its page opens (e.g. bridging the main-process IPC in). */
    prepareKiosk?: (context: BrowserContext) => Promise<unknown>;
  } = {},
): Promise<CallPages> {
  const browsers = 'newContext' in browser ? { kiosk: browser, parent: browser } : browser;
  const urls = typeof server === 'string' ? { kiosk: server, parent: server } : server;
  const contexts: BrowserContext[] = [];
  try {
    const parentContext = await browsers.parent.newContext({
      viewport: { width: 390, height: 844 },
      hasTouch: true,
    });
    contexts.push(parentContext);
    const kioskContext = await browsers.kiosk.newContext({ viewport: { width: 1366, height: 768 } });
    contexts.push(kioskContext);
    await options.prepareKiosk?.(kioskContext);
    await kioskContext.addInitScript(
      (pairing) => localStorage.setItem('hhc.kioskPairing', JSON.stringify(pairing)),
      { serverUrl: urls.kiosk, credential: who.kioskCredential },
    );
    for (const context of contexts) await options.prepare?.(context);
    const parent = await parentContext.newPage();
    const kiosk = await kioskContext.newPage();
    await parent.goto(`${urls.parent}/p/${who.guardianToken}`);
    await parent.getByTestId('open-call').click();
    await parent.getByTestId('devices-ready').click();
    await kiosk.goto(`${urls.kiosk}/kiosk`);
    await kiosk.getByTestId('open-call').first().click();
    await expectMediaFlowing(kiosk, options.mediaTimeoutMs);
    await expectMediaFlowing(parent, options.mediaTimeoutMs);
    return {
      kiosk,
      parent,
      kioskContext,
      parentContext,
      async close() {
        await Promise.all(contexts.map((context) => context.close()));
      },
    };
  } catch (error) {
    // A call that never came up must not leave its pages behind for the next test.
    await Promise.all(contexts.map((context) => context.close().catch(() => undefined)));
    throw error;
  }
}
