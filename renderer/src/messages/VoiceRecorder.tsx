// One voice message, recorded, listened back and sent: a big button to start,
// the time left as a shrinking ring (or a bar on the phone), "listen", "again"
// and "send". No typing anywhere; the limit stops the recording by itself.
import { useEffect, useState, type ReactNode } from 'react';
import type { Translate } from '@hhc/common/i18n';
import type { SignalingClient } from '../call/SignalingClient';
import { useNow } from '../ui/useNow';
import { sendMessage } from './messageAudio';
import { useVoiceRecorder } from './useVoiceRecorder';

type Sending = 'no' | 'sending' | 'sent' | 'failed';

export function VoiceRecorder(props: {
  client: SignalingClient;
  server: string;
  maxSeconds: number;
  t: Translate;
  /** Class prefix of the screen it sits in: the kiosk's big buttons or the page's. */
  buttonClass: string;
  /** The time left, drawn by the screen (the kiosk's ring); a bar by default. */
  timer?: (fraction: number, secondsLeft: number) => ReactNode;
  onSent: () => void;
}) {
  const { t } = props;
  const recorder = useVoiceRecorder(props.maxSeconds);
  const [sending, setSending] = useState<Sending>('no');
  const now = useNow(250);
  const { state } = recorder;
  useEffect(() => setSending('no'), [state]);

  if (state.kind === 'unsupported') return <p data-testid="voice-unsupported">{t('voice.unsupported')}</p>;
  if (state.kind === 'no-mic') return <p data-testid="voice-no-mic">{t('voice.noMic')}</p>;
  if (state.kind === 'idle')
    return (
      <button
        className={`${props.buttonClass} voice__record`}
        data-testid="voice-record"
        onClick={() => void recorder.start()}
      >
        <span className="voice__dot" aria-hidden="true" />
        {t('voice.record')}
      </button>
    );
  if (state.kind === 'recording') {
    const leftMs = Math.max(0, props.maxSeconds * 1000 - (now - state.startedAt));
    const seconds = String(Math.ceil(leftMs / 1000));
    const fraction = leftMs / (props.maxSeconds * 1000);
    return (
      <div className="voice voice--recording" data-testid="voice-recording">
        {props.timer ? (
          props.timer(fraction, Number(seconds))
        ) : (
          <p className="voice__left">
            <progress max={1} value={fraction} /> {t('voice.secondsLeft', { seconds })}
          </p>
        )}
        <button
          className={`${props.buttonClass} voice__stop`}
          data-testid="voice-stop"
          onClick={recorder.stop}
        >
          {t('voice.stop')}
        </button>
      </div>
    );
  }
  const recording = state;
  const send = () => {
    setSending('sending');
    sendMessage(props.client, props.server, recording).then(
      () => {
        setSending('sent');
        props.onSent();
      },
      () => setSending('failed'),
    );
  };
  if (sending === 'sent')
    return (
      <p className="voice__sent" data-testid="voice-sent">
        {t('voice.sent')}
      </p>
    );
  return (
    <div className="voice voice--recorded" data-testid="voice-recorded">
      <button
        className={`${props.buttonClass} voice__listen`}
        data-testid="voice-listen"
        onClick={() => void new Audio(URL.createObjectURL(recording.blob)).play().catch(() => undefined)}
      >
        ▶ {t('voice.listen')}
      </button>
      <button
        className={`${props.buttonClass} voice__again`}
        data-testid="voice-again"
        onClick={recorder.reset}
      >
        {t('voice.again')}
      </button>
      <button
        className={`${props.buttonClass} voice__send`}
        data-testid="voice-send"
        disabled={sending === 'sending'}
        onClick={send}
      >
        {sending === 'sending' ? t('voice.sending') : t('voice.send')}
      </button>
      {sending === 'failed' && (
        <p role="alert" data-testid="voice-failed">
          {t('voice.failed')}
        </p>
      )}
    </div>
  );
}
