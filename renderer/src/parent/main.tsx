import { mountPage, Notice } from '../ui/mount';
import { readParentBoot } from './boot';
import { ParentApp } from './ParentApp';

// The link is /p/<token>; the token never leaves this page except to our own server.
const token = /^\/p\/([A-Za-z0-9_-]{16,128})\/?$/.exec(window.location.pathname)?.[1];
const boot = readParentBoot(document);

mountPage('call.parentTitle', ({ t, locale }) =>
  token && !(boot && 'invalid' in boot) ? (
    <ParentApp token={token} t={t} locale={locale} initialOverview={boot?.overview} />
  ) : (
    <Notice text={t('parent.invalidLink')} testId="invalid-link" />
  ),
);
