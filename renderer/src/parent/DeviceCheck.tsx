// Before the call: see yourself, watch the microphone bar move, switch to the
// back camera if you like, and get clear help when something is blocked.
import type { Translate } from '@hhc/common/i18n';
import { MicLevel } from '../ui/MicLevel';
import type { LocalMedia } from '../ui/useLocalMedia';
import { VideoTile } from '../ui/VideoTile';
import { PermissionHelp } from './PermissionHelp';

export function DeviceCheck(props: { media: LocalMedia; t: Translate; onReady: () => void }) {
  const { media, t } = props;
  return (
    <main className="page check" data-testid="device-check">
      <h1 className="page__title">{t('check.title')}</h1>
      {media.problem ? (
        <PermissionHelp problem={media.problem} t={t} onRetry={media.retry} />
      ) : (
        <>
          <p className="page__text">{t('check.camera')}</p>
          <VideoTile
            stream={media.stream}
            muted
            className={`check__preview check__preview--${media.facing}`}
            testId="preview"
          />
          <button
            className="button"
            data-testid="switch-camera"
            disabled={!media.stream}
            onClick={() => void media.switchCamera()}
          >
            {t('check.switchCamera')}
          </button>
          <p className="page__text">{t('check.microphone')}</p>
          <MicLevel stream={media.stream} label={t('check.microphone')} />
          <button
            className="button button--join"
            data-testid="devices-ready"
            disabled={!media.stream}
            onClick={props.onReady}
          >
            {t('check.ready')}
          </button>
        </>
      )}
    </main>
  );
}
