// Lets the self-view be dragged out of the way with a finger or the mouse.
import { useRef, useState, type CSSProperties, type PointerEvent } from 'react';

export function useDraggable() {
  const ref = useRef<HTMLDivElement>(null);
  const [offset, setOffset] = useState({ x: 0, y: 0 });
  const drag = useRef<{ startX: number; startY: number; baseX: number; baseY: number } | undefined>(
    undefined,
  );
  const style: CSSProperties = { transform: `translate(${offset.x}px, ${offset.y}px)`, touchAction: 'none' };
  const handlers = {
    onPointerDown: (event: PointerEvent<HTMLDivElement>) => {
      event.currentTarget.setPointerCapture(event.pointerId);
      drag.current = { startX: event.clientX, startY: event.clientY, baseX: offset.x, baseY: offset.y };
    },
    onPointerMove: (event: PointerEvent<HTMLDivElement>) => {
      const start = drag.current;
      if (!start) return;
      setOffset({
        x: start.baseX + event.clientX - start.startX,
        y: start.baseY + event.clientY - start.startY,
      });
    },
    onPointerUp: () => {
      drag.current = undefined;
    },
  };
  return { ref, style, handlers };
}
