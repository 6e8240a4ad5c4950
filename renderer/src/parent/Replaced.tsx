// This page's place in the call was taken by the same link opened on another
// phone (call:closed 'replaced'). The call goes on there: no "try again" and
// no "same time next week" here, which would only take it back and start a
// tug of war between the two phones.
import type { Translate } from '@hhc/common/i18n';

export function Replaced(props: { t: Translate }) {
  const { t } = props;
  return (
    <main className="page outcome" data-testid="call-outcome" data-outcome="replaced">
      <PhonesPicture />
      <h1 className="page__title" data-testid="call-status">
        {t('replaced.title')}
      </h1>
      <p className="page__text">{t('replaced.text')}</p>
    </main>
  );
}

/** This phone handing the call over to another one (drawn: phones may lack emoji fonts). */
function PhonesPicture() {
  const phone = (x: number, lit: boolean) => (
    <g>
      <rect x={x} y="8" width="44" height="80" rx="8" fill={lit ? '#2e9e4f' : '#3d4b5c'} />
      <rect x={x + 5} y="18" width="34" height="56" rx="3" fill={lit ? '#c8f0d2' : '#1f2833'} />
      <circle cx={x + 22} cy="81" r="3" fill="#dce6f0" />
    </g>
  );
  return (
    <svg className="outcome__phones" viewBox="0 0 200 96" aria-hidden="true">
      {phone(8, false)}
      <path
        d="M66 48 H128 M114 34 L130 48 L114 62"
        stroke="#dce6f0"
        strokeWidth="7"
        fill="none"
        strokeLinecap="round"
        strokeLinejoin="round"
      />
      {phone(148, true)}
    </svg>
  );
}
