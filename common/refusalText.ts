// A refused booking in the reader's language, from the error's reason.
import type { MessageKey, Translate } from './i18n';
import { isRefusalReason, type RefusalReason } from './refusals';
import { AppError, ErrorCode } from './result';

/** The refusal's reason, when the error is a booking refusal that names one we know. */
export function refusalReasonOf(error: unknown): RefusalReason | undefined {
  return error instanceof AppError && error.code === ErrorCode.BookingRefused && isRefusalReason(error.reason)
    ? error.reason
    : undefined;
}

export function refusalKey(reason: RefusalReason): MessageKey {
  return `refusal.${reason}`;
}

/** The sentence for a refused booking, or undefined for any other error. */
export function refusalText(error: unknown, t: Translate): string | undefined {
  const reason = refusalReasonOf(error);
  return reason ? t(refusalKey(reason)) : undefined;
}
