// Every request's handler, by area, in one table the socket layer binds.
import type { RequestName } from '@hhc/common/protocol';
import { accessHandlers } from './access';
import { activityHandlers } from './activities';
import { adminHandlers } from './admin';
import { callHandlers } from './calls';
import { childModeHandlers } from './childMode';
import { messageHandlers } from './messages';
import { rebookHandlers } from './rebook';
import { outcomeHandlers } from './outcome';
import { staffMessageHandlers } from './staffMessages';
import type { HandlerTable } from './context';
import { parentHandlers } from './parent';
import { staffFamilyHandlers } from './staffFamily';
import { staffReportHandlers } from './staffReports';
import { staffRosterHandlers } from './staffRoster';
import { staffScheduleHandlers } from './staffSchedule';

export const handlers: HandlerTable<RequestName> = {
  ...callHandlers,
  ...accessHandlers,
  ...childModeHandlers,
  ...parentHandlers,
  ...staffRosterHandlers,
  ...staffScheduleHandlers,
  ...staffFamilyHandlers,
  ...staffReportHandlers,
  ...adminHandlers,
  ...activityHandlers,
  ...messageHandlers,
  ...rebookHandlers,
  ...outcomeHandlers,
  ...staffMessageHandlers,
};
