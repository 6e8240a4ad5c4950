// The server explains a refused booking in English for teachers' logs; a
// child gets one short sentence in their own language instead.
import type { MessageKey } from '@hhc/common/i18n';

const rules: Array<[RegExp, MessageKey]> = [
  [/full/i, 'child.refused.full'],
  [/no calls left|week/i, 'child.refused.weekly'],
  [/already has a call|already in use/i, 'child.refused.busy'],
  [/ahead|passed|no call time/i, 'child.refused.soon'],
  [/consent/i, 'child.refused.consent'],
];

export function refusalKey(serverMessage: string): MessageKey {
  return rules.find(([pattern]) => pattern.test(serverMessage))?.[1] ?? 'child.refused.other';
}
