// The kiosk's main-process API. In the Electron app the preload puts it on
// `window.kiosk`; in end-to-end tests Playwright exposes `hhcKioskInvoke` and
// the same API is built over it; in a plain browser there is none (no local
// call log, the credential kept in localStorage).
import { createKioskApi, type Invoke, type KioskApi } from '@hhc/common/kiosk/ipc';

declare global {
  interface Window {
    kiosk?: KioskApi;
    hhcKioskInvoke?: Invoke;
  }
}

export function kioskBridge(): KioskApi | undefined {
  if (window.kiosk) return window.kiosk;
  if (window.hhcKioskInvoke)
    return createKioskApi((channel, input) => window.hhcKioskInvoke!(channel, input));
  return undefined;
}
