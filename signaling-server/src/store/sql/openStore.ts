// Opens the store on either engine and brings its schema up to date. The
// repositories are the same code for both: only connect.ts knows which it is.
import { sql } from 'kysely';
import type { Store } from '../Store';
import { migrate } from '../migrations/runner';
import { connect, type DatabaseLocation, type SqlDatabase } from './connect';
import { kiosksRepository, schoolsRepository, sessionsRepository, staffRepository } from './accounts';
import { callRecordsRepository, reportsRepository, retentionRepository } from './calls';
import { childrenRepository, guardiansRepository } from './roster';
import { bookingsRepository, closedDatesRepository, windowsRepository } from './schedule';
import { kioskCallLogsRepository } from './kioskCallLogs';
import { callActivitiesRepository } from './callActivities';
import { schoolBooksRepository } from './schoolBooks';
import { messagesRepository } from './messages';

export function storeOn(database: SqlDatabase): Store {
  return {
    schools: schoolsRepository(database),
    staff: staffRepository(database),
    sessions: sessionsRepository(database),
    kiosks: kiosksRepository(database),
    children: childrenRepository(database),
    guardians: guardiansRepository(database),
    windows: windowsRepository(database),
    closedDates: closedDatesRepository(database),
    bookings: bookingsRepository(database),
    callRecords: callRecordsRepository(database),
    reports: reportsRepository(database),
    kioskCallLogs: kioskCallLogsRepository(database),
    retention: retentionRepository(database),
    callActivities: callActivitiesRepository(database),
    schoolBooks: schoolBooksRepository(database),
    messages: messagesRepository(database),
    async ping() {
      await sql`SELECT 1`.execute(database.db);
    },
    close: () => database.close(),
  };
}

export async function openStore(
  location: DatabaseLocation,
  options: { onPoolError?: (error: Error) => void } = {},
): Promise<Store> {
  const database = connect(location, options.onPoolError);
  try {
    await migrate(database);
  } catch (error) {
    await database.close();
    throw error;
  }
  return storeOn(database);
}
