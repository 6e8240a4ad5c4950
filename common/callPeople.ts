// Who else is in a family call, as each screen says it: the child at the kiosk
// sees the guardians and their brothers and sisters ("和妈妈、爸爸一起 · 和小红一起"),
// a parent sees the other guardians and the other children. One module so the
// kiosk, the parent page and the server-rendered first screen agree.
import type { CallChild, CallGuardian } from './api/family';
import type { Locale, Translate } from './i18n';

type Child = Omit<CallChild, 'id'> & { id?: string };
type Guardian = Omit<CallGuardian, 'id'> & { id?: string };

/** "妈妈、爸爸、小红" / "Mum, Dad and Lily": how each language lists a few names. */
export function joinNames(names: readonly string[], locale: Locale): string {
  if (locale === 'zh-CN') return names.join('、');
  if (names.length <= 1) return names.join('');
  return `${names.slice(0, -1).join(', ')} and ${names[names.length - 1]!}`;
}

export interface Others<C extends Child, G extends Guardian> {
  guardians: G[];
  children: C[];
}

/** Everyone in the call but the viewer: a child at the kiosk (by id) or a guardian (by id or, on the parent page, by relation and name). */
export function othersInCall<C extends Child, G extends Guardian>(
  call: { children: readonly C[]; guardians: readonly G[] },
  viewer: {
    child?: { id?: string; displayName: string };
    guardian?: { id?: string; relation: string; displayName: string };
  },
): Others<C, G> {
  return {
    children: dropFirst(call.children, (c) => (viewer.child ? samePerson(c, viewer.child) : false)),
    guardians: dropFirst(call.guardians, (g) =>
      viewer.guardian ? samePerson(g, viewer.guardian) && g.relation === viewer.guardian.relation : false,
    ),
  };
}

function samePerson(a: { id?: string; displayName: string }, b: { id?: string; displayName: string }) {
  return a.id !== undefined && b.id !== undefined ? a.id === b.id : a.displayName === b.displayName;
}

/** Only the viewer's own entry goes: two guardians may share a relation word (two aunts). */
function dropFirst<T>(items: readonly T[], isViewer: (item: T) => boolean): T[] {
  const index = items.findIndex(isViewer);
  return index < 0 ? [...items] : [...items.slice(0, index), ...items.slice(index + 1)];
}

/** "和妈妈、爸爸一起 · 和小红一起"; empty when nobody else is in the call. */
export function withLine(others: Others<Child, Guardian>, t: Translate, locale: Locale): string {
  const parts: string[] = [];
  const guardians = others.guardians.map((g) => t(`relation.${g.relation}`));
  if (guardians.length > 0) parts.push(t('people.with', { names: joinNames(guardians, locale) }));
  const children = others.children.map((c) => c.displayName);
  if (children.length > 0) parts.push(t('people.with', { names: joinNames(children, locale) }));
  return parts.join(' · ');
}

/** "妈妈、爸爸": the guardians of a call as the child calls them. */
export function guardianWords(guardians: readonly Guardian[], t: Translate, locale: Locale): string {
  return joinNames(
    guardians.map((g) => t(`relation.${g.relation}`)),
    locale,
  );
}

/** The parent page's line for one call: everyone but this guardian and the page's own child. */
export function parentWithLine(
  call: { children: readonly Child[]; guardians: readonly Guardian[] },
  viewer: { child: { displayName: string }; guardian: { relation: string; displayName: string } },
  t: Translate,
  locale: Locale,
): string {
  return withLine(othersInCall(call, viewer), t, locale);
}
