// The call from the parent's side: device check first, then the call, which
// joins by itself and waits for the child. When the call is over for this
// page (ended, could not connect) the camera and microphone close at once and
// the page says what happened, with the way back to the calls list.
// Loaded only when it is needed.
import { useCallback, useState } from 'react';
import type { Locale, Translate } from '@hhc/common/i18n';
import type { CallClosedReason } from '@hhc/common/protocol';
import type { SignalingClient } from '../call/SignalingClient';
import { BookedCall, type FinishedState } from '../ui/BookedCall';
import { useLocalMedia } from '../ui/useLocalMedia';
import { canVideoCall } from './browser';
import { CallOutcome } from './CallOutcome';
import { RebookButton } from '../ui/RebookButton';
import { DeviceCheck } from './DeviceCheck';
import { PermissionHelp } from './PermissionHelp';
import { ParentActivities } from '../activities/ParentActivities';
import { WaitingTip } from '../activities/WaitingTip';
import type { ExpectedPerson } from '../ui/peopleNames';
import { CallState } from '../call/CallSession';
import { Notice } from '../ui/mount';
import { useCallOutcome } from '../ui/useCallOutcome';
import { MissedCall } from './MissedCall';
import { Replaced } from './Replaced';

type Phase = 'check' | 'call' | FinishedState;

export default function CallFlow(props: {
  client: SignalingClient;
  bookingId: string;
  childName: string;
  kioskOnline: boolean;
  t: Translate;
  /** Back to the link page (the next calls). */
  onClose: () => void;
  /** Everyone else the booking includes (the kiosk, other guardians). */
  expected?: readonly ExpectedPerson[];
  /** For a missed call's screen: the child's picture, and whether the school takes parents' requests. */
  avatar?: string | undefined;
  canRequest?: boolean;
  locale?: Locale;
}) {
  const [phase, setPhase] = useState<Phase>('check');
  const [closedReason, setClosedReason] = useState<CallClosedReason>();
  // Over: did the child ever come? (Not asked after "replaced": the call goes on elsewhere.)
  const outcome = useCallOutcome(
    props.client,
    props.bookingId,
    phase === CallState.Ended && closedReason !== 'replaced',
  );
  // Each "try again" is a fresh call session.
  const [attempt, setAttempt] = useState(0);
  const finished = useCallback((how: FinishedState, reason: CallClosedReason | undefined) => {
    setClosedReason(reason);
    setPhase(how);
  }, []);
  const media = useLocalMedia(phase === 'check' || phase === 'call');
  // No WebRTC here (old WeChat builds, some in-app browsers, WebKitGTK without it): say so, and the way back.
  if (!canVideoCall(window)) {
    return (
      <main className="page" data-testid="no-webrtc">
        <PermissionHelp problem="unsupported" t={props.t} onRetry={() => undefined} />
        <div className="outcome__actions">
          <button className="button" data-testid="back-to-calls" onClick={props.onClose}>
            {props.t('reach.backToCalls')}
          </button>
        </div>
      </main>
    );
  }
  if (phase === 'check') return <DeviceCheck media={media} t={props.t} onReady={() => setPhase('call')} />;
  if (phase !== 'call') {
    if (closedReason === 'replaced') return <Replaced t={props.t} />;
    if (phase === CallState.Ended && outcome.kind === 'loading') return <Notice text="…" />;
    // The child never came, and the slot is over (the server said so, or closed the call for it).
    const over = outcome.kind === 'known' && (outcome.outcome.slotOver || closedReason === 'slot-ended');
    if (over && !outcome.outcome.otherJoined)
      return (
        <MissedCall
          client={props.client}
          bookingId={props.bookingId}
          childName={props.childName}
          avatar={props.avatar}
          childTried={outcome.outcome.otherTried}
          canRequest={props.canRequest ?? false}
          locale={props.locale ?? 'zh-CN'}
          t={props.t}
          onBack={props.onClose}
        />
      );
    return (
      <CallOutcome
        how={phase}
        t={props.t}
        onRetry={() => {
          setClosedReason(undefined);
          setAttempt((n) => n + 1);
          setPhase('call');
        }}
        onBack={props.onClose}
        rebook={
          <RebookButton
            client={props.client}
            bookingId={props.bookingId}
            t={props.t}
            className="button button--join"
          />
        }
      />
    );
  }
  return (
    <BookedCall
      key={attempt}
      client={props.client}
      bookingId={props.bookingId}
      media={media}
      title={props.t('call.parentTitle')}
      t={props.t}
      otherName={props.childName}
      {...(props.expected ? { expected: props.expected } : {})}
      autoJoin
      onFinished={finished}
      extraStatus={
        <>
          {props.kioskOnline && (
            <p className="call__kiosk-online" data-testid="kiosk-online">
              {props.t('wait.kioskOnline')}
            </p>
          )}
          <WaitingTip />
        </>
      }
      activities={(call) => <ParentActivities client={props.client} callState={call.state} t={props.t} />}
    />
  );
}
