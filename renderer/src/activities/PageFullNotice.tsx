// "The page is full": said on both screens as soon as the shared page has no
// room left (common/activities/state.ts decides, from the state both hold), so
// a line that stops growing is never a mystery. A picture first for children
// who cannot read yet, and the way on: rub something out, or clear and start again.
import type { Translate } from '@hhc/common/i18n';
import { colourHex } from '@hhc/common/activities/drawing';
import { EraseIcon } from './icons';

/** A sheet covered edge to edge in coloured scribbles. */
function FullPagePicture() {
  const lines = [
    { colour: colourHex.red, y: 14 },
    { colour: colourHex.orange, y: 26 },
    { colour: colourHex.green, y: 38 },
    { colour: colourHex.blue, y: 50 },
    { colour: colourHex.black, y: 62 },
  ];
  return (
    <svg className="act-full__picture" viewBox="0 0 96 76" aria-hidden="true">
      <rect x="3" y="3" width="90" height="70" rx="8" fill="#fff" stroke="#bdbdbd" strokeWidth="3" />
      {lines.map(({ colour, y }) => (
        <path
          key={y}
          d={`M10 ${y} l8 -6 l8 6 l8 -6 l8 6 l8 -6 l8 6 l8 -6 l8 6 l8 -6 l6 4`}
          fill="none"
          stroke={colour}
          strokeWidth="5"
          strokeLinecap="round"
          strokeLinejoin="round"
        />
      ))}
    </svg>
  );
}

export function PageFullNotice(props: { t: Translate; onClear: () => void }) {
  const { t } = props;
  return (
    <div className="act-full" role="status" data-testid="page-full">
      <FullPagePicture />
      <div className="act-full__words">
        <p className="act-full__title">{t('activity.pageFull')}</p>
        <p className="act-full__hint">{t('activity.pageFullHint')}</p>
        <button className="act-full__clear" data-testid="page-full-clear" onClick={props.onClear}>
          <EraseIcon /> {t('activity.pageFullClear')}
        </button>
      </div>
    </div>
  );
}
