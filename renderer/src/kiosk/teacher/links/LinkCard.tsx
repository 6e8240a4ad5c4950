// A new parent link on screen: big enough to photograph its QR code from a
// phone, and the link itself to copy into WeChat.
import { useEffect, useState } from 'react';
import QRCode from 'qrcode';
import { copyText } from '../clipboard';
import { useTeacher } from '../TeacherContext';
import { Button } from '../ui';

export function LinkCard(props: { url: string; onClose: () => void }) {
  const { t } = useTeacher().kiosk;
  const [qr, setQr] = useState<string>();
  const [copied, setCopied] = useState<boolean>();
  useEffect(() => {
    let live = true;
    QRCode.toDataURL(props.url, { margin: 2, width: 320, errorCorrectionLevel: 'M' }).then(
      (data) => live && setQr(data),
      () => live && setQr(undefined),
    );
    return () => {
      live = false;
    };
  }, [props.url]);

  return (
    <div className="t-linkcard" data-testid="link-card">
      {qr && <img className="t-linkcard__qr" src={qr} alt={t('teacher.links.qr')} data-testid="link-qr" />}
      <div className="t-linkcard__text">
        <p className="t-linkcard__hint">{t('teacher.links.shownOnce')}</p>
        <code className="t-linkcard__url" data-testid="link-url">
          {props.url}
        </code>
        <div className="t-row">
          <Button tone="primary" testId="link-copy" onClick={() => void copyText(props.url).then(setCopied)}>
            {t('teacher.links.copy')}
          </Button>
          <Button onClick={props.onClose}>{t('teacher.links.hide')}</Button>
        </div>
        {copied === true && <p className="t-status t-status--done">{t('teacher.links.copied')}</p>}
        {copied === false && <p className="t-status t-status--warn">{t('teacher.links.copyFailed')}</p>}
      </div>
    </div>
  );
}
