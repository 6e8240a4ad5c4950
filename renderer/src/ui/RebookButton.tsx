// "Same time next week" as one tap after a call, on the kiosk and the phone.
// The server applies the school's rules; a refusal says which one, kindly.
import { useState, type ReactNode } from 'react';
import type { Translate } from '@hhc/common/i18n';
import { refusalText } from '@hhc/common/refusalText';
import type { SignalingClient } from '../call/SignalingClient';

type Outcome =
  { kind: 'idle' | 'busy' } | { kind: 'done'; requested: boolean } | { kind: 'refused'; text: string };

export function RebookButton(props: {
  client: SignalingClient;
  bookingId: string;
  t: Translate;
  className: string;
  /** A picture beside the words (the kiosk's children may not read yet). */
  icon?: ReactNode;
}) {
  const { t } = props;
  const [outcome, setOutcome] = useState<Outcome>({ kind: 'idle' });
  if (outcome.kind === 'done')
    return (
      <p
        className="rebook__done"
        data-testid="rebook-done"
        data-status={outcome.requested ? 'requested' : 'confirmed'}
      >
        {outcome.requested ? t('rebook.requested') : t('rebook.booked')}
      </p>
    );
  if (outcome.kind === 'refused')
    return (
      <p className="rebook__refused" data-testid="rebook-refused">
        {outcome.text}
      </p>
    );
  return (
    <button
      className={props.className}
      data-testid="rebook"
      disabled={outcome.kind === 'busy'}
      onClick={() => {
        setOutcome({ kind: 'busy' });
        props.client.request('booking:rebook', { bookingId: props.bookingId }).then(
          ({ booking }) => setOutcome({ kind: 'done', requested: booking.status === 'requested' }),
          (error: unknown) =>
            setOutcome({
              kind: 'refused',
              text: `${t('rebook.refused')} ${refusalText(error, t) ?? ''}`.trim(),
            }),
        );
      }}
    >
      {props.icon}
      {t('rebook.sameTime')}
    </button>
  );
}
