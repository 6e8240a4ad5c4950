// What the server writes into the parent link's page, so the phone shows the
// child and the calls without first opening a connection (on slow mobile data
// every round trip is half a second or more).
import type { ParentOverview } from './protocol';

export const PARENT_BOOT_ELEMENT_ID = 'hhc-boot';

export type ParentBoot = { overview: ParentOverview } | { invalid: true };

/**
 * A non-executed JSON block for the page's <head>. Names come from teachers'
 * typing: "<" and friends are escaped so no text can end the element early.
 */
export function parentBootElement(boot: ParentBoot): string {
  const json = JSON.stringify(boot).replace(/[<>&\u2028\u2029]/g, (character) => {
    return `\\u${character.charCodeAt(0).toString(16).padStart(4, '0')}`;
  });
  return `<script type="application/json" id="${PARENT_BOOT_ELEMENT_ID}">${json}</script>`;
}
