// The shared call screen: the other side large, yourself small (drag it
// anywhere), big buttons, the time left, and honest states: waiting for the
// other side, reconnecting (never a frozen picture), ended.
import { useCallback, useState, type ReactNode } from 'react';
import type { Translate } from '@hhc/common/i18n';
import { CallState } from '../call/CallSession';
import { useArrivalChime, useWakeLock } from './callEffects';
import { useDraggable } from './useDraggable';
import type { LocalMedia } from './useLocalMedia';
import { useNow } from './useNow';
import type { CallView } from './useCallSession';
import { unmuteVideo, VideoTile } from './VideoTile';

const nextLowData = { off: 'small', small: 'audio', audio: 'off' } as const;

export function CallScreen(props: {
  call: CallView;
  t: Translate;
  title: string;
  media: LocalMedia;
  otherName?: string;
  autoJoin: boolean;
  extraStatus?: ReactNode;
  /** Books, drawing and talking cards, shown while in the call (renderer/src/activities). */
  activities?: ReactNode;
}) {
  const { call, t, media } = props;
  const [soundBlocked, setSoundBlocked] = useState(false);
  const onSoundBlocked = useCallback(() => setSoundBlocked(true), []);
  const now = useNow(10_000);
  const self = useDraggable();
  const inCall = call.state === CallState.InCall || call.state === CallState.Reconnecting;
  const othersPresent = call.peers.length > 0;
  const hasRemoteVideo = (call.remoteStream?.getVideoTracks().length ?? 0) > 0;
  // The server stopped video on a weak link (ours or theirs): no picture rather than a frozen one.
  const soundOnly = call.link.self === 'audio-only' || call.link.other === 'audio-only';
  const cameraSent = call.cameraOn && call.lowData.mode !== 'audio' && call.link.self !== 'audio-only';
  const showRemote = call.state !== CallState.Reconnecting && call.lowData.mode !== 'audio' && !soundOnly;
  const linkNotice =
    call.link.self === 'audio-only'
      ? t('link.selfWeak')
      : call.link.other === 'audio-only'
        ? props.otherName
          ? t('link.otherWeakNamed', { name: props.otherName })
          : t('link.otherWeak')
        : undefined;
  useWakeLock(inCall);
  useArrivalChime(othersPresent);

  const waiting = call.state === CallState.InCall && !othersPresent;
  // While both sides talk, the faces speak for themselves: no status text over them.
  const talking = call.state === CallState.InCall && othersPresent;
  const status = waiting
    ? props.otherName
      ? t('wait.coming', { name: props.otherName })
      : t('call.waitingForOther')
    : t(`call.state.${call.state}`);
  const minutesLeft =
    call.endsAt !== undefined && inCall ? Math.max(0, Math.ceil((call.endsAt - now) / 60_000)) : undefined;

  return (
    <main className="call" data-state={call.state}>
      <header className="call__title">
        {props.title}
        {minutesLeft !== undefined && (
          <span className="call__time-left" data-testid="time-left">
            {t('call.timeLeft', { minutes: String(minutesLeft) })}
          </span>
        )}
      </header>
      {/* Reconnecting hides the last frame: a frozen face looks like the other side froze. */}
      {/* Sound only shows no picture at all rather than the last frame, which would look frozen. */}
      {showRemote && (
        <VideoTile
          stream={call.remoteStream}
          className="call__remote"
          testId="remote-video"
          onSoundBlocked={onSoundBlocked}
          onFirstFrame={call.recordFirstFrame}
        />
      )}
      {(!hasRemoteVideo || !showRemote) && <div className="call__placeholder" aria-hidden="true" />}
      <div className="call__self-frame" ref={self.ref} style={self.style} {...self.handlers}>
        <VideoTile
          stream={media.stream}
          muted
          className={`call__self call__self--${media.facing}`}
          testId="local-video"
        />
        {/* A paused camera shows black: say what it means instead of looking broken. */}
        {!cameraSent && (
          <span className="call__self-paused" data-testid="self-paused">
            {t('call.selfPaused')}
          </span>
        )}
      </div>
      {soundBlocked && (
        <button
          className="call__tap-to-hear"
          data-testid="tap-to-hear"
          onClick={() => {
            unmuteVideo('remote-video');
            setSoundBlocked(false);
          }}
        >
          {t('call.tapToHear')}
        </button>
      )}
      {linkNotice ? (
        <p className="call__notice call__notice--sound-only" role="status" data-testid="link-notice">
          {linkNotice}
        </p>
      ) : (
        call.lowData.automatic &&
        call.lowData.mode !== 'off' && (
          <p className="call__notice" role="status" data-testid="low-data-notice">
            {t('lowData.autoNotice')}
          </p>
        )
      )}
      <div className="call__bottom">
        <p
          className="call__status"
          role="status"
          data-testid="call-status"
          data-quiet={talking && !media.problem}
        >
          {media.problem ? t('call.cameraDenied') : status}
        </p>
        {waiting && props.extraStatus}
        {inCall && props.activities}
        <nav className="call__controls">
          {!inCall && call.state !== CallState.Joining && !props.autoJoin && (
            <button
              className="button button--join"
              data-testid="join"
              disabled={!media.stream}
              onClick={call.join}
            >
              {t('call.join')}
            </button>
          )}
          {inCall && (
            <>
              <button
                className="button"
                data-testid="toggle-microphone"
                aria-pressed={!call.microphoneOn}
                onClick={call.toggleMicrophone}
              >
                {call.microphoneOn ? t('call.mute') : t('call.unmute')}
              </button>
              <button
                className="button"
                data-testid="toggle-camera"
                aria-pressed={!call.cameraOn}
                onClick={call.toggleCamera}
              >
                {call.cameraOn ? t('call.cameraOff') : t('call.cameraOn')}
              </button>
              <button
                className="button"
                data-testid="switch-camera"
                onClick={() =>
                  void media.switchCamera().then((track) => track && call.replaceCameraTrack(track))
                }
              >
                {t('call.switchCamera')}
              </button>
              <button
                className="button"
                data-testid="low-data"
                data-mode={call.lowData.mode}
                aria-pressed={call.lowData.mode !== 'off'}
                onClick={() => call.setLowData(nextLowData[call.lowData.mode])}
              >
                {t(`lowData.${call.lowData.mode}`)}
              </button>
              <button className="button button--leave" data-testid="leave" onClick={call.leave}>
                {t('call.leave')}
              </button>
            </>
          )}
        </nav>
      </div>
    </main>
  );
}
