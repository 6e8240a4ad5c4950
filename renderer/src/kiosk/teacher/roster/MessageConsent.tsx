// A guardian's consent for voice messages, beside their name in the roster:
// separate from the call consent, with its date and the teacher who recorded
// it; record it (today by default) or withdraw it after a confirmation.
import { useCallback, useState } from 'react';
import type { MessageConsentRecord } from '@hhc/common/api/staffMessages';
import type { GuardianRecord } from '@hhc/common/records';
import { useTeacher } from '../TeacherContext';
import { Button, ConfirmButton, Status } from '../ui';
import { useAction, useLoad, type Loaded } from '../useRequest';
import { instantToZoned } from '../zonedTime';

/** The child's guardians' consents for messages, loaded once for the guardian list. */
export function useMessageConsents(childId: string): Loaded<MessageConsentRecord[]> {
  const { client } = useTeacher().kiosk;
  return useLoad(useCallback(() => client.request('message:consent-list', { childId }), [client, childId]));
}

export function MessageConsent(props: {
  guardian: GuardianRecord;
  consent: MessageConsentRecord | undefined;
  onChanged: () => void;
}) {
  const { kiosk, timeZone } = useTeacher();
  const { client, t } = kiosk;
  const [date, setDate] = useState(() => instantToZoned(Date.now(), timeZone).date);
  const action = useAction();
  const given = props.consent?.date ?? null;
  const save = async (value: string | null) => {
    if (
      await action.run(
        () => client.request('message:consent', { guardianId: props.guardian.id, date: value }),
        t('teacher.saved'),
      )
    )
      props.onChanged();
  };

  return (
    <div className="t-message-consent" data-testid="message-consent" data-given={given !== null}>
      <span className="t-field__label">{t('teacher.messageConsent.label')}</span>
      {given ? (
        <>
          <span className="t-badge t-badge--ok" data-testid="message-consent-summary">
            {props.consent?.recordedBy
              ? t('teacher.messageConsent.given', { date: given, by: props.consent.recordedBy })
              : t('teacher.messageConsent.givenNoBy', { date: given })}
          </span>
          <ConfirmButton
            label={t('teacher.messageConsent.withdraw')}
            question={t('teacher.messageConsent.withdrawQuestion', { name: props.guardian.displayName })}
            testId="message-consent-withdraw"
            disabled={action.busy}
            onConfirm={() => void save(null)}
          />
        </>
      ) : (
        <>
          <span className="t-badge">{t('teacher.messageConsent.none')}</span>
          <input
            className="t-input t-input--date"
            type="date"
            data-testid="message-consent-date"
            aria-label={t('teacher.consent.date')}
            value={date}
            onChange={(e) => setDate(e.target.value)}
          />
          <Button
            small
            tone="primary"
            testId="message-consent-record"
            disabled={action.busy || !/^\d{4}-\d{2}-\d{2}$/.test(date)}
            onClick={() => void save(date)}
          >
            {t('teacher.messageConsent.record')}
          </Button>
        </>
      )}
      <Status action={action} />
    </div>
  );
}
