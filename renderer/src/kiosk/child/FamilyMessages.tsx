// On the child's home card: a new message from the family with a big play
// button, and (where the school and the family allow messages) a button to
// leave one — a big record button with a countdown ring, listen, send.
import { useState } from 'react';
import { useKiosk } from '../KioskContext';
import { playListed } from '../../messages/messageAudio';
import { useMessages } from '../../messages/useMessages';
import { VoiceRecorder } from '../../messages/VoiceRecorder';
import { relationUrl } from '../../ui/pictures';
import { MicIcon } from './Icons';
import { Picture } from './Picture';
import { Ring } from './Ring';
import '../../messages/voice.css';

export function FamilyMessages(props: { startRecording?: boolean }) {
  const { client, serverUrl, t, offline } = useKiosk();
  const { list, reload } = useMessages(offline ? undefined : client);
  const [recording, setRecording] = useState(props.startRecording ?? false);
  if (!list) return null;
  const fromFamily = list.messages.filter((message) => message.sender === 'guardian' && message.guardian);
  const newest = fromFamily.find((message) => message.heardAt === null) ?? fromFamily[0];
  if (!newest && !list.canSend) return null;
  return (
    <section className="messages" data-testid="family-messages">
      {newest?.guardian && (
        <div className="messages__item" data-testid="family-message" data-heard={newest.heardAt !== null}>
          <Picture src={relationUrl(newest.guardian.relation)} className="messages__picture" />
          <span className="kid__card-title">
            {t('voice.newFrom', { relation: t(`relation.${newest.guardian.relation}`) })}
          </span>
          <button
            className="kid__button kid__button--go kid__button--huge"
            data-testid="play-family-message"
            onClick={() => playListed(client, serverUrl, newest, reload)}
          >
            ▶ {t('voice.play')}
          </button>
        </div>
      )}
      {list.canSend &&
        (recording ? (
          <VoiceRecorder
            client={client}
            server={serverUrl}
            maxSeconds={list.maxSeconds}
            t={t}
            buttonClass="kid__button kid__button--huge"
            timer={(fraction, seconds) => (
              <Ring
                fraction={fraction}
                tone={seconds <= 10 ? 'warning' : 'go'}
                size={160}
                testId="voice-ring"
              >
                {seconds}
              </Ring>
            )}
            onSent={reload}
          />
        ) : (
          <button
            className="kid__button kid__button--book"
            data-testid="leave-message"
            onClick={() => setRecording(true)}
          >
            <MicIcon off={false} />
            {t('voice.leaveMessage')}
          </button>
        ))}
    </section>
  );
}
