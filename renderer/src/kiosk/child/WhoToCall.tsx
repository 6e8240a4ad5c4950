// Who to call, on one screen with pictures only: the family's guardians as big
// toggles (the first one already picked, one always stays picked), brothers
// and sisters as "和小红一起" toggles, and one big green button to book.
import { useState } from 'react';
import { MAX_CHILDREN_PER_BOOKING, MAX_GUARDIANS_PER_BOOKING } from '@hhc/common/domain';
import type { ChildHome } from '@hhc/common/protocol';
import { avatarUrl, relationUrl } from '../../ui/pictures';
import { useKiosk } from '../KioskContext';
import { canAdd, initialPick, toggleGuardian, toggleSibling, type FamilyPick } from './familyPick';
import { Picture } from './Picture';
import './family.css';

/** A tick drawn inline: "picked", readable without reading. */
export function TickIcon() {
  return (
    <svg viewBox="0 0 48 48" className="icon" aria-hidden fill="none" stroke="currentColor" strokeWidth={7}>
      <path d="M8 25 L19 36 L40 12" strokeLinecap="round" strokeLinejoin="round" />
    </svg>
  );
}

export function WhoToCall(props: { home: ChildHome; time: string; onBook: (pick: FamilyPick) => void }) {
  const { t } = useKiosk();
  const { guardians, siblings } = props.home;
  const guardianOrder = guardians.map((g) => g.id);
  const siblingOrder = siblings.map((s) => s.id);
  const [pick, setPick] = useState(() => initialPick(guardianOrder));

  return (
    <div className="kid__who" data-testid="who-to-call">
      <p className="kid__big-text" data-testid="picked-slot">
        {props.time}
      </p>
      <div className="kid__parents" role="group" aria-label={t('people.family')}>
        {guardians.map((guardian) => {
          const picked = pick.guardianIds.includes(guardian.id);
          return (
            <button
              key={guardian.id}
              className="kid__tile kid__tile--parent kid__toggle"
              data-testid="pick-parent"
              data-relation={guardian.relation}
              aria-pressed={picked}
              disabled={!picked && !canAdd(pick.guardianIds, MAX_GUARDIANS_PER_BOOKING)}
              onClick={() => setPick(toggleGuardian(pick, guardian.id, guardianOrder))}
            >
              <Picture src={relationUrl(guardian.relation)} className="kid__tile-picture" />
              <span className="kid__tile-name">{t(`relation.${guardian.relation}`)}</span>
              {picked && (
                <span className="kid__toggle-tick">
                  <TickIcon />
                </span>
              )}
            </button>
          );
        })}
      </div>
      {siblings.length > 0 && (
        <div className="kid__parents" role="group" aria-label={t('people.siblings')}>
          {siblings.map((sibling) => {
            const picked = pick.siblingIds.includes(sibling.id);
            return (
              <button
                key={sibling.id}
                className="kid__tile kid__tile--sibling kid__toggle"
                data-testid="pick-sibling"
                data-name={sibling.displayName}
                aria-pressed={picked}
                disabled={!picked && !canAdd(pick.siblingIds, MAX_CHILDREN_PER_BOOKING - 1)}
                onClick={() => setPick(toggleSibling(pick, sibling.id, siblingOrder))}
              >
                <Picture src={avatarUrl(sibling.avatar)} className="kid__tile-picture" />
                <span className="kid__tile-name">{t('people.with', { names: sibling.displayName })}</span>
                {picked && (
                  <span className="kid__toggle-tick">
                    <TickIcon />
                  </span>
                )}
              </button>
            );
          })}
        </div>
      )}
      <button
        className="kid__button kid__button--go kid__button--huge"
        data-testid="book-it"
        disabled={pick.guardianIds.length === 0}
        onClick={() => props.onBook(pick)}
      >
        <TickIcon />
        {t('people.bookIt')}
      </button>
    </div>
  );
}
