// Asking for a call time from the parent page (where the school allows it):
// free slots of the next two weeks, one tap to ask; the teacher confirms.
import { useEffect, useState } from 'react';
import { formatDateTime } from '@hhc/common/format';
import type { Slot } from '@hhc/common/domain';
import type { Locale, Translate } from '@hhc/common/i18n';
import { refusalText } from '@hhc/common/refusalText';
import type { SignalingClient } from '../call/SignalingClient';

/** A phone screen shows a handful of times, not a fortnight of them. */
const SHOWN_SLOTS = 12;

export function RequestSlot(props: {
  client: SignalingClient;
  t: Translate;
  locale: Locale;
  onRequested: () => void;
  /** Show the free times at once (after a missed call: the next times one tap away). */
  openAtOnce?: boolean;
  /** How many times to list (default SHOWN_SLOTS). */
  shown?: number;
}) {
  const { t } = props;
  const [slots, setSlots] = useState<{ slots: Slot[]; timeZone: string }>();
  const [message, setMessage] = useState<string>();
  const open = () =>
    void props.client
      .request('parent:slots', {})
      .then(setSlots, () => setSlots({ slots: [], timeZone: 'Asia/Shanghai' }));
  const { openAtOnce } = props;
  useEffect(() => {
    if (openAtOnce) open();
    // Once, when the screen opens.
    // eslint-disable-next-line react-hooks/exhaustive-deps
  }, [openAtOnce]);
  const ask = async (startAt: number) => {
    try {
      await props.client.request('parent:request', { startAt });
      setMessage(t('parent.requestSent'));
      setSlots(undefined);
      props.onRequested();
    } catch (error) {
      setMessage(`${t('parent.requestFailed')} ${refusalText(error, t) ?? ''}`.trim());
    }
  };
  return (
    <section className="request" data-testid="request-slot">
      <h2 className="page__subtitle">{t('parent.requestTitle')}</h2>
      {message && (
        <p className="page__text" role="status" data-testid="request-message">
          {message}
        </p>
      )}
      {!slots ? (
        <button className="button" data-testid="request-open" onClick={open}>
          {t('parent.requestOpen')}
        </button>
      ) : (
        <>
          <p className="page__text">
            {slots.slots.length > 0 ? t('parent.requestHelp') : t('parent.noSlots')}
          </p>
          <div className="request__slots">
            {slots.slots.slice(0, props.shown ?? SHOWN_SLOTS).map((slot) => (
              <button
                key={slot.startAt}
                className="button request__slot"
                data-testid="request-slot-time"
                onClick={() => void ask(slot.startAt)}
              >
                {formatDateTime(slot.startAt, slots.timeZone, props.locale)}
              </button>
            ))}
          </div>
        </>
      )}
    </section>
  );
}
