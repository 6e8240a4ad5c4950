// A call between the kiosk's browser and the parent's (each its own
// Chromium, see browsers.ts), and the counters the network tests read.
import type { Browser, BrowserContext, Page } from '@playwright/test';
import type { ReceiveStats } from '../../renderer/src/call/receiveStats';
import { expectMediaFlowing } from '../e2e/media';

export interface CallPages {
  kiosk: Page;
  parent: Page;
  close(): Promise<void>;
}

/** What a page in a call receives, all counters (cumulative, from getStats). */
export function stats(page: Page): Promise<ReceiveStats | undefined> {
  return page.evaluate(async () => window.hhcCall?.receiveStats());
}

/** Like tests/e2e/media.ts's startCall, with the kiosk and the parent in different browsers. */
export async function startCallAcross(
  browsers: { kiosk: Browser; parent: Browser },
  serverUrl: string,
  who: { kioskCredential: string; guardianToken: string },
): Promise<CallPages> {
  const contexts: BrowserContext[] = [];
  try {
    const parentContext = await browsers.parent.newContext({
      viewport: { width: 390, height: 844 },
      hasTouch: true,
    });
    contexts.push(parentContext);
    const kioskContext = await browsers.kiosk.newContext({ viewport: { width: 1366, height: 768 } });
    contexts.push(kioskContext);
    await kioskContext.addInitScript(
      (pairing) => localStorage.setItem('hhc.kioskPairing', JSON.stringify(pairing)),
      { serverUrl, credential: who.kioskCredential },
    );
    const parent = await parentContext.newPage();
    const kiosk = await kioskContext.newPage();
    await parent.goto(`${serverUrl}/p/${who.guardianToken}`);
    await parent.getByTestId('open-call').click();
    await parent.getByTestId('devices-ready').click();
    await kiosk.goto(`${serverUrl}/kiosk`);
    await kiosk.getByTestId('open-call').first().click();
    await expectMediaFlowing(kiosk, 30_000);
    await expectMediaFlowing(parent, 30_000);
    return {
      kiosk,
      parent,
      async close() {
        await Promise.all(contexts.map((context) => context.close()));
      },
    };
  } catch (error) {
    await Promise.all(contexts.map((context) => context.close().catch(() => undefined)));
    throw error;
  }
}
