// Symbols for the activity buttons, drawn inline and following the text colour.
import './stage.css';

const common = {
  viewBox: '0 0 48 48',
  fill: 'none',
  stroke: 'currentColor',
  strokeWidth: 4,
  strokeLinecap: 'round',
  strokeLinejoin: 'round',
  'aria-hidden': true,
  className: 'act-icon',
} as const;

export function BookIcon() {
  return (
    <svg {...common}>
      <path d="M24 12 Q16 6 5 8 V38 Q16 36 24 42 Q32 36 43 38 V8 Q32 6 24 12 Z" fill="#fff3c4" />
      <path d="M24 12 V42" />
    </svg>
  );
}

export function BrushIcon() {
  return (
    <svg {...common}>
      <path d="M30 6 L42 18 L22 38 L10 26 Z" fill="#ffcc80" />
      <path d="M10 26 Q2 34 6 42 Q14 46 22 38" fill="#e53935" stroke="#e53935" />
    </svg>
  );
}

export function CardsIcon() {
  return (
    <svg {...common}>
      <rect x="6" y="12" width="24" height="30" rx="4" fill="#bbdefb" transform="rotate(-10 18 27)" />
      <rect x="18" y="8" width="24" height="30" rx="4" fill="#fff" />
      <path d="M26 20 h10 M26 27 h8" />
    </svg>
  );
}

export function CloseIcon() {
  return (
    <svg {...common} strokeWidth={6}>
      <path d="M12 12 L36 36 M36 12 L12 36" />
    </svg>
  );
}

export function ArrowIcon(props: { back?: boolean }) {
  return (
    <svg {...common} strokeWidth={6}>
      <path d={props.back ? 'M30 8 L14 24 L30 40' : 'M18 8 L34 24 L18 40'} />
    </svg>
  );
}

export function UndoIcon() {
  return (
    <svg {...common} strokeWidth={5}>
      <path d="M20 10 L8 22 L20 34" />
      <path d="M8 22 H30 Q42 22 42 32 Q42 40 32 40 H26" />
    </svg>
  );
}

export function EraseIcon() {
  return (
    <svg {...common}>
      <path d="M8 30 L26 12 L40 26 L26 40 H16 Z" fill="#f8bbd0" />
      <path d="M18 20 L32 34 M16 40 H42" />
    </svg>
  );
}

export function KeepIcon() {
  return (
    <svg {...common}>
      <path d="M24 6 V30 M14 20 L24 30 L34 20" />
      <path d="M8 34 V42 H40 V34" />
    </svg>
  );
}

export function PenIcon(props: { width: number }) {
  return (
    <svg {...common}>
      <path d="M8 34 Q18 14 28 28 T42 16" strokeWidth={props.width} />
    </svg>
  );
}

export function FingerIcon() {
  return (
    <svg viewBox="0 0 48 48" aria-hidden="true" className="act-finger__icon">
      <circle cx="24" cy="24" r="20" fill="rgb(255 213 79 / 55%)" stroke="#ff6f00" strokeWidth="4" />
      <circle cx="24" cy="24" r="6" fill="#ff6f00" />
    </svg>
  );
}

/** The red round ✕ in a corner that closes a book, the canvas, the cards or the gallery. */
export function CloseButton(props: { testId: string; label: string; onClick: () => void; small?: boolean }) {
  return (
    <button
      className={props.small ? 'act-round act-round--small' : 'act-round act-round--close'}
      data-testid={props.testId}
      aria-label={props.label}
      onClick={props.onClick}
    >
      <CloseIcon />
    </button>
  );
}
