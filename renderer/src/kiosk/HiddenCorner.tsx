// The teacher's way out of child mode: press and hold the top-left corner for
// three seconds. Children tap; they rarely hold a blank corner that long.
import { useRef } from 'react';

const HOLD_MS = 3_000;

export function HiddenCorner(props: { onActivate: () => void }) {
  const timer = useRef<ReturnType<typeof setTimeout>>(undefined);
  const cancel = () => clearTimeout(timer.current);
  return (
    <div
      className="hidden-corner"
      data-testid="teacher-corner"
      aria-hidden="true"
      onPointerDown={() => {
        cancel();
        timer.current = setTimeout(props.onActivate, HOLD_MS);
      }}
      onPointerUp={cancel}
      onPointerLeave={cancel}
      onPointerCancel={cancel}
    />
  );
}
