// A call between the kiosk's browser and the parent's (each its own
// Chromium, see browsers.ts), and the counters the network tests read.
import type { Browser, Page } from '@playwright/test';
import type { ReceiveStats } from '../../renderer/src/call/receiveStats';
import { startCall, type CallPages } from '../e2e/media';

export type { CallPages };

/** What a page in a call receives, all counters (cumulative, from getStats). */
export function stats(page: Page): Promise<ReceiveStats | undefined> {
  return page.evaluate(async () => window.hhcCall?.receiveStats());
}

/** The kiosk and the parent in their own browsers; the call may take longer to come up across the link. */
export function startCallAcross(
  browsers: { kiosk: Browser; parent: Browser },
  serverUrl: string,
  who: { kioskCredential: string; guardianToken: string },
): Promise<CallPages> {
  return startCall(browsers, serverUrl, who, { mediaTimeoutMs: 30_000 });
}
