// Why a side left a call, as call records keep it. Most reasons are the room's
// own words ('left', 'media-timeout', a CallClosedReason); this one is decided
// here because it changes what the record means.

/**
 * The side tried to connect media (it sent its DTLS parameters, so ICE ran)
 * and it never connected — UDP and TCP blocked, a strict NAT. Such a record is
 * an attempt, not a call: it counts neither as joining nor as minutes talked.
 */
export const COULD_NOT_CONNECT = 'could-not-connect';

/** The reason to record for a side leaving: a failed connection says so whatever ended it. */
export function recordedEndReason(
  peer: { mediaAttempted: boolean; mediaConnected: boolean },
  reason: string,
): string {
  return peer.mediaAttempted && !peer.mediaConnected ? COULD_NOT_CONNECT : reason;
}

/** Whether a call record stands for being in the call (not a failed attempt to connect). */
export function wasInCall(record: { endReason: string | null }): boolean {
  return record.endReason !== COULD_NOT_CONNECT;
}
