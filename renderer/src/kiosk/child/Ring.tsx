// A countdown ring: the coloured arc shrinks as time runs out, so a child who
// cannot read digits still sees "a little time left" or "a lot".
import type { ReactNode } from 'react';
import { ringStroke } from './ring';

const R = 52;

export function Ring(props: {
  /** 0…1 of the ring still drawn. */
  fraction: number;
  tone?: 'calm' | 'go' | 'warning';
  size: number;
  testId?: string;
  children?: ReactNode;
}) {
  const { circumference, offset } = ringStroke(props.fraction, R);
  return (
    <div
      className={`ring ring--${props.tone ?? 'calm'}`}
      style={{ width: props.size, height: props.size }}
      data-testid={props.testId}
      data-fraction={props.fraction.toFixed(3)}
    >
      <svg viewBox="0 0 120 120" aria-hidden="true">
        <circle className="ring__track" cx="60" cy="60" r={R} />
        <circle
          className="ring__arc"
          cx="60"
          cy="60"
          r={R}
          strokeDasharray={circumference}
          strokeDashoffset={offset}
          transform="rotate(-90 60 60)"
        />
      </svg>
      <div className="ring__label">{props.children}</div>
    </div>
  );
}
