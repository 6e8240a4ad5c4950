// Entry point: configuration in, running server out. Nothing else lives here.
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { loadConfig } from './config';
import { createRootLogger } from './logger';
import { createServer } from './server';

const config = loadConfig();
const log = createRootLogger(config.logLevel);
const defaultStaticDir = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '../../renderer/dist');

const server = await createServer({ log }, { ...config, staticDir: config.staticDir ?? defaultStaticDir });
log.info(`kiosk call page:  ${server.url}/kiosk?room=demo`);
log.info(`parent call page: ${server.url}/parent?room=demo`);

let stopping = false;
for (const signal of ['SIGINT', 'SIGTERM'] as const) {
  process.on(signal, () => {
    if (stopping) return;
    stopping = true;
    log.info({ signal }, 'shutting down');
    void server.close().then(() => process.exit(0));
  });
}
