// What every kiosk screen (child mode, teacher mode) gets from the shell:
// the one signalling connection, the main-process bridge, the school, the
// roster and schedule (live, or the offline copy), and the language.
import { createContext, useContext } from 'react';
import type { Locale, Translate } from '@hhc/common/i18n';
import type { KioskApi } from '@hhc/common/kiosk/ipc';
import type { KioskBooking, RosterChild } from '@hhc/common/protocol';
import type { ConnectionState, SignalingClient } from '../call/SignalingClient';

export interface KioskData {
  school: { id: string; name: string; timeZone: string };
  children: RosterChild[];
  bookings: KioskBooking[];
  /** When this data was fetched from the server (older when offline). */
  savedAt: number;
}

export interface PinAlert {
  childId: string;
  displayName: string;
  kioskName: string;
  at: number;
}

export interface KioskContextValue {
  client: SignalingClient;
  /** The server's address, for HTTP beside the socket (voice messages' audio). */
  serverUrl: string;
  connection: ConnectionState;
  /** True while the server cannot be reached: screens show the cached data and say so. */
  offline: boolean;
  bridge: KioskApi | undefined;
  data: KioskData | undefined;
  /** Fetch roster and schedule again (after booking, or when the server says they changed). */
  refresh(): void;
  /** Forget the pairing (teacher's kiosk settings). */
  unpair(): void;
  /** Children who locked the PIN pad with five wrong tries, for teacher mode to show. */
  pinAlerts: PinAlert[];
  dismissPinAlert(childId: string): void;
  t: Translate;
  locale: Locale;
}

export const KioskContext = createContext<KioskContextValue | undefined>(undefined);

export function useKiosk(): KioskContextValue {
  const value = useContext(KioskContext);
  if (!value) throw new Error('useKiosk outside the kiosk shell');
  return value;
}
