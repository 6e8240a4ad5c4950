// The kiosk's own origin: pages come from app://kiosk, never from file://.
export const APP_SCHEME = 'app';
export const APP_HOST = 'kiosk';
export const APP_ORIGIN = `${APP_SCHEME}://${APP_HOST}`;

/** True only for URLs of the app's own pages. */
export function isAppUrl(url: string): boolean {
  try {
    const parsed = new URL(url);
    return parsed.protocol === `${APP_SCHEME}:` && parsed.host === APP_HOST;
  } catch {
    return false;
  }
}

/** Camera and microphone for our own pages; everything else is refused. */
export function isPermissionAllowed(
  permission: string,
  requestingUrl: string,
  mediaTypes: readonly string[] = [],
): boolean {
  if (!isAppUrl(requestingUrl)) return false;
  if (permission === 'media') return mediaTypes.every((type) => type === 'audio' || type === 'video');
  // Wake lock keeps the screen on during a call; fullscreen is the kiosk itself.
  return permission === 'fullscreen' || permission === 'screen-wake-lock';
}

/**
 * CSP for the kiosk pages: own files, plus socket.io at the paired server and
 * nothing else. Before pairing there is no server yet (the administrator types
 * its address), so any http(s) server may be reached; nothing sensitive is on
 * the page then.
 */
export function kioskContentSecurityPolicy(serverUrl: string | undefined): string {
  let connect = "'self' http: https: ws: wss:";
  if (serverUrl) {
    const server = new URL(serverUrl);
    const wsScheme = server.protocol === 'https:' ? 'wss:' : 'ws:';
    connect = `'self' ${server.origin} ${wsScheme}//${server.host}`;
  }
  return [
    "default-src 'self'",
    "script-src 'self'",
    "style-src 'self'",
    "img-src 'self' data: blob:",
    "media-src 'self' blob:",
    `connect-src ${connect}`,
    "object-src 'none'",
    "base-uri 'none'",
    "frame-ancestors 'none'",
    "form-action 'none'",
  ].join('; ');
}
