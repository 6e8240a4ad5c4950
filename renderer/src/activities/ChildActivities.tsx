// The activities as a child sees them in the call: three big picture buttons
// (books, drawing, cards); the open book or the canvas big beside the parent's
// video; picture cards to show the parent what they want to talk about; and
// "keep this drawing", which puts it in the child's gallery on this kiosk.
import { useEffect, useState, type ReactNode } from 'react';
import type { Translate } from '@hhc/common/i18n';
import { pictureCardIds } from '@hhc/common/activities/limits';
import { pictureCardLines } from '@hhc/common/activities/cards';
import type { ActivityState } from '@hhc/common/activities/state';
import type { CallState } from '../call/CallSession';
import type { SignalingClient } from '../call/SignalingClient';
import { ActivityStage } from './ActivityStage';
import { CardArt } from './cardArt';
import { BookIcon, BrushIcon, CardsIcon, CloseButton, KeepIcon } from './icons';
import { useActivities } from './useActivities';
import './cards.css';

export function ChildActivities(props: {
  client: SignalingClient;
  callState: CallState;
  t: Translate;
  /** Saves the drawing in this child's gallery; resolves true once it is stored. */
  keepDrawing: (drawing: ActivityState['drawing']) => Promise<boolean>;
  /** The kinds of activity the call has used so far, each time the list grows (for the call log). */
  onUsed?: (kinds: ActivityState['used']) => void;
}) {
  const { t } = props;
  const activities = useActivities(props.client, props.callState, 'kiosk');
  const { state, act } = activities;
  const [cardsOpen, setCardsOpen] = useState(false);
  const [keptSeq, setKeptSeq] = useState<number>();
  const card = state.card;
  const { onUsed } = props;
  useEffect(() => {
    if (state.used.length > 0) onUsed?.(state.used);
  }, [state.used, onUsed]);

  const keepButton = (
    <KeepButton
      t={t}
      kept={keptSeq !== undefined && keptSeq === state.drawing.strokes.length}
      disabled={state.drawing.strokes.length === 0}
      onKeep={async () => {
        if (await props.keepDrawing(state.drawing)) {
          setKeptSeq(state.drawing.strokes.length);
          act({ type: 'keep' });
        }
      }}
    />
  );

  return (
    <div className="act act--kiosk" data-testid="activities" data-view={state.view}>
      {state.view === 'none' && !cardsOpen && (
        <nav className="act-launcher">
          <LaunchButton
            testId="open-books"
            label={t('activity.books')}
            onClick={() => act({ type: 'view', view: 'book' })}
          >
            <BookIcon />
          </LaunchButton>
          <LaunchButton
            testId="open-draw"
            label={t('activity.draw')}
            onClick={() => act({ type: 'view', view: 'draw' })}
          >
            <BrushIcon />
          </LaunchButton>
          <LaunchButton testId="open-cards" label={t('activity.cards')} onClick={() => setCardsOpen(true)}>
            <CardsIcon />
          </LaunchButton>
        </nav>
      )}
      {state.view !== 'none' && <ActivityStage activities={activities} t={t} keepButton={keepButton} />}
      {cardsOpen && state.view === 'none' && (
        <div className="act-stage act-cards" data-testid="picture-cards">
          <ul className="act-cards__grid">
            {pictureCardIds.map((id) => (
              <li key={id}>
                <button
                  className="act-card"
                  data-testid={`card-${id}`}
                  aria-pressed={card?.id === id}
                  onClick={() => {
                    act({ type: 'card', card: id });
                    setCardsOpen(false);
                  }}
                >
                  <CardArt card={id} />
                  <span className="act-card__label">{pictureCardLines[id].zh}</span>
                </button>
              </li>
            ))}
          </ul>
          <CloseButton testId="cards-close" label={t('activity.close')} onClick={() => setCardsOpen(false)} />
        </div>
      )}
      {card && !cardsOpen && (
        <div className="act-shown" data-testid="card-shown" data-card={card.id}>
          <CardArt card={card.id} />
          <CloseButton
            testId="card-put-away"
            label={t('activity.putAway')}
            onClick={() => act({ type: 'card', card: null })}
            small
          />
        </div>
      )}
    </div>
  );
}

function LaunchButton(props: { testId: string; label: string; onClick: () => void; children: ReactNode }) {
  return (
    <button className="act-launch" data-testid={props.testId} onClick={props.onClick}>
      {props.children}
      <span>{props.label}</span>
    </button>
  );
}

function KeepButton(props: { t: Translate; kept: boolean; disabled: boolean; onKeep: () => Promise<void> }) {
  const [busy, setBusy] = useState(false);
  return (
    <button
      className="act-tool act-tool--keep"
      data-testid="keep-drawing"
      data-kept={props.kept}
      aria-label={props.kept ? props.t('activity.kept') : props.t('activity.keep')}
      disabled={props.disabled || busy || props.kept}
      onClick={() => {
        setBusy(true);
        void props.onKeep().finally(() => setBusy(false));
      }}
    >
      <KeepIcon />
    </button>
  );
}
