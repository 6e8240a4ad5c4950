// Where the kiosk keeps its device credential. In a plain browser (tests,
// trying the kiosk page) that is localStorage; the Electron app keeps it with
// safeStorage in the main process instead (kiosk issue).
const KEY = 'hhc.kioskCredential';

export const credentialStore = {
  read: (): string | undefined => localStorage.getItem(KEY) ?? undefined,
  write: (credential: string): void => localStorage.setItem(KEY, credential),
  clear: (): void => localStorage.removeItem(KEY),
};
