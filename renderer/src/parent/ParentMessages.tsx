// The parent's page: the child's voice messages with the child's picture and a
// play button, and an answer of up to three minutes.
import type { Translate } from '@hhc/common/i18n';
import type { SignalingClient } from '../call/SignalingClient';
import { playListed } from '../messages/messageAudio';
import { useMessages } from '../messages/useMessages';
import { VoiceRecorder } from '../messages/VoiceRecorder';
import '../messages/voice.css';

export function ParentMessages(props: {
  client: SignalingClient;
  t: Translate;
  childName: string;
  avatar: string | undefined;
}) {
  const { t, client } = props;
  const { list, reload } = useMessages(client);
  if (!list || (!list.canSend && list.messages.length === 0)) return null;
  const fromChild = list.messages.filter((message) => message.sender === 'child');
  const server = window.location.origin;
  return (
    <section className="messages" data-testid="parent-messages">
      <h2 className="page__subtitle">{t('voice.parentTitle')}</h2>
      {fromChild.length === 0 && <p className="page__text">{t('voice.parentNone')}</p>}
      {fromChild.slice(0, 3).map((message) => (
        <div
          className="messages__item"
          key={message.id}
          data-testid="child-message"
          data-heard={message.heardAt !== null}
        >
          {props.avatar && <img className="messages__picture" src={props.avatar} alt="" />}
          <span className="messages__text">
            {t('voice.parentNew', { name: props.childName })} · {Math.round(message.durationMs / 1000)}″
          </span>
          <button
            className="button button--join"
            data-testid="play-child-message"
            onClick={() => playListed(client, server, message, reload)}
          >
            ▶ {t('voice.play')}
          </button>
        </div>
      ))}
      {list.canSend && (
        <>
          <p className="page__text">{t('voice.parentAnswer')}</p>
          <VoiceRecorder
            client={client}
            server={server}
            maxSeconds={list.maxSeconds}
            t={t}
            buttonClass="button"
            onSent={reload}
          />
        </>
      )}
    </section>
  );
}
