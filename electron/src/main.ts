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
import type { CredentialStore } from './credentials';
import { kioskWindowOptions } from './windowOptions';

/** The server a fresh kiosk suggests on its pairing screen (the administrator may type another). */
const defaultServerUrl = process.env.HHC_SERVER_URL ?? 'http://127.0.0.1:8080';
/** The paired server: the only one the pages may reach once paired (see kioskContentSecurityPolicy). */
let pairedServerUrl: string | undefined;
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
      headers: {
        'Content-Type': type,
        'Content-Security-Policy': kioskContentSecurityPolicy(pairedServerUrl),
      },
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

async function start(): Promise<void> {
  serveAppFiles();
  // Optional start at login, set by whoever installs the kiosk (HHC_START_AT_LOGIN=1 or 0).
  if (process.env.HHC_START_AT_LOGIN !== undefined) {
    app.setLoginItemSettings({ openAtLogin: process.env.HHC_START_AT_LOGIN === '1' });
  }
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
  pairedServerUrl = (await services.credentials.read())?.serverUrl;
  const handlers = createIpcHandlers(
    { serverUrl: pairedServerUrl ?? defaultServerUrl, appVersion: app.getVersion() },
    { ...services, credentials: followPairing(services.credentials) },
  );
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

/**
 * Pairing changes which server the pages may reach: keep the CSP in step, and
 * reload the page after the response has gone back so the new policy applies.
 */
function followPairing(credentials: CredentialStore): CredentialStore {
  const reloadSoon = () =>
    setTimeout(() => BrowserWindow.getAllWindows().forEach((window) => window.webContents.reload()), 500);
  return {
    read: () => credentials.read(),
    async write(pairing) {
      await credentials.write(pairing);
      pairedServerUrl = pairing.serverUrl;
      reloadSoon();
    },
    async clear() {
      await credentials.clear();
      pairedServerUrl = undefined;
      reloadSoon();
    },
  };
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
  page.searchParams.set('server', pairedServerUrl ?? defaultServerUrl);
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
