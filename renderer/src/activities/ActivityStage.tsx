// What is open for both sides: the shelf, a book, or the canvas.
import type { ReactNode } from 'react';
import type { Translate } from '@hhc/common/i18n';
import type { Activities } from './useActivities';
import { BookReader } from './BookReader';
import { BookShelf } from './BookShelf';
import { DrawingBoard } from './DrawingBoard';
import './stage.css';

export function ActivityStage(props: { activities: Activities; t: Translate; keepButton: ReactNode }) {
  const { state } = props.activities;
  return (
    <section className="act-stage" data-testid="activity-stage" data-view={state.view}>
      {state.view === 'book' &&
        (state.book ? (
          <BookReader activities={props.activities} t={props.t} />
        ) : (
          <BookShelf activities={props.activities} t={props.t} />
        ))}
      {state.view === 'draw' && (
        <DrawingBoard activities={props.activities} t={props.t} keepButton={props.keepButton} />
      )}
    </section>
  );
}
