// The call as a child sees it: the parent large, themself small, a clock ring
// with the minutes left (orange and a soft banner in the last two), mute and
// hang up. Honest screens instead of a frozen picture: connecting, waiting
// for the parent, reconnecting. The server ends the call at the slot's end.
import { useCallback, useEffect, useRef } from 'react';
import type { KioskBooking } from '@hhc/common/protocol';
import { CallState } from '../../call/CallSession';
import { useCallSession } from '../../ui/useCallSession';
import type { LocalMedia } from '../../ui/useLocalMedia';
import { useNow } from '../../ui/useNow';
import { useArrivalChime, useWakeLock } from '../../ui/callEffects';
import { VideoTile } from '../../ui/VideoTile';
import { useKiosk } from '../KioskContext';
import type { FinishReason } from './callLogger';
import { CameraOffIcon, HangUpIcon, MicIcon } from './Icons';
import { sceneUrl, type Scene } from '../../ui/pictures';
import { Picture } from './Picture';
import { isEndingSoon, minutesLeft, remainingFraction } from './ring';
import { Ring } from './Ring';
import { useCallLog } from './useCallLog';
import { ChildActivities } from '../../activities/ChildActivities';
import type { ActivityKind } from '@hhc/common/activities/schema';

/** If the server's "slot ended" never arrives (a lost connection), end the call this long after the slot. */
const END_GRACE_MS = 20_000;

export interface CallEnd {
  reason: FinishReason;
  /** The call log's attempt id, once written (for the feeling). */
  attempt: Promise<string | undefined>;
  /** The kiosk never got into the call. */
  neverJoined: boolean;
  /** Media never connected (the network blocks it): the child may try again. */
  cannotConnect?: boolean;
  booking: KioskBooking;
}

export function ChildCall(props: {
  booking: KioskBooking;
  /** Opened by child mode while the join button was on screen, so joining starts at once. */
  media: LocalMedia;
  onEnded: (end: CallEnd) => void;
}) {
  const { client, bridge, t } = useKiosk();
  const { booking, onEnded, media } = props;
  const call = useCallSession(client, booking.id, media.stream, { autoJoin: true, adaptToCpu: true });
  const log = useCallLog(bridge, booking, call);
  const now = useNow(1_000);
  const joinedOnce = useRef(false);
  const inCall = call.state === CallState.InCall || call.state === CallState.Reconnecting;
  if (call.state === CallState.InCall) joinedOnce.current = true;
  useWakeLock(inCall);
  const parentHere = call.peers.some((peer) => peer.role === 'parent');
  useArrivalChime(parentHere);

  const { leave, state, closedReason } = call;
  const logActivities = useCallback((kinds: readonly ActivityKind[]) => log.activities(kinds), [log]);

  const ended = useRef(false);
  const end = useCallback(
    (reason: FinishReason, cannotConnect = false) => {
      if (ended.current) return;
      ended.current = true;
      const attempt = log.finish(reason);
      leave();
      onEnded({ reason, attempt, neverJoined: cannotConnect || !joinedOnce.current, cannotConnect, booking });
    },
    [log, leave, onEnded, booking],
  );

  // A slot that ends without the parent ever coming is a no-show, not a finished call.
  const slotOver = useCallback(() => end(log.parentEverJoined ? 'slot-ended' : 'parent-no-show'), [end, log]);
  const endsAt = call.endsAt ?? booking.endAt;
  useEffect(() => {
    if (closedReason === 'slot-ended') slotOver();
    else if (closedReason === 'booking-changed') end('booking-changed');
  }, [closedReason, slotOver, end]);
  useEffect(() => {
    if (state === CallState.Failed) end('connection-lost');
    if (state === CallState.CannotConnect) end('could-not-connect', true);
  }, [state, end]);
  useEffect(() => {
    if (now < endsAt + END_GRACE_MS) return;
    if (state === CallState.InCall) slotOver();
    else end('connection-lost');
  }, [now, endsAt, state, slotOver, end]);

  const relation = t(`relation.${booking.guardianRelation}`);
  const soon = inCall && isEndingSoon(now, endsAt);
  // The server stopped video on a weak link (ours or the parent's): a calm picture, not a frozen face.
  const soundOnly = call.link.self === 'audio-only' || call.link.other === 'audio-only';
  const showVideo = state === CallState.InCall && parentHere && call.lowData.mode !== 'audio' && !soundOnly;
  const overlay: { scene: Scene; text: string; soundOnly?: true } | undefined =
    state === CallState.Reconnecting
      ? { scene: 'wifi', text: t('child.reconnecting') }
      : state === CallState.InCall && !parentHere
        ? { scene: 'parent-coming', text: t('child.waitingParent', { relation }) }
        : state === CallState.Idle || state === CallState.Joining
          ? { scene: 'phone', text: media.problem ? t('call.cameraDenied') : t('child.joining') }
          : state === CallState.InCall && soundOnly
            ? {
                scene: 'phone',
                soundOnly: true,
                text:
                  call.link.self === 'audio-only'
                    ? t('child.soundOnlySelf')
                    : t('child.soundOnlyOther', { relation }),
              }
            : undefined;

  return (
    <main className="kid-call" data-state={state} data-testid="child-call">
      {/* Reconnecting hides the last frame: a frozen face looks like the parent froze. */}
      {showVideo ? (
        <VideoTile
          stream={call.remoteStream}
          className="kid-call__remote"
          testId="remote-video"
          onFirstFrame={call.recordFirstFrame}
        />
      ) : (
        <div className="kid-call__backdrop" aria-hidden="true" />
      )}
      {overlay && (
        <div
          className="kid-call__overlay"
          data-testid="call-overlay"
          data-scene={overlay.scene}
          data-sound-only={overlay.soundOnly}
        >
          <Picture src={sceneUrl(overlay.scene)} className="kid__scene" />
          <p className="kid-call__overlay-text">{overlay.text}</p>
        </div>
      )}
      {/* Read by screen readers and tests; the pictures say it for children. */}
      <p className="kid-call__status" role="status" data-testid="call-status">
        {t(`call.state.${state}`)}
      </p>
      {inCall && (
        <div className="kid-call__clock">
          <Ring
            fraction={remainingFraction(now, booking.startAt, endsAt)}
            tone={soon ? 'warning' : 'go'}
            size={150}
            testId="call-clock"
          >
            <span className="ring__value">{minutesLeft(now, endsAt)}</span>
            <span className="ring__unit">{t('child.unit.minutes')}</span>
          </Ring>
        </div>
      )}
      {soon && (
        <p className="kid-call__banner" role="status" data-testid="ending-soon">
          {t('child.endingSoon')}
        </p>
      )}
      {call.link.self === 'audio-only' ? (
        // The kiosk's own link is weak: the camera is paused, so show that rather than a black frame.
        <div className="kid-call__self kid-call__self--paused" data-testid="self-paused">
          <CameraOffIcon />
        </div>
      ) : (
        <VideoTile stream={media.stream} muted className="kid-call__self" testId="local-video" />
      )}
      {inCall && (
        <ChildActivities
          client={client}
          callState={state}
          t={t}
          keepDrawing={async ({ background, strokes }) =>
            (await bridge?.gallery.keep({ childId: booking.childId, background, strokes }))?.ok ?? false
          }
          onUsed={logActivities}
        />
      )}
      <nav className="kid-call__controls">
        <button
          className="kid__round"
          data-testid="toggle-microphone"
          aria-pressed={!call.microphoneOn}
          disabled={!inCall}
          onClick={call.toggleMicrophone}
        >
          <MicIcon off={!call.microphoneOn} />
          <span>{call.microphoneOn ? t('child.mute') : t('child.unmute')}</span>
        </button>
        <button className="kid__round kid__round--leave" data-testid="leave" onClick={() => end('hung-up')}>
          <HangUpIcon />
          <span>{t('child.hangUp')}</span>
        </button>
      </nav>
    </main>
  );
}
