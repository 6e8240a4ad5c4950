// The shared canvas: both sides draw with a finger or a mouse, a few big
// colours, thick or thin, undo of one's own last line, clear (asked first),
// a blank or a colouring page. Lines appear on the other side while drawn.
// When the page is full, both sides are told so, and no new line starts.
import { useCallback, useRef, useState, type PointerEvent, type ReactNode } from 'react';
import type { Translate } from '@hhc/common/i18n';
import { backgroundIds, colourIds } from '@hhc/common/activities/limits';
import type { Background, Colour, StrokeWidth } from '@hhc/common/activities/schema';
import {
  CANVAS_HEIGHT,
  CANVAS_WIDTH,
  colourHex,
  colouringOutlines,
  pointsAttribute,
  strokeWidthUnits,
} from '@hhc/common/activities/drawing';
import { drawingIsFull, type Stroke } from '@hhc/common/activities/state';
import type { Activities } from './useActivities';
import { gridPoint } from './grid';
import { CloseButton, EraseIcon, PenIcon, UndoIcon } from './icons';
import { useLiveStroke } from './useLiveStroke';
import { PageFullNotice } from './PageFullNotice';
import './drawing.css';

function StrokeLine(props: { stroke: Pick<Stroke, 'colour' | 'width' | 'points'> }) {
  const { points } = props.stroke;
  return (
    <polyline
      points={pointsAttribute(points.length === 2 ? [...points, ...points] : points)}
      stroke={colourHex[props.stroke.colour]}
      strokeWidth={strokeWidthUnits[props.stroke.width]}
      strokeLinecap="round"
      strokeLinejoin="round"
      fill="none"
    />
  );
}

export function Outline({ background }: { background: Background }) {
  if (background === 'blank') return null;
  return (
    <g fill="none" stroke="#9e9e9e" strokeWidth="6">
      {colouringOutlines[background].map((d) => (
        <path key={d} d={d} />
      ))}
    </g>
  );
}

export function DrawingBoard(props: {
  activities: Activities;
  t: Translate;
  /** Keep (kiosk) or save to the phone (parent). */
  keepButton: ReactNode;
}) {
  const { state, act, role } = props.activities;
  const { t } = props;
  const [colour, setColour] = useState<Colour>('blue');
  const [width, setWidth] = useState<StrokeWidth>('thick');
  const [confirmClear, setConfirmClear] = useState(false);
  const lastId = useRef(0);
  const strokes = state.drawing.strokes;
  const full = drawingIsFull(strokes);
  const nextId = useCallback(() => {
    // Above every id of ours the call already holds, so a rejoin never continues an old line.
    let max = lastId.current;
    for (const stroke of strokes) if (stroke.by === role && stroke.id > max) max = stroke.id;
    lastId.current = max + 1;
    return lastId.current;
  }, [strokes, role]);
  const { live, start, move, end } = useLiveStroke(act, nextId);
  const drawing = useRef(false);

  const down = (event: PointerEvent<SVGSVGElement>) => {
    if (full) return; // the server would refuse it: the line would vanish when the finger lifts
    event.currentTarget.setPointerCapture?.(event.pointerId);
    drawing.current = true;
    const { x, y } = gridPoint(event, CANVAS_HEIGHT);
    start(x, y, colour, width);
  };
  const moveTo = (event: PointerEvent<SVGSVGElement>) => {
    if (!drawing.current) return;
    const { x, y } = gridPoint(event, CANVAS_HEIGHT);
    move(x, y);
  };
  const up = () => {
    if (!drawing.current) return;
    drawing.current = false;
    end();
  };

  return (
    <div className="act-draw" data-testid="drawing">
      <svg
        className="act-draw__canvas"
        data-testid="canvas"
        data-strokes={strokes.length}
        data-full={full}
        viewBox={`0 0 ${CANVAS_WIDTH} ${CANVAS_HEIGHT}`}
        onPointerDown={down}
        onPointerMove={moveTo}
        onPointerUp={up}
        onPointerCancel={up}
      >
        <rect width={CANVAS_WIDTH} height={CANVAS_HEIGHT} fill="#fff" />
        <Outline background={state.drawing.background} />
        {strokes.map((stroke) =>
          live && stroke.by === role && stroke.id === live.id ? null : (
            <StrokeLine key={`${stroke.by}-${stroke.id}`} stroke={stroke} />
          ),
        )}
        {live && <StrokeLine stroke={live} />}
      </svg>
      <div className="act-draw__tools">
        <div className="act-draw__colours" role="radiogroup">
          {colourIds.map((id) => (
            <button
              key={id}
              className="act-colour"
              data-testid={`colour-${id}`}
              role="radio"
              aria-checked={colour === id}
              aria-label={id}
              style={{ background: colourHex[id] }}
              onClick={() => setColour(id)}
            />
          ))}
        </div>
        <div className="act-draw__row">
          {(['thin', 'thick'] as const).map((w) => (
            <button
              key={w}
              className="act-tool"
              data-testid={`width-${w}`}
              aria-pressed={width === w}
              aria-label={t(`activity.${w}`)}
              style={{ color: colourHex[colour] }}
              onClick={() => setWidth(w)}
            >
              <PenIcon width={w === 'thin' ? 3 : 9} />
            </button>
          ))}
          <button
            className="act-tool"
            data-testid="undo"
            aria-label={t('activity.undo')}
            disabled={!strokes.some((stroke) => stroke.by === role)}
            onClick={() => act({ type: 'undo' })}
          >
            <UndoIcon />
          </button>
          <button
            className="act-tool"
            data-testid="clear"
            aria-label={t('activity.clear')}
            disabled={strokes.length === 0}
            onClick={() => setConfirmClear(true)}
          >
            <EraseIcon />
          </button>
          {props.keepButton}
        </div>
        <div className="act-draw__pages">
          {backgroundIds.map((id) => (
            <button
              key={id}
              className="act-page-choice"
              data-testid={`background-${id}`}
              aria-pressed={state.drawing.background === id}
              aria-label={t(`activity.page.${id}`)}
              onClick={() => act({ type: 'background', background: id })}
            >
              <svg viewBox={`0 0 ${CANVAS_WIDTH} ${CANVAS_HEIGHT}`} aria-hidden="true">
                <rect width={CANVAS_WIDTH} height={CANVAS_HEIGHT} fill="#fff" />
                <Outline background={id} />
              </svg>
            </button>
          ))}
        </div>
      </div>
      {full && !confirmClear && <PageFullNotice t={t} onClear={() => setConfirmClear(true)} />}
      {confirmClear && (
        <div className="act-confirm" role="dialog" data-testid="clear-confirm">
          <p>{t('activity.clearConfirm')}</p>
          <button
            className="act-confirm__yes"
            data-testid="clear-yes"
            onClick={() => {
              setConfirmClear(false);
              act({ type: 'clear' });
            }}
          >
            <EraseIcon /> {t('activity.yes')}
          </button>
          <button className="act-confirm__no" data-testid="clear-no" onClick={() => setConfirmClear(false)}>
            {t('activity.no')}
          </button>
        </div>
      )}
      <CloseButton
        testId="activity-close"
        label={t('activity.close')}
        onClick={() => act({ type: 'view', view: 'none' })}
      />
    </div>
  );
}
