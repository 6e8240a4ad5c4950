// The child never came to the call: say so kindly (no blame either way), and
// put booking the next one within one tap — same time next week, or one of
// the school's free times where parents may ask for one — or leave the child
// a voice message where messages are allowed.
import type { Locale, Translate } from '@hhc/common/i18n';
import type { SignalingClient } from '../call/SignalingClient';
import { RebookButton } from '../ui/RebookButton';
import { ParentMessages } from './ParentMessages';
import { RequestSlot } from './RequestSlot';

/** The next few free times: enough to pick one without scrolling past the rest of the screen. */
const MISSED_SLOTS = 4;

export function MissedCall(props: {
  client: SignalingClient;
  bookingId: string;
  childName: string;
  avatar: string | undefined;
  /** The child came but the school's side never connected: say so rather than "did not come". */
  childTried: boolean;
  canRequest: boolean;
  locale: Locale;
  t: Translate;
  onBack: () => void;
}) {
  const { t } = props;
  const name = props.childName;
  return (
    <main className="page outcome" data-testid="call-outcome" data-outcome="missed">
      <header className="page__child">
        {props.avatar && <img className="page__avatar" src={props.avatar} alt="" />}
        <h1 className="page__title" data-testid="call-status">
          {props.childTried ? t('missed.parentCouldNotConnect', { name }) : t('missed.parentTitle', { name })}
        </h1>
      </header>
      <p className="page__text">
        {props.childTried
          ? t('missed.parentCouldNotConnectKind', { name })
          : t('missed.parentKind', { name })}
      </p>
      <div className="outcome__actions">
        <RebookButton
          client={props.client}
          bookingId={props.bookingId}
          t={t}
          className="button button--join"
        />
      </div>
      {props.canRequest ? (
        <RequestSlot
          client={props.client}
          t={t}
          locale={props.locale}
          onRequested={() => undefined}
          openAtOnce
          shown={MISSED_SLOTS}
        />
      ) : (
        <p className="page__text">{t('missed.parentAskTeacher')}</p>
      )}
      {/* Where the school and the family allow messages: a few words for the child instead. */}
      <ParentMessages client={props.client} t={t} childName={name} avatar={props.avatar} />
      <div className="outcome__actions">
        <button className="button" data-testid="back-to-calls" onClick={props.onBack}>
          {t('reach.backToCalls')}
        </button>
      </div>
    </main>
  );
}
