// After the call: how did it feel? Three big faces, one tap, stored in the
// kiosk's call log, then back home. A call that never connected says so instead.
import { useState } from 'react';
import { feelings, type Feeling } from '@hhc/common/kiosk/callLog';
import { useKiosk } from '../KioskContext';
import { recordFeeling } from './callLogger';
import type { CallEnd } from './ChildCall';
import { feelingUrl, sceneUrl } from '../../ui/pictures';
import { Picture } from './Picture';
import { CalendarIcon, PlusIcon } from './Icons';
import { useIdle } from './useIdle';
import { FamilyMessages } from './FamilyMessages';
import { RebookButton } from '../../ui/RebookButton';
import { useCallOutcome } from '../../ui/useCallOutcome';
import { isMissedByParent } from './missed';
import { MissedCall } from './MissedCall';

/** Nobody tapped a face: go on without one. */
const AFTER_CALL_IDLE_MS = 60_000;

export function AfterCall(props: {
  end: CallEnd;
  onDone: () => void;
  onRetry: () => void;
  /** A call started from the picture screen has nobody logged in: nothing to rebook or record then. */
  childLoggedIn?: boolean;
  /** The free times to book (when nobody came, the next free slots are one tap away). */
  onBook?: () => void;
}) {
  const { bridge, client, t, offline } = useKiosk();
  const [chosen, setChosen] = useState<Feeling>();
  const { onDone } = props;
  const rebook = props.childLoggedIn && (
    <div className="kid__rebook">
      <RebookButton
        client={client}
        bookingId={props.end.booking.id}
        t={t}
        className="kid__button kid__button--book"
        icon={<CalendarIcon />}
      />
      {props.onBook && (
        <button className="kid__button kid__button--book" data-testid="after-book" onClick={props.onBook}>
          <PlusIcon />
          {t('child.book')}
        </button>
      )}
    </div>
  );
  useIdle(true, onDone, AFTER_CALL_IDLE_MS);
  // Did the parent ever come? The server's call records say (a moment; the kiosk's own log if offline).
  const outcome = useCallOutcome(
    offline ? undefined : client,
    props.end.booking.id,
    !props.end.cannotConnect,
  );

  const choose = (feeling: Feeling) => {
    if (chosen) return;
    setChosen(feeling);
    // A short "thank you" so the tap feels answered, then home.
    void Promise.all([
      recordFeeling(bridge, props.end.attempt, feeling),
      new Promise((resolve) => setTimeout(resolve, 1_200)),
    ]).then(onDone);
  };

  if (props.end.cannotConnect) {
    // The network would not carry the call: a kind word and another go, never an error.
    return (
      <main className="kid kid--result" data-testid="after-call" data-outcome="cannot-connect">
        <Picture src={sceneUrl('wifi')} className="kid__scene" />
        <h1 className="kid__title" data-testid="call-status">
          {t('reach.childTitle')}
        </h1>
        <p className="kid__text">{t('reach.childKind')}</p>
        <button
          className="kid__button kid__button--go kid__button--huge"
          data-testid="try-again"
          onClick={props.onRetry}
        >
          {t('reach.tryAgain')}
        </button>
        <button className="kid__button kid__button--quiet" data-testid="after-done" onClick={onDone}>
          {t('child.ok')}
        </button>
      </main>
    );
  }
  if (outcome.kind === 'loading')
    return <main className="kid kid--result" data-testid="after-call" data-outcome="checking" />;
  if (isMissedByParent(props.end, outcome)) {
    return (
      <MissedCall
        // A family call nobody of the family came to: "家人" rather than one of them.
        relation={props.end.booking.guardians.length > 1 ? 'other' : props.end.booking.guardianRelation}
        rebook={rebook}
        childLoggedIn={props.childLoggedIn ?? false}
        onDone={onDone}
      />
    );
  }
  if (props.end.neverJoined) {
    return (
      <main className="kid kid--result" data-testid="after-call">
        <Picture src={sceneUrl('teacher')} className="kid__scene" />
        <p className="kid__title" data-testid="call-status">
          {t('child.callFailed')}
        </p>
        {/* Nobody came (or the call could not start): a voice message instead, where allowed. */}
        <FamilyMessages />
        {rebook}
        <button
          className="kid__button kid__button--go kid__button--huge"
          data-testid="after-done"
          onClick={onDone}
        >
          {t('child.ok')}
        </button>
      </main>
    );
  }
  return (
    <main className="kid kid--result" data-testid="after-call">
      {/* "The call has ended" first, in the same words the call screen uses. */}
      <p className="kid__text" data-testid="call-status">
        {t('call.state.ended')}
      </p>
      <h1 className="kid__title">{chosen ? t('child.thanks') : t('child.howWasIt')}</h1>
      <div className="kid__faces">
        {feelings.map((feeling) => (
          <button
            key={feeling}
            className="kid__face"
            data-testid={`feeling-${feeling}`}
            aria-pressed={chosen === feeling}
            disabled={chosen !== undefined && chosen !== feeling}
            onClick={() => choose(feeling)}
          >
            <Picture src={feelingUrl(feeling)} className="kid__face-picture" />
            <span>{t(`child.feeling.${feeling}`)}</span>
          </button>
        ))}
      </div>
      {/* A parent who missed the call hears the child later: where allowed, leave a message. */}
      <FamilyMessages />
      {rebook}
      <button className="kid__button kid__button--quiet" data-testid="after-done" onClick={onDone}>
        {t('child.done')}
      </button>
    </main>
  );
}
