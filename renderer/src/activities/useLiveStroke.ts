// The stroke under the finger: points are collected as the finger moves and
// sent in small pieces ten times a second (a few kbit/s), while the screen
// draws every point at once. Points closer than a few grid units to the last
// are dropped: invisible at these line widths, and they would only cost data.
import { useCallback, useEffect, useRef, useState } from 'react';
import { activityLimits } from '@hhc/common/activities/limits';
import type { Colour, StrokeWidth } from '@hhc/common/activities/schema';
import type { ActivityAction } from '@hhc/common/activities/schema';

/** How often the pieces of a stroke are sent while it is drawn. */
export const STROKE_FLUSH_MS = 100;
const MIN_STEP = 4;

export interface LiveStroke {
  id: number;
  colour: Colour;
  width: StrokeWidth;
  points: number[];
}

export function useLiveStroke(send: (action: ActivityAction) => void, nextId: () => number) {
  const [live, setLive] = useState<LiveStroke>();
  const current = useRef<LiveStroke>(undefined);
  const sent = useRef(0);
  const timer = useRef<ReturnType<typeof setInterval>>(undefined);

  const flush = useCallback(() => {
    const stroke = current.current;
    if (!stroke) return;
    while (sent.current < stroke.points.length) {
      const piece = stroke.points.slice(sent.current, sent.current + activityLimits.maxPointsPerMessage * 2);
      const first = sent.current === 0;
      sent.current += piece.length;
      // Only the first piece says the colour and width: later ones are just points.
      send(
        first
          ? { type: 'stroke', id: stroke.id, colour: stroke.colour, width: stroke.width, points: piece }
          : { type: 'stroke', id: stroke.id, points: piece },
      );
    }
  }, [send]);

  const start = useCallback(
    (x: number, y: number, colour: Colour, width: StrokeWidth) => {
      const stroke = { id: nextId(), colour, width, points: [x, y] };
      current.current = stroke;
      sent.current = 0;
      setLive({ ...stroke });
      flush(); // the dot appears on the other side at once
      clearInterval(timer.current);
      timer.current = setInterval(flush, STROKE_FLUSH_MS);
    },
    [flush, nextId],
  );

  const move = useCallback((x: number, y: number) => {
    const stroke = current.current;
    if (!stroke) return;
    const n = stroke.points.length;
    if (Math.abs(x - stroke.points[n - 2]!) + Math.abs(y - stroke.points[n - 1]!) < MIN_STEP) return;
    if (n / 2 >= activityLimits.maxPointsPerStroke) return;
    stroke.points.push(x, y);
    setLive({ ...stroke, points: stroke.points.slice() });
  }, []);

  const end = useCallback(() => {
    clearInterval(timer.current);
    flush();
    current.current = undefined;
    setLive(undefined);
  }, [flush]);

  useEffect(() => () => clearInterval(timer.current), []);

  return { live, start, move, end };
}
