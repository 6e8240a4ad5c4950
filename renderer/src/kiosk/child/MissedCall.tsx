// The parent did not come: mum's (or dad's…) picture with a heart, a kind word
// that blames nobody, and what the child can do now — leave a voice message,
// same time next week, another free time — each a big button with a picture.
import type { ReactNode } from 'react';
import type { GuardianRelation } from '@hhc/common/domain';
import { relationUrl } from '../../ui/pictures';
import { useKiosk } from '../KioskContext';
import { FamilyMessages } from './FamilyMessages';
import { Picture } from './Picture';

export function MissedCall(props: {
  relation: GuardianRelation;
  /** Same time next week and the free times (only with a child logged in). */
  rebook: ReactNode;
  childLoggedIn: boolean;
  onDone: () => void;
}) {
  const { t } = useKiosk();
  const relation = t(`relation.${props.relation}`);
  return (
    <main className="kid kid--result kid--missed" data-testid="after-call" data-outcome="missed">
      <div className="missed__picture">
        <Picture src={relationUrl(props.relation)} className="kid__scene" />
        <HeartIcon />
      </div>
      <h1 className="kid__title" data-testid="call-status">
        {t('missed.childTitle', { relation })}
      </h1>
      <p className="kid__text missed__kind">{t('missed.childKind', { relation })}</p>
      {props.childLoggedIn ? (
        <>
          <p className="kid__text">{t('missed.childWhatNow', { relation })}</p>
          <FamilyMessages />
          {props.rebook}
        </>
      ) : (
        <p className="kid__text">{t('missed.childAskTeacher')}</p>
      )}
      <button
        className="kid__button kid__button--go kid__button--huge"
        data-testid="after-done"
        onClick={props.onDone}
      >
        {t('child.ok')}
      </button>
    </main>
  );
}

/** A warm heart beside the parent's picture: they still love you. */
function HeartIcon() {
  return (
    <svg className="missed__heart" viewBox="0 0 48 48" aria-hidden="true">
      <path
        d="M24 42 C10 32 4 24 4 16 C4 9 9 5 15 5 C19 5 22 7 24 11 C26 7 29 5 33 5 C39 5 44 9 44 16 C44 24 38 32 24 42 Z"
        fill="#e53950"
        stroke="#fff"
        strokeWidth="3"
      />
    </svg>
  );
}
