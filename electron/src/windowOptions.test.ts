import { describe, expect, it } from 'vitest';
import { kioskWindowOptions } from './windowOptions';

describe('kioskWindowOptions', () => {
  const options = kioskWindowOptions({ preloadPath: '/app/preload.cjs', kiosk: true });
  const web = options.webPreferences!;

  it('isolates the page from Node and Electron', () => {
    expect(web.contextIsolation).toBe(true);
    expect(web.sandbox).toBe(true);
    expect(web.nodeIntegration).toBe(false);
    expect(web.nodeIntegrationInWorker).toBe(false);
    expect(web.nodeIntegrationInSubFrames).toBe(false);
    expect(web.webviewTag).toBe(false);
    expect(web.preload).toBe('/app/preload.cjs');
  });

  it('keeps web security on', () => {
    expect(web.webSecurity).toBe(true);
    expect(web.allowRunningInsecureContent).toBe(false);
    expect(web.experimentalFeatures).toBe(false);
    expect(web.navigateOnDragDrop).toBe(false);
  });

  it('runs full screen in kiosk mode without a menu, and windowed for development', () => {
    expect(options.kiosk).toBe(true);
    expect(options.fullscreen).toBe(true);
    expect(options.autoHideMenuBar).toBe(true);
    const dev = kioskWindowOptions({ preloadPath: '/p', kiosk: false });
    expect(dev.kiosk).toBe(false);
    expect(dev.fullscreen).toBe(false);
  });
});
