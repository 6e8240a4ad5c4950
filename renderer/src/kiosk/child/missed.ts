// Whether the after-call screen is a missed call (the parent never came) rather
// than an ordinary ending or a call the kiosk itself could not start.
import type { OutcomeView } from '../../ui/useCallOutcome';
import type { FinishReason } from './callLogger';

export function isMissedByParent(
  end: { reason: FinishReason; neverJoined: boolean },
  outcome: OutcomeView,
): boolean {
  // A teacher cancelled or moved the call, or the network failed: nobody "did not come".
  if (end.reason === 'booking-changed' || end.reason === 'connection-lost') return false;
  switch (outcome.kind) {
    case 'known':
      // The child waited in the call, or the slot is over, and the parent never joined (the server's records).
      // The server closing the call for the slot's end says it is over too, whatever its clock read a moment later.
      return (
        !outcome.outcome.otherJoined &&
        (outcome.outcome.slotOver || end.reason === 'parent-no-show' || !end.neverJoined)
      );
    case 'unknown':
      // No answer from the server: the kiosk's own log saw the slot end without the parent.
      return end.reason === 'parent-no-show';
    case 'loading':
      return false;
  }
}
