// Entry point: configuration in, running server out. Nothing else lives here.
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { loadConfig } from './config';
import { createRootLogger } from './logger';
import { createServer } from './server';
import { openStore } from './store/sql/openStore';
import { seedDemoIfEmpty } from './admin/demo';

const config = loadConfig();
const log = createRootLogger(config.logLevel);
const defaultStaticDir = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '../../renderer/dist');
const store = await openStore(config.database, {
  onPoolError: (error) => log.warn({ err: error }, 'database connection lost; the next request reconnects'),
});
log.info({ engine: config.database.engine }, 'store opened');

const server = await createServer(
  { log, store },
  { ...config, staticDir: config.staticDir ?? defaultStaticDir },
);
if (config.demoWhenEmpty) {
  const demo = await seedDemoIfEmpty(store, { publicUrl: config.publicUrl ?? server.url });
  if (demo) {
    log.info('The database was empty, so it now holds the demo school (see README, "Demo data").');
    console.log(demo.summary);
  }
}

// A deploy drains a node first: `kill -USR2 <pid>`, wait until /healthz shows no rooms, then stop it.
process.on('SIGUSR2', () => {
  log.info('draining: no new calls here; running calls go on');
  server.drain();
});

let stopping = false;
for (const signal of ['SIGINT', 'SIGTERM'] as const) {
  process.on(signal, () => {
    if (stopping) return;
    stopping = true;
    log.info({ signal }, 'shutting down');
    void server
      .close()
      .then(() => store.close())
      .then(() => process.exit(0));
  });
}
