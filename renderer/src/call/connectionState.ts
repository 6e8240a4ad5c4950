// The signalling connection's states, apart from the client itself so that a
// page can show them before it has loaded socket.io (the parent's first screen).
export const ConnectionState = {
  Connecting: 'connecting',
  Connected: 'connected',
  /** Lost the connection and trying again by itself. */
  Reconnecting: 'reconnecting',
  /** The server refused who we said we are (bad link, unpaired kiosk); no more attempts. */
  Refused: 'refused',
  /** Closed on purpose; no more attempts. */
  Closed: 'closed',
} as const;
export type ConnectionState = (typeof ConnectionState)[keyof typeof ConnectionState];
