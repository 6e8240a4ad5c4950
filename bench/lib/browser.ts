// Debian's Chromium, launched the way the end-to-end tests launch it: fake
// camera and microphone, no background traffic.
import { chromium, type Browser } from '@playwright/test';
import { chromiumArgs, chromiumPath } from '../../playwright.config';

export { chromiumArgs, chromiumPath };

export function launchChromium(): Promise<Browser> {
  return chromium.launch({ executablePath: chromiumPath, args: chromiumArgs });
}
