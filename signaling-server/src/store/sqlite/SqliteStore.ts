// The embedded engine: one SQLite file under the data directory.
import { openDatabase } from '../db';
import type { Store } from '../Store';
import { kiosksRepository, schoolsRepository, sessionsRepository, staffRepository } from './accounts';
import { callRecordsRepository, reportsRepository, retentionRepository } from './calls';
import { childrenRepository, guardiansRepository } from './roster';
import { bookingsRepository, closedDatesRepository, windowsRepository } from './schedule';
import { kioskCallLogsRepository } from './kioskCallLogs';
import { callActivitiesRepository } from './callActivities';
import { schoolBooksRepository } from './schoolBooks';

export function createSqliteStore(file: string): Store {
  const db = openDatabase(file);
  return {
    schools: schoolsRepository(db),
    staff: staffRepository(db),
    sessions: sessionsRepository(db),
    kiosks: kiosksRepository(db),
    children: childrenRepository(db),
    guardians: guardiansRepository(db),
    windows: windowsRepository(db),
    closedDates: closedDatesRepository(db),
    bookings: bookingsRepository(db),
    callRecords: callRecordsRepository(db),
    reports: reportsRepository(db),
    kioskCallLogs: kioskCallLogsRepository(db),
    retention: retentionRepository(db),
    callActivities: callActivitiesRepository(db),
    schoolBooks: schoolBooksRepository(db),
    close: () => db.close(),
  };
}
