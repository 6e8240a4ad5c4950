// One voice message as a teacher sees it: whose, to whom, when, how long,
// heard or not; listen (which does not count as the family hearing it) and
// delete after a confirmation.
import { useState } from 'react';
import type { SchoolMessage } from '@hhc/common/api/staffMessages';
import type { ChildRecord } from '@hhc/common/records';
import { playMessage } from '../../../messages/messageAudio';
import { minutesToHhmm } from '../clock';
import { Picture } from '../Picture';
import { useTeacher } from '../TeacherContext';
import { Button, ConfirmButton, Status } from '../ui';
import { useAction } from '../useRequest';
import { instantToZoned } from '../zonedTime';

export function MessageRow(props: {
  message: SchoolMessage;
  child: ChildRecord | undefined;
  onDeleted: () => void;
}) {
  const { kiosk, timeZone } = useTeacher();
  const { client, serverUrl, t } = kiosk;
  const { message, child } = props;
  const [playing, setPlaying] = useState<'idle' | 'loading' | 'playing'>('idle');
  const [playError, setPlayError] = useState<string>();
  const action = useAction();
  const when = (instant: number) => {
    const zoned = instantToZoned(instant, timeZone);
    return `${zoned.date} ${minutesToHhmm(zoned.minuteOfDay)}`;
  };
  const childName = child?.displayName ?? '—';
  const who =
    message.sender === 'child' || !message.guardian
      ? t('teacher.messages.fromChild', { child: childName })
      : t('teacher.messages.fromGuardian', {
          relation: t(`relation.${message.guardian.relation}`),
          name: message.guardian.displayName,
          child: childName,
        });

  // Who hears it: the family a child's message, the child a family's.
  const listener = message.sender === 'child' ? t('teacher.messages.family') : t('teacher.messages.theChild');
  const listen = async () => {
    setPlayError(undefined);
    setPlaying('loading');
    try {
      // markHeard false: only the family's own listening counts as heard.
      const audio = await playMessage(client, serverUrl, message.id, false);
      setPlaying('playing');
      audio.addEventListener('ended', () => setPlaying('idle'), { once: true });
    } catch {
      setPlaying('idle');
      setPlayError(t('teacher.messages.playFailed'));
    }
  };
  const remove = async () => {
    if (
      await action.run(
        () => client.request('message:delete', { messageId: message.id }),
        t('teacher.messages.deleted'),
      )
    )
      props.onDeleted();
  };

  return (
    <li
      className="t-rows__item t-message"
      data-testid="teacher-message"
      data-sender={message.sender}
      data-heard={message.heardAt !== null}
    >
      {child && <Picture kind="avatar" name={child.avatar} />}
      <span className="t-rows__main">
        <strong>{who}</strong>
        <span className="t-muted"> · {when(message.createdAt)}</span>
        <span className="t-muted">
          {' · '}
          {t('teacher.messages.length', {
            seconds: String(Math.max(1, Math.round(message.durationMs / 1000))),
          })}
        </span>
      </span>
      {message.heardAt === null ? (
        <span className="t-badge t-badge--warn" data-testid="message-unheard">
          {t('teacher.messages.unheard', { who: listener })}
        </span>
      ) : (
        <span className="t-badge t-badge--ok">
          {t('teacher.messages.heard', { who: listener, date: when(message.heardAt) })}
        </span>
      )}
      <Button
        small
        tone="primary"
        testId="message-listen"
        disabled={playing !== 'idle'}
        onClick={() => void listen()}
      >
        {playing === 'playing' ? t('teacher.messages.playing') : t('teacher.messages.listen')}
      </Button>
      <ConfirmButton
        label={t('teacher.messages.delete')}
        question={t('teacher.messages.deleteQuestion')}
        testId="message-delete"
        disabled={action.busy}
        onConfirm={() => void remove()}
      />
      <Status action={action} error={playError} />
    </li>
  );
}
