// The parent link page's first screen as HTML, written by the server into the
// page itself: the child's name and picture, the calls and their calendar
// files are readable before any script has arrived or run (slow data, a cheap
// phone, scripts blocked). React then takes the page over with the same
// markup (renderer/src/parent/ParentApp.tsx), adding the phone's own time and
// a working "join" button.
import { parentWithLine } from './callPeople';
import { formatDateTime } from './format';
import type { Translate } from './i18n';
import type { ParentCall, ParentOverview } from './protocol';

export interface FirstScreenInput {
  overview: ParentOverview;
  token: string;
  now: number;
  t: Translate;
  locale: 'zh-CN' | 'en';
  /** The hashed URL of the child's picture in the build, if known. */
  avatarUrl: string | undefined;
}

const entities: Record<string, string> = {
  '&': '&amp;',
  '<': '&lt;',
  '>': '&gt;',
  '"': '&quot;',
  "'": '&#39;',
};

/** Text and attribute values from teachers' typing: nothing in them can become markup. */
export function escapeHtml(text: string): string {
  return text.replace(/[&<>"']/g, (character) => entities[character]!);
}

export function renderParentFirstScreen(input: FirstScreenInput): string {
  const { overview, t } = input;
  const picture = input.avatarUrl
    ? `<img class="page__avatar" src="${escapeHtml(input.avatarUrl)}" alt="">`
    : '';
  const calls = overview.calls.map((call) => callItem(call, input)).join('');
  return [
    '<main class="page">',
    `<header class="page__child">${picture}`,
    `<h1 class="page__title" data-testid="child-name">${escapeHtml(overview.child.displayName)}</h1></header>`,
    `<h2 class="page__subtitle">${escapeHtml(t('parent.callsTitle'))}</h2>`,
    overview.calls.length === 0 ? `<p class="page__text">${escapeHtml(t('parent.noCalls'))}</p>` : '',
    `<ul class="calls">${calls}</ul>`,
    `<p class="page__hint">${escapeHtml(t('parent.timeZoneNote'))}</p>`,
    // Without scripts there is no call: say what to do instead of a button that does nothing.
    `<noscript><p class="page__text">${escapeHtml(t('parent.needsScripts'))}</p></noscript>`,
    '</main>',
  ].join('');
}

function callItem(call: ParentCall, input: FirstScreenInput): string {
  const { t } = input;
  const joinable =
    (call.status === 'confirmed' || call.status === 'in_progress') &&
    input.now >= call.joinableFrom &&
    input.now < call.endAt;
  // The button comes alive when the page's script has taken over.
  const state =
    call.status === 'requested'
      ? `<span class="calls__status">${escapeHtml(t('parent.requested'))}</span>`
      : joinable
        ? `<button class="button button--join" disabled>${escapeHtml(t('parent.joinCall'))}</button>`
        : `<span class="calls__status">${escapeHtml(t('parent.notYet'))}</span>`;
  const people = parentWithLine(call, input.overview, t, input.locale);
  const ics = `/p/${encodeURIComponent(input.token)}/calls/${encodeURIComponent(call.id)}.ics`;
  return (
    '<li class="calls__item" data-testid="call-item">' +
    `<span class="calls__time">${escapeHtml(formatDateTime(call.startAt, input.overview.school.timeZone, input.locale))}</span>` +
    (people ? `<span class="calls__people" data-testid="call-people">${escapeHtml(people)}</span>` : '') +
    state +
    `<a class="calls__calendar" href="${escapeHtml(ics)}" download="call.ics">${escapeHtml(t('parent.addToCalendar'))}</a>` +
    '</li>'
  );
}
