// The shared call screen: the other people large (one fills the screen, two
// or three share it: PeopleGrid.tsx), yourself small (drag it anywhere), the
// speaking person ringed, big buttons, the time left, and honest states:
// waiting for the others, reconnecting (never a frozen picture), ended.
import { useCallback, useState, type ReactNode } from 'react';
import type { Translate } from '@hhc/common/i18n';
import { CallState } from '../call/CallSession';
import { useArrivalChime, useWakeLock } from './callEffects';
import { useDraggable } from './useDraggable';
import type { LocalMedia } from './useLocalMedia';
import { useNow } from './useNow';
import type { CallView } from './useCallSession';
import { unmuteRemoteSound, VideoTile } from './VideoTile';
import { PeopleGrid, peopleLayout } from './PeopleGrid';
import { SELF, useSpeaking } from './useSpeaking';
import { personLabel, stillComing, type ExpectedPerson } from './peopleNames';
import type { RemotePeerView } from '../call/CallSession';

const nextLowData = { off: 'small', small: 'audio', audio: 'off' } as const;

export function CallScreen(props: {
  call: CallView;
  t: Translate;
  title: string;
  media: LocalMedia;
  otherName?: string;
  /** Everyone else the booking includes: who is not in yet is said while someone already is (爸爸 while 妈妈 talks). */
  expected?: readonly ExpectedPerson[];
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
  const othersPresent = call.remotes.length > 0;
  const labelFor = (peer: RemotePeerView) => personLabel(peer, t);
  const cameraSent = call.cameraOn && call.lowData.mode !== 'audio' && call.link.self !== 'audio-only';
  // Reconnecting, sound only by choice or on our own weak link: nobody's picture (never a frozen one).
  const videoHidden =
    call.state === CallState.Reconnecting || call.lowData.mode === 'audio' || call.link.self === 'audio-only';
  // With several others, the weak one's own tile says "sound only"; alone, the whole screen does.
  const weakOther = call.remotes.length === 1 && call.remotes[0]?.link === 'audio-only';
  const linkNotice =
    call.link.self === 'audio-only'
      ? t('link.selfWeak')
      : weakOther
        ? props.otherName
          ? t('link.otherWeakNamed', { name: props.otherName })
          : t('link.otherWeak')
        : undefined;
  const speaking = useSpeaking(inCall, call.audioLevels, media.stream, call.microphoneOn);
  const layout = peopleLayout(call.remotes.length);
  const coming =
    othersPresent && call.state === CallState.InCall
      ? stillComing(props.expected ?? [], call.remotes, t)
      : [];
  const selfPaused = !cameraSent && (
    <span className="call__self-paused" data-testid="self-paused">
      {t('call.selfPaused')}
    </span>
  );
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
      {othersPresent ? (
        <PeopleGrid
          remotes={call.remotes}
          speaking={speaking}
          videoHidden={videoHidden}
          labelFor={labelFor}
          quietText={(peer) =>
            call.state === CallState.Reconnecting
              ? t('people.reconnecting')
              : !peer.videoOn && peer.link === 'video' && !videoHidden
                ? t('people.cameraOff')
                : t('people.soundOnly')
          }
          selfTile={
            <figure
              className="person person--self"
              data-testid="self-tile"
              data-peer-id={SELF}
              data-speaking={speaking.has(SELF)}
            >
              <VideoTile
                stream={media.stream}
                muted
                className={`person__video person__video--${media.facing}`}
                testId="local-video"
              />
              {selfPaused}
              <figcaption className="person__name">{t('people.me')}</figcaption>
            </figure>
          }
          onSoundBlocked={onSoundBlocked}
          onFirstFrame={call.recordFirstFrame}
        />
      ) : (
        <div className="call__placeholder" aria-hidden="true" />
      )}
      {coming.length > 0 && (
        <p className="call__still-coming" role="status" data-testid="still-coming">
          {t('people.stillComing', { names: coming.join('、') })}
        </p>
      )}
      {/* With three others you are the grid's fourth tile; otherwise small on top, where you drag it. */}
      {layout !== 'grid' && (
        <div
          className="call__self-frame"
          data-testid="self-tile"
          data-peer-id={SELF}
          data-speaking={speaking.has(SELF)}
          ref={self.ref}
          style={self.style}
          {...self.handlers}
        >
          <VideoTile
            stream={media.stream}
            muted
            className={`call__self call__self--${media.facing}`}
            testId="local-video"
          />
          {/* A paused camera shows black: say what it means instead of looking broken. */}
          {selfPaused}
        </div>
      )}
      {soundBlocked && (
        <button
          className="call__tap-to-hear"
          data-testid="tap-to-hear"
          onClick={() => {
            unmuteRemoteSound();
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
