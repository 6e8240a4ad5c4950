// What the parent sees when a call is over for this page: it ended (camera
// and microphone already off), it could not connect (plain things to try), or
// it failed. Each leads back to the link page, where the next calls are.
import type { ReactNode } from 'react';
import type { Translate } from '@hhc/common/i18n';
import { CallState } from '../call/CallSession';
import type { FinishedState } from '../ui/BookedCall';
import { browserKind } from './browser';

export function CallOutcome(props: {
  how: FinishedState;
  t: Translate;
  onRetry: () => void;
  onBack: () => void;
  /** "Same time next week" (ui/RebookButton), offered once a call is over. */
  rebook?: ReactNode;
}) {
  const { t, how } = props;
  const ended = how === CallState.Ended;
  return (
    <main className="page outcome" data-testid="call-outcome" data-outcome={how}>
      <h1 className="page__title" data-testid="call-status">
        {ended
          ? t('ended.parentTitle')
          : how === CallState.CannotConnect
            ? t('reach.parentTitle')
            : t('call.state.failed')}
      </h1>
      {ended && <p className="page__text">{t('ended.parentCameraOff')}</p>}
      {how === CallState.CannotConnect && <NetworkAdvice t={t} />}
      <div className="outcome__actions">
        {ended && props.rebook}
        {!ended && (
          <button className="button button--join" data-testid="try-again" onClick={props.onRetry}>
            {t('reach.tryAgain')}
          </button>
        )}
        <button className="button" data-testid="back-to-calls" onClick={props.onBack}>
          {t('reach.backToCalls')}
        </button>
      </div>
    </main>
  );
}

function NetworkAdvice(props: { t: Translate }) {
  const { t } = props;
  // Inside WeChat, its own browser is often the one that cannot connect: say how to leave it.
  const inWeChat = browserKind(navigator.userAgent) === 'wechat';
  return (
    <>
      <p className="page__text">{t('reach.parentWhy')}</p>
      <ol className="outcome__tries" data-testid="network-advice">
        <li>{t('reach.parentTrySwitch')}</li>
        {inWeChat ? <li>{t('reach.parentTryBrowser')}</li> : <li>{t('reach.parentTryMove')}</li>}
        {inWeChat ? <li>{t('reach.parentTryMove')}</li> : <li>{t('reach.parentTryBrowser')}</li>}
      </ol>
    </>
  );
}
