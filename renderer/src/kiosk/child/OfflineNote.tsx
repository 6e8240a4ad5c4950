// The server checks PINs and runs calls: without it, say so kindly, with a picture.
import { useKiosk } from '../KioskContext';
import { sceneUrl } from '../../ui/pictures';
import { Picture } from './Picture';

export function OfflineNote() {
  const { t } = useKiosk();
  return (
    <aside className="kid__offline" role="status" data-testid="offline-note">
      <Picture src={sceneUrl('offline')} className="kid__offline-picture" />
      <div>
        <strong>{t('child.offlineTitle')}</strong>
        <p>{t('child.offlineText')}</p>
      </div>
    </aside>
  );
}
