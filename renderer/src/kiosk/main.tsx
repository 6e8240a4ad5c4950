import { teacherMessages } from '@hhc/common/i18n/teacher';
import { mountPage } from '../ui/mount';
import { KioskApp } from './KioskApp';

mountPage(
  'call.kioskTitle',
  ({ t, locale, params }) => (
    // The Electron app passes its server in the URL; a browser uses the page's own origin.
    <KioskApp serverUrl={params.get('server') ?? window.location.origin} t={t} locale={locale} />
  ),
  teacherMessages,
);
