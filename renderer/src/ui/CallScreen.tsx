// The shared call screen: the other side large, yourself small, big buttons.
// The kiosk and the parent page give it their own title and role.
import type { MessageKey } from '@hhc/common/i18n';
import { CallState } from '../call/CallSession';
import type { CallView } from './useCallSession';
import { VideoTile } from './VideoTile';

export function CallScreen(props: { call: CallView; t: (key: MessageKey) => string; title: string }) {
  const { call, t } = props;
  const inCall = call.state === CallState.InCall || call.state === CallState.Reconnecting;
  const hasRemoteVideo = (call.remoteStream?.getVideoTracks().length ?? 0) > 0;
  const status =
    call.state === CallState.InCall && call.peers.length === 0
      ? t('call.waitingForOther')
      : t(`call.state.${call.state}`);

  return (
    <main className="call" data-state={call.state}>
      <header className="call__title">{props.title}</header>
      <VideoTile stream={call.remoteStream} className="call__remote" testId="remote-video" />
      {!hasRemoteVideo && <div className="call__placeholder" aria-hidden="true" />}
      <VideoTile stream={call.localStream} muted className="call__self" testId="local-video" />
      <p className="call__status" role="status" data-testid="call-status">
        {call.mediaError ? t('call.cameraDenied') : status}
      </p>
      <nav className="call__controls">
        {!inCall && call.state !== CallState.Joining && (
          <button
            className="button button--join"
            data-testid="join"
            disabled={!call.localStream}
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
            <button className="button button--leave" data-testid="leave" onClick={call.leave}>
              {t('call.leave')}
            </button>
          </>
        )}
      </nav>
    </main>
  );
}
