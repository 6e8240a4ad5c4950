// Button symbols drawn inline (they follow the button's text colour), so
// buttons say what they do without reading.
const common = {
  viewBox: '0 0 48 48',
  fill: 'none',
  stroke: 'currentColor',
  strokeWidth: 5,
  strokeLinecap: 'round',
  strokeLinejoin: 'round',
  'aria-hidden': true,
} as const;

export function UndoIcon() {
  return (
    <svg {...common} className="icon">
      <path d="M20 10 L8 22 L20 34" />
      <path d="M8 22 H30 Q42 22 42 32 Q42 40 32 40 H26" />
    </svg>
  );
}

export function BackIcon() {
  return (
    <svg {...common} className="icon">
      <path d="M28 8 L12 24 L28 40" />
    </svg>
  );
}

export function MicIcon(props: { off: boolean }) {
  return (
    <svg {...common} className="icon">
      <rect x="17" y="5" width="14" height="24" rx="7" fill="currentColor" />
      <path d="M10 22 Q10 36 24 36 Q38 36 38 22 M24 36 V44" />
      {props.off && <path d="M6 6 L42 42" stroke="#ffd54f" strokeWidth="6" />}
    </svg>
  );
}

export function HangUpIcon() {
  return (
    <svg {...common} className="icon">
      <path
        d="M4 28 Q24 12 44 28 L40 34 L32 30 L32 24 Q24 21 16 24 L16 30 L8 34 Z"
        fill="currentColor"
        strokeWidth="2"
      />
    </svg>
  );
}

export function CameraIcon() {
  return (
    <svg {...common} className="icon">
      <rect x="4" y="12" width="28" height="24" rx="5" fill="currentColor" />
      <path d="M32 20 L44 13 V35 L32 28 Z" fill="currentColor" />
    </svg>
  );
}

/** The camera crossed out: "they cannot see you right now", for children who cannot read yet. */
export function CameraOffIcon() {
  return (
    <svg {...common} className="icon">
      <rect x="4" y="12" width="28" height="24" rx="5" fill="currentColor" stroke="none" />
      <path d="M32 20 L44 13 V35 L32 28 Z" fill="currentColor" stroke="none" />
      <path d="M6 6 L42 42" stroke="#c62828" />
    </svg>
  );
}

export function DoorIcon() {
  return (
    <svg {...common} className="icon">
      <path d="M20 6 H8 V42 H20" />
      <path d="M22 24 H42 M34 16 L42 24 L34 32" />
    </svg>
  );
}

export function PlusIcon() {
  return (
    <svg {...common} className="icon">
      <path d="M24 8 V40 M8 24 H40" />
    </svg>
  );
}

/** A calendar page with a circled day: "book again" (same time next week). */
export function CalendarIcon() {
  return (
    <svg {...common} className="icon">
      <rect x="6" y="10" width="36" height="32" rx="4" />
      <path d="M6 20 H42 M16 5 V14 M32 5 V14" />
      <circle cx="24" cy="31" r="4" fill="currentColor" />
    </svg>
  );
}
