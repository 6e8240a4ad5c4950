import { describe, expect, it } from 'vitest';
import { isAppUrl, isPermissionAllowed, kioskContentSecurityPolicy } from './origin';

describe('isAppUrl', () => {
  it.each([
    ['app://kiosk/kiosk.html', true],
    ['app://kiosk/', true],
    ['app://other/kiosk.html', false],
    ['file:///etc/passwd', false],
    ['https://kiosk/', false],
    ['not a url', false],
  ])('%s → %s', (url, expected) => expect(isAppUrl(url)).toBe(expected));
});

describe('isPermissionAllowed', () => {
  it('grants camera and microphone to the app only', () => {
    expect(isPermissionAllowed('media', 'app://kiosk/kiosk.html', ['video', 'audio'])).toBe(true);
    expect(isPermissionAllowed('media', 'https://evil.example/', ['video'])).toBe(false);
  });

  it('refuses everything else', () => {
    for (const permission of [
      'geolocation',
      'notifications',
      'clipboard-read',
      'midi',
      'openExternal',
      'display-capture',
    ]) {
      expect(isPermissionAllowed(permission, 'app://kiosk/kiosk.html')).toBe(false);
    }
  });
});

describe('kioskContentSecurityPolicy', () => {
  it('lets pages reach the configured server and nothing else', () => {
    const csp = kioskContentSecurityPolicy('https://school.example:8443');
    expect(csp).toContain("connect-src 'self' https://school.example:8443 wss://school.example:8443");
    expect(csp).toContain("script-src 'self'");
    expect(csp).not.toContain('unsafe');
    expect(csp).not.toContain('http: https:');
  });

  it('lets an unpaired kiosk reach the server the administrator types, and still runs only its own scripts', () => {
    const csp = kioskContentSecurityPolicy(undefined);
    expect(csp).toContain("connect-src 'self' http: https: ws: wss:");
    expect(csp).toContain("script-src 'self'");
  });
});
