// The activities as the parent sees them in the call: a row of three buttons
// (read, draw, talking cards) above the call's own; the open book or canvas
// big at the top with the child's video still visible; gentle prompts one at a
// time (swipe or tap for the next); and the picture card the child chose,
// with a hint on how to start. The drawing can be saved on the phone.
import { useMemo, useRef, useState, type PointerEvent } from 'react';
import type { Translate } from '@hhc/common/i18n';
import { pictureCardHints, pictureCardLines, talkPrompts } from '@hhc/common/activities/cards';
import { drawingSvg } from '@hhc/common/activities/drawing';
import type { CallState } from '../call/CallSession';
import type { SignalingClient } from '../call/SignalingClient';
import { ActivityStage } from './ActivityStage';
import { CardArt } from './cardArt';
import { BookIcon, BrushIcon, CardsIcon, CloseButton, KeepIcon } from './icons';
import { useActivities } from './useActivities';
import './cards.css';

const SWIPE_PX = 50;

export function ParentActivities(props: { client: SignalingClient; callState: CallState; t: Translate }) {
  const { t } = props;
  const activities = useActivities(props.client, props.callState, 'parent');
  const { state, act } = activities;
  const [promptIndex, setPromptIndex] = useState<number>();
  const [dismissedCard, setDismissedCard] = useState(0);
  const swipeStart = useRef<number>(undefined);
  const card = state.card && state.card.seq > dismissedCard ? state.card : null;

  const nextPrompt = () => {
    const next = ((promptIndex ?? -1) + 1) % talkPrompts.length;
    setPromptIndex(next);
    act({ type: 'prompt', index: next });
  };
  const prompt = promptIndex === undefined ? undefined : talkPrompts[promptIndex];

  // Made again only when the drawing changes (a piece arrives), not on every render.
  const drawing = state.drawing;
  const drawingHref = useMemo(
    () =>
      `data:image/svg+xml;charset=utf-8,${encodeURIComponent(drawingSvg(drawing.background, drawing.strokes))}`,
    [drawing],
  );
  const download = (
    <a
      className="act-tool"
      data-testid="download-drawing"
      aria-label={t('activity.download')}
      aria-disabled={state.drawing.strokes.length === 0}
      href={drawingHref}
      download="drawing.svg"
    >
      <KeepIcon />
    </a>
  );

  return (
    <div className="act act--parent" data-testid="activities" data-view={state.view}>
      <nav className="act-bar">
        <button
          className="act-pill"
          data-testid="open-books"
          aria-pressed={state.view === 'book'}
          onClick={() => act({ type: 'view', view: state.view === 'book' ? 'none' : 'book' })}
        >
          <BookIcon />
          <span>{t('activity.books')}</span>
        </button>
        <button
          className="act-pill"
          data-testid="open-draw"
          aria-pressed={state.view === 'draw'}
          onClick={() => act({ type: 'view', view: state.view === 'draw' ? 'none' : 'draw' })}
        >
          <BrushIcon />
          <span>{t('activity.draw')}</span>
        </button>
        <button
          className="act-pill"
          data-testid="open-cards"
          aria-pressed={prompt !== undefined}
          onClick={() => (prompt ? setPromptIndex(undefined) : nextPrompt())}
        >
          <CardsIcon />
          <span>{t('activity.cards')}</span>
        </button>
      </nav>
      {state.view !== 'none' && <ActivityStage activities={activities} t={t} keepButton={download} />}
      {prompt && (
        <section
          className="act-prompt"
          data-testid="prompt"
          data-index={promptIndex}
          onPointerDown={(event: PointerEvent) => {
            swipeStart.current = event.clientX;
          }}
          onPointerUp={(event: PointerEvent) => {
            if (swipeStart.current !== undefined && Math.abs(event.clientX - swipeStart.current) > SWIPE_PX)
              nextPrompt();
            swipeStart.current = undefined;
          }}
        >
          <h2 className="act-prompt__title">{t('activity.promptsTitle')}</h2>
          <p className="act-prompt__zh" lang="zh-CN">
            {prompt.zh}
          </p>
          <p className="act-prompt__en" lang="en">
            {prompt.en}
          </p>
          <button className="act-prompt__next" data-testid="next-prompt" onClick={nextPrompt}>
            {t('activity.nextPrompt')} →
          </button>
          <CloseButton
            testId="prompt-close"
            label={t('activity.close')}
            onClick={() => setPromptIndex(undefined)}
            small
          />
        </section>
      )}
      {card && (
        <section className="act-card-shown" data-testid="card-shown" data-card={card.id} role="status">
          <CardArt card={card.id} />
          <div>
            <p className="act-card-shown__what">
              {t('activity.cardShown')} <strong>{pictureCardLines[card.id].zh}</strong>
            </p>
            <p className="act-card-shown__hint">{pictureCardHints[card.id].zh}</p>
            <p className="act-card-shown__hint" lang="en">
              {pictureCardHints[card.id].en}
            </p>
          </div>
          <CloseButton
            testId="card-dismiss"
            label={t('activity.putAway')}
            onClick={() => setDismissedCard(card.seq)}
            small
          />
        </section>
      )}
    </div>
  );
}
