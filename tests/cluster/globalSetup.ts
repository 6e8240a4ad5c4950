// test:cluster: one real PostgreSQL for the whole run (each test server makes
// a database of its own on it); its URL reaches the test workers through
// HHC_TEST_POSTGRES_URL, which switches tests/support/testServer.ts to it.
import { startPostgres, type LocalPostgres } from '../../scripts/lib/postgres';

let postgres: LocalPostgres | undefined;

export async function setup(): Promise<void> {
  postgres = await startPostgres();
  process.env.HHC_TEST_POSTGRES_URL = postgres.adminUrl;
  process.env.HHC_TEST_POSTGRES_PORT = String(postgres.port);
}

export async function teardown(): Promise<void> {
  await postgres?.stop();
}
