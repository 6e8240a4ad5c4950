// The server this kiosk is paired with, for parent links and the settings
// screen. The pairing (kept by the main process, or in localStorage in a plain
// browser) names the server the connection really goes to; the page's
// ?server= or its own origin are only the fallback.
import { useEffect, useState } from 'react';
import { credentialStore } from '../credentialStore';
import { useKiosk } from '../KioskContext';

export function fallbackServerUrl(): string {
  return new URL(window.location.href).searchParams.get('server') ?? window.location.origin;
}

export function useServerUrl(): string {
  const { bridge } = useKiosk();
  const [url, setUrl] = useState(fallbackServerUrl);
  useEffect(() => {
    let live = true;
    void credentialStore(bridge)
      .read()
      .then((pairing) => {
        if (live && pairing?.serverUrl) setUrl(pairing.serverUrl);
      })
      .catch(() => undefined);
    return () => {
      live = false;
    };
  }, [bridge]);
  return url.replace(/\/+$/, '');
}
