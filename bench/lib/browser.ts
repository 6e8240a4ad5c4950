// Debian's Chromium, launched the way the end-to-end tests launch it: fake
// camera and microphone, no background traffic.
import { chromium, type Browser } from '@playwright/test';

export const chromiumPath = process.env.HHC_CHROMIUM ?? '/usr/bin/chromium';

export function launchChromium(): Promise<Browser> {
  return chromium.launch({
    executablePath: chromiumPath,
    args: [
      '--use-fake-device-for-media-stream',
      '--use-fake-ui-for-media-stream',
      '--autoplay-policy=no-user-gesture-required',
      '--disable-background-networking',
      '--disable-component-update',
      '--no-first-run',
      '--disable-gpu',
    ],
  });
}
