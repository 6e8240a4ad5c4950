// One pino logger per module, children of one root, so every line names its module.
import { pino, type Logger } from 'pino';

export type { Logger };

export function createRootLogger(level: string): Logger {
  return pino({ level, base: undefined, timestamp: pino.stdTimeFunctions.isoTime });
}
