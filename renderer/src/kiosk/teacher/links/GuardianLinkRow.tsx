// One guardian's link. A new link replaces the old one at once (a leaked link
// is why one makes a new one); it is shown only now, as text and a QR code.
import { useState } from 'react';
import type { GuardianRecord } from '@hhc/common/records';
import { useTeacher } from '../TeacherContext';
import { Button, ConfirmButton, Status } from '../ui';
import { useAction } from '../useRequest';
import { LinkCard } from './LinkCard';

export function GuardianLinkRow(props: {
  guardian: GuardianRecord;
  serverUrl: string;
  onChanged: () => void;
}) {
  const { client, t } = useTeacher().kiosk;
  const { guardian } = props;
  const [shownUrl, setShownUrl] = useState<string>();
  const action = useAction();

  const regenerate = async () => {
    const link = await action.run(() => client.request('link:regenerate', { guardianId: guardian.id }));
    if (!link) return;
    // The server's public address when it has one: the kiosk's own may be a school LAN address.
    setShownUrl(link.url ?? `${props.serverUrl}${link.path}`);
    props.onChanged();
  };
  const revoke = async () => {
    if (
      await action.run(
        () => client.request('link:revoke', { guardianId: guardian.id }),
        t('teacher.links.revoked'),
      )
    ) {
      setShownUrl(undefined);
      props.onChanged();
    }
  };

  return (
    <li
      className="t-rows__item t-rows__item--wrap"
      data-testid="link-guardian"
      data-name={guardian.displayName}
    >
      <span className="t-rows__main">
        <strong>{t(`relation.${guardian.relation}`)}</strong> {guardian.displayName}{' '}
        {guardian.linkActive ? (
          <span className="t-badge t-badge--ok">{t('teacher.links.active')}</span>
        ) : (
          <span className="t-badge">{t('teacher.links.none')}</span>
        )}
      </span>
      {guardian.linkActive ? (
        <ConfirmButton
          label={t('teacher.links.regenerate')}
          question={t('teacher.links.regenerateQuestion')}
          testId="link-regenerate"
          disabled={action.busy}
          onConfirm={() => void regenerate()}
        />
      ) : (
        <Button
          tone="primary"
          testId="link-regenerate"
          disabled={action.busy}
          onClick={() => void regenerate()}
        >
          {t('teacher.links.create')}
        </Button>
      )}
      {guardian.linkActive && (
        <ConfirmButton
          label={t('teacher.links.revoke')}
          question={t('teacher.links.revokeQuestion')}
          testId="link-revoke"
          disabled={action.busy}
          onConfirm={() => void revoke()}
        />
      )}
      <Status action={action} />
      {shownUrl && <LinkCard url={shownUrl} onClose={() => setShownUrl(undefined)} />}
    </li>
  );
}
