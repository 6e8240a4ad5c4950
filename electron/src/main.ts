// Electron main process: one locked-down full-screen window showing the kiosk
// pages from app://kiosk, camera and microphone for those pages only; the
// call log, offline cache and pairing under userData, reached over IPC.
import path from 'node:path';
import fs from 'node:fs';
import {
  app,
  BrowserWindow,
  ipcMain,
  powerSaveBlocker,
  protocol,
  safeStorage,
  session,
  type WebContents,
} from 'electron';
import { ErrorCode, fail } from '@hhc/common/result';
import { createIpcHandlers, invokeHandler, type IpcChannel } from './ipc';
import {
  APP_HOST,
  APP_ORIGIN,
  APP_SCHEME,
  isAppUrl,
  isPermissionAllowed,
  kioskContentSecurityPolicy,
} from './origin';
import { openKioskServices, type KioskServices } from './services';
import { kioskWindowOptions } from './windowOptions';

const serverUrl = process.env.HHC_SERVER_URL ?? 'http://127.0.0.1:8080';
const kioskMode = process.env.HHC_KIOSK_MODE !== '0';
const rendererDir = path.join(__dirname, 'renderer');

protocol.registerSchemesAsPrivileged([
  { scheme: APP_SCHEME, privileges: { standard: true, secure: true, supportFetchAPI: true, stream: true } },
]);

if (!app.requestSingleInstanceLock()) {
  app.quit();
} else {
  app.enableSandbox();
  app.on('second-instance', () => {
    const [window] = BrowserWindow.getAllWindows();
    window?.focus();
  });
  // A failure inside start (e.g. a call log written by a newer kiosk) must end the app loudly,
  // not leave it running without a window.
  app
    .whenReady()
    .then(start)
    .catch((error: unknown) => {
      console.error('kiosk failed to start', error);
      app.exit(1);
    });
}

function serveAppFiles(): void {
  const root = path.resolve(rendererDir);
  const csp = kioskContentSecurityPolicy(serverUrl);
  protocol.handle(APP_SCHEME, async (request) => {
    const url = new URL(request.url);
    const file = path.resolve(root, decodeURIComponent(url.pathname).replace(/^\/+/, ''));
    if (url.host !== APP_HOST || !file.startsWith(root + path.sep) || !fs.existsSync(file)) {
      return new Response('Not found', { status: 404 });
    }
    const type = file.endsWith('.html')
      ? 'text/html; charset=utf-8'
      : file.endsWith('.js')
        ? 'text/javascript'
        : file.endsWith('.css')
          ? 'text/css'
          : 'application/octet-stream';
    return new Response(fs.readFileSync(file), {
      headers: { 'Content-Type': type, 'Content-Security-Policy': csp },
    });
  });
}

function lockDown(contents: WebContents): void {
  contents.on('will-navigate', (event, url) => {
    if (!isAppUrl(url)) event.preventDefault();
  });
  contents.on('will-attach-webview', (event) => event.preventDefault());
  contents.setWindowOpenHandler(() => ({ action: 'deny' }));
}

function start(): void {
  serveAppFiles();
  const defaultSession = session.defaultSession;
  defaultSession.setPermissionRequestHandler((contents, permission, callback, details) => {
    const mediaTypes = 'mediaTypes' in details ? (details.mediaTypes ?? []) : [];
    callback(isPermissionAllowed(permission, details.requestingUrl ?? contents.getURL(), mediaTypes));
  });
  defaultSession.setPermissionCheckHandler((_contents, permission, requestingOrigin) =>
    isPermissionAllowed(permission, `${requestingOrigin}/`),
  );
  app.on('web-contents-created', (_event, contents) => lockDown(contents));

  const services = openServices();
  const handlers = createIpcHandlers({ serverUrl, appVersion: app.getVersion() }, services);
  const onError = (channel: string, error: unknown) => console.error(`IPC ${channel} failed`, error);
  for (const channel of Object.keys(handlers) as IpcChannel[]) {
    ipcMain.handle(channel, (event, input: unknown) => {
      // Only our own page may call in, never a frame from elsewhere.
      if (!event.senderFrame || !isAppUrl(event.senderFrame.url))
        return fail(ErrorCode.BadRequest, 'Refused.');
      return invokeHandler(handlers, channel, input, { onError });
    });
  }
  app.on('will-quit', () => services.close());
  openWindow(services);
}

function openServices(): KioskServices {
  // On Linux without a keyring Electron "encrypts" with a fixed key: say so, it is as good as plain.
  // (The backend is only chosen once encryption has been asked about.)
  if (
    process.platform === 'linux' &&
    safeStorage.isEncryptionAvailable() &&
    safeStorage.getSelectedStorageBackend() === 'basic_text'
  )
    console.warn('kiosk credentials: no OS keyring; the stored credential is only obfuscated');
  return openKioskServices({ dataDir: app.getPath('userData'), cipher: safeStorage, powerSaveBlocker });
}

function openWindow(services: KioskServices): void {
  const window = new BrowserWindow(
    kioskWindowOptions({ preloadPath: path.join(__dirname, 'preload.cjs'), kiosk: kioskMode }),
  );
  window.removeMenu();
  window.once('ready-to-show', () => window.show());
  const page = new URL(`${APP_ORIGIN}/kiosk.html`);
  page.searchParams.set('server', serverUrl);
  void window.loadURL(page.toString());

  // A crashed or hung page must not leave a child in front of a dead screen.
  window.webContents.on('render-process-gone', () => {
    // The page that asked for the display to stay on is gone; the new one asks again if it calls.
    services.keepAwake.callEnded();
    window.destroy();
    openWindow(services);
  });
  let hangTimer: NodeJS.Timeout | undefined;
  window.on('unresponsive', () => {
    hangTimer = setTimeout(() => window.webContents.forcefullyCrashRenderer(), 10_000);
  });
  window.on('responsive', () => clearTimeout(hangTimer));
}

app.on('window-all-closed', () => app.quit());
