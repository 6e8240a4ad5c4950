// Too many wrong PINs: the server waits a minute. A friendly picture and a
// ring that runs down, then back to the pictures by itself.
import { useEffect } from 'react';
import { useNow } from '../../ui/useNow';
import { useKiosk } from '../KioskContext';
import { BackIcon } from './Icons';
import { sceneUrl } from '../../ui/pictures';
import { Picture } from './Picture';
import { PIN_LOCK_MS } from './PinPad';
import { Ring } from './Ring';
import { clamp01 } from './ring';

export function LockedScreen(props: { until: number; onDone: () => void; onBack: () => void }) {
  const { t } = useKiosk();
  const now = useNow(250);
  const left = Math.max(0, props.until - now);
  const { onDone } = props;
  useEffect(() => {
    if (left <= 0) onDone();
  }, [left, onDone]);
  return (
    <main className="kid kid--locked" data-testid="pin-locked">
      <Picture src={sceneUrl('teacher')} className="kid__scene" />
      <h1 className="kid__title">{t('child.lockedTitle')}</h1>
      <Ring fraction={clamp01(left / PIN_LOCK_MS)} size={220} tone="calm" testId="locked-ring">
        <span className="ring__value">{Math.ceil(left / 1000)}</span>
      </Ring>
      <p className="kid__text">{t('child.lockedText')}</p>
      {/* Only this child waits: the next child may go back to the pictures at once. */}
      <button className="kid__button kid__button--back" data-testid="locked-back" onClick={props.onBack}>
        <BackIcon />
        {t('child.back')}
      </button>
    </main>
  );
}
