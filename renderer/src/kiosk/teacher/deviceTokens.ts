// This kiosk remembers, per teacher, the "known device" token the server gave
// at her last login: with it, strangers guessing her password elsewhere (or
// from the school's shared network) never slow her own login down.
const key = (username: string) => `hhc.teacherDevice.${username.trim().toLowerCase()}`;

export function deviceTokenFor(username: string): string | undefined {
  try {
    return localStorage.getItem(key(username)) ?? undefined;
  } catch {
    return undefined; // storage off: log in as an unknown device
  }
}

export function rememberDeviceToken(username: string, token: string): void {
  try {
    localStorage.setItem(key(username), token);
  } catch {
    // storage off or full: the next login is an unknown device's, nothing worse
  }
}
