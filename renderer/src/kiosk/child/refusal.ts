// A refused booking said to a child: one short sentence from the server's
// refusal reason (common/refusals.ts), not the rule's wording for adults.
import type { MessageKey } from '@hhc/common/i18n';
import type { RefusalReason } from '@hhc/common/refusals';
import { refusalReasonOf } from '@hhc/common/refusalText';

const childSentences: Record<RefusalReason, MessageKey> = {
  SLOT_FULL: 'child.refused.full',
  WEEKLY_LIMIT: 'child.refused.weekly',
  CHILD_BUSY: 'child.refused.busy',
  GUARDIAN_BUSY: 'child.refused.busy',
  KIOSK_BUSY: 'child.refused.busy',
  TOO_SOON: 'child.refused.soon',
  IN_THE_PAST: 'child.refused.soon',
  NOT_A_SLOT: 'child.refused.soon',
  NO_CONSENT: 'child.refused.consent',
  CHILD_ARCHIVED: 'child.refused.other',
  GUARDIAN_NOT_OF_CHILD: 'child.refused.other',
  PARENT_REQUESTS_OFF: 'child.refused.other',
  NOT_MOVABLE: 'child.refused.other',
  NOT_FOUND: 'child.refused.other',
};

export function childRefusalKey(error: unknown): MessageKey {
  const reason = refusalReasonOf(error);
  return reason ? childSentences[reason] : 'child.refused.other';
}
