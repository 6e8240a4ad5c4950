// Server failures as the teacher reads them: the few codes with a fixed
// meaning (and booking refusals, by their reason) get a sentence of ours;
// anything else shows the server's own message.
import type { Translate } from '@hhc/common/i18n';
import { refusalText } from '@hhc/common/refusalText';
import { AppError, ErrorCode } from '@hhc/common/result';

export function errorText(error: unknown, t: Translate): string {
  if (!(error instanceof AppError)) return t('teacher.error.unexpected');
  switch (error.code) {
    case ErrorCode.InvalidCredentials:
      return t('teacher.login.wrong');
    case ErrorCode.Disconnected:
    case ErrorCode.Timeout:
      return t('teacher.error.offline');
    case ErrorCode.RateLimited:
      return t('teacher.error.tooMany');
    case ErrorCode.Unauthorized:
      return t('teacher.error.sessionLost');
    case ErrorCode.BookingRefused:
      return t('teacher.error.server', { message: refusalText(error, t) ?? error.message });
    default:
      return t('teacher.error.server', { message: error.message });
  }
}

export function isSessionLost(error: unknown): boolean {
  return error instanceof AppError && error.code === ErrorCode.Unauthorized;
}
