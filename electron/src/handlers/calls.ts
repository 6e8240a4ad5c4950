// The call log, step by step as the call happens, and the list teacher mode reads.
import { attemptInput as attempt, callInputs } from '@hhc/common/kiosk/ipc';
import type { CallLog } from '../callLog/CallLog';
import { handler } from './define';

export function callHandlers(log: CallLog) {
  return {
    'calls:start': handler(callInputs.start, (input) => log.startAttempt(input)),
    'calls:kiosk-joined': handler(attempt, ({ attemptId }) => log.markKioskJoined(attemptId)),
    'calls:parent-joined': handler(attempt, ({ attemptId }) => log.markParentJoined(attemptId)),
    'calls:parent-left': handler(attempt, ({ attemptId }) => log.markParentLeft(attemptId)),
    'calls:quality': handler(callInputs.quality, ({ attemptId, ...sample }) =>
      log.recordQuality(attemptId, sample),
    ),
    'calls:finish': handler(callInputs.finish, ({ attemptId, reason }) => log.finish(attemptId, reason)),
    'calls:feeling': handler(callInputs.feeling, ({ attemptId, feeling }) =>
      log.setFeeling(attemptId, feeling),
    ),
    'calls:recent': handler(callInputs.recent, (filter) => log.recent(filter)),
    'calls:activities': handler(callInputs.activities, ({ attemptId, activities }) =>
      log.recordActivities(attemptId, activities),
    ),
  };
}
