// What to do when the camera is blocked, in the words of the browser the parent is in.
import type { Translate } from '@hhc/common/i18n';
import type { MediaProblem } from '../ui/useLocalMedia';
import { browserKind } from './browser';

export function PermissionHelp(props: { problem: MediaProblem; t: Translate; onRetry: () => void }) {
  const { t } = props;
  const headline = {
    denied: t('check.denied'),
    'no-device': t('check.noDevice'),
    unsupported: t('help.noWebrtc'),
    failed: t('check.failed'),
  }[props.problem];
  const kind = browserKind(navigator.userAgent);
  return (
    <section className="help" data-testid="permission-help">
      <p className="help__headline">{headline}</p>
      {props.problem === 'denied' && <p className="help__steps">{t(`help.${kind}`)}</p>}
      {props.problem !== 'unsupported' && (
        <button className="button" data-testid="retry-media" onClick={props.onRetry}>
          {t('check.retry')}
        </button>
      )}
    </section>
  );
}
