// The kiosk window's options as a pure function, so a unit test can assert
// every security setting without starting Electron.
import type { BrowserWindowConstructorOptions } from 'electron';

export interface KioskWindowInput {
  preloadPath: string;
  /** Full-screen kiosk mode; off only for development on a teacher's laptop. */
  kiosk: boolean;
}

export function kioskWindowOptions(input: KioskWindowInput): BrowserWindowConstructorOptions {
  return {
    width: 1366,
    height: 768,
    minWidth: 1024,
    minHeight: 600,
    show: false, // shown on 'ready-to-show', so children never see a white flash
    backgroundColor: '#1f2a36',
    autoHideMenuBar: true,
    fullscreen: input.kiosk,
    kiosk: input.kiosk,
    title: '幸福家园',
    webPreferences: {
      preload: input.preloadPath,
      contextIsolation: true,
      sandbox: true,
      nodeIntegration: false,
      nodeIntegrationInWorker: false,
      nodeIntegrationInSubFrames: false,
      webSecurity: true,
      allowRunningInsecureContent: false,
      experimentalFeatures: false,
      webviewTag: false,
      navigateOnDragDrop: false,
      spellcheck: false,
      // A call must keep running when the window is covered (e.g. by a teacher's dialog).
      backgroundThrottling: false,
      // Children should not zoom the UI by accident with a pinch.
      zoomFactor: 1,
    },
  };
}
