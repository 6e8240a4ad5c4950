// One IPC handler: the zod schema its input must pass, and the task it runs
// with the parsed input. Kept as plain data so the same map serves
// ipcMain.handle in the app and a Playwright binding in tests.
import type { z } from 'zod';

export interface IpcHandler<S extends z.ZodType = z.ZodType, T = unknown> {
  input: S;
  run(input: z.output<S>): Promise<T>;
}

export function handler<S extends z.ZodType, T>(
  input: S,
  run: (input: z.output<S>) => T | Promise<T>,
): IpcHandler<S, T> {
  return { input, run: async (value) => run(value) };
}
