// Small building blocks every section uses: labelled fields, a line saying
// what just happened (or why it failed), a two-step confirmation, a card.
import { useState, type ReactNode } from 'react';
import type { Action } from './useRequest';
import { useTeacher } from './TeacherContext';
import './teacher.css';

export function Card(props: {
  title?: string;
  children: ReactNode;
  testId?: string;
  wide?: boolean;
  /** Less padding: for cards that say little (a day without bookings). */
  compact?: boolean;
}) {
  const modifiers = `${props.wide ? ' t-card--wide' : ''}${props.compact ? ' t-card--compact' : ''}`;
  return (
    <section className={`t-card${modifiers}`} data-testid={props.testId}>
      {props.title && <h2 className="t-card__title">{props.title}</h2>}
      {props.children}
    </section>
  );
}

export function Field(props: { label: string; children: ReactNode; hint?: string }) {
  return (
    <label className="t-field">
      <span className="t-field__label">{props.label}</span>
      {props.children}
      {props.hint && <span className="t-field__hint">{props.hint}</span>}
    </label>
  );
}

/** Pick one of a few values by tapping it (weekdays, relations, free slot times). */
export function Chips<T extends string | number>(props: {
  options: readonly T[];
  value: T | undefined;
  onPick: (value: T) => void;
  label: (value: T) => string;
  testId: (value: T) => string;
}) {
  return (
    <div className="t-chips">
      {props.options.map((option) => (
        <button
          key={option}
          type="button"
          className={`t-chip${props.value === option ? ' t-chip--on' : ''}`}
          data-testid={props.testId(option)}
          onClick={() => props.onPick(option)}
        >
          {props.label(option)}
        </button>
      ))}
    </div>
  );
}

/** What the last request did: the error in red, or a short confirmation. */
export function Status(props: { action?: Pick<Action, 'error' | 'done'>; error?: string; testId?: string }) {
  const error = props.error ?? props.action?.error;
  const done = props.action?.done;
  if (error)
    return (
      <p className="t-status t-status--error" role="alert" data-testid={props.testId ?? 'teacher-error'}>
        {error}
      </p>
    );
  if (done)
    return (
      <p className="t-status t-status--done" role="status" data-testid="teacher-done">
        {done}
      </p>
    );
  return null;
}

type Tone = 'primary' | 'danger' | 'plain';

export function Button(props: {
  onClick: () => void;
  children: ReactNode;
  tone?: Tone;
  disabled?: boolean;
  testId?: string;
  small?: boolean;
  type?: 'button' | 'submit';
}) {
  return (
    <button
      type={props.type ?? 'button'}
      className={`t-button t-button--${props.tone ?? 'plain'}${props.small ? ' t-button--small' : ''}`}
      disabled={props.disabled}
      data-testid={props.testId}
      onClick={props.onClick}
    >
      {props.children}
    </button>
  );
}

/** A destructive button that asks once more, in place, before it acts. */
export function ConfirmButton(props: {
  label: string;
  question: string;
  onConfirm: () => void;
  disabled?: boolean;
  testId?: string;
}) {
  const { kiosk } = useTeacher();
  const { t } = kiosk;
  const [asking, setAsking] = useState(false);
  if (!asking)
    return (
      <Button tone="danger" disabled={props.disabled} testId={props.testId} onClick={() => setAsking(true)}>
        {props.label}
      </Button>
    );
  return (
    <span className="t-confirm" role="alertdialog">
      <span className="t-confirm__question">{props.question}</span>
      <Button
        tone="danger"
        testId={props.testId && `${props.testId}-confirm`}
        onClick={() => {
          setAsking(false);
          props.onConfirm();
        }}
      >
        {t('teacher.confirm.yes')}
      </Button>
      <Button onClick={() => setAsking(false)}>{t('teacher.confirm.no')}</Button>
    </span>
  );
}

export function Loading(props: { loading: boolean; error?: string }) {
  const { kiosk } = useTeacher();
  if (props.error) return <Status error={props.error} />;
  return props.loading ? <p className="t-muted">{kiosk.t('teacher.loading')}</p> : null;
}
