// What every benchmark module exports, so bench/run.ts can list and run them.

export interface Benchmark {
  /** The name used with --only. */
  name: string;
  /** One line on what it measures. */
  title: string;
  /** Prints its tables; measures, never judges by time; stops by itself. */
  run(): Promise<void>;
}

/** A point in time after which a benchmark stops adding work. */
export function deadline(ms: number): { remaining(): number; passed(): boolean } {
  const end = performance.now() + ms;
  return {
    remaining: () => Math.max(0, end - performance.now()),
    passed: () => performance.now() >= end,
  };
}

export function sleep(ms: number): Promise<void> {
  return new Promise((resolve) => setTimeout(resolve, ms));
}

/** Polls `check` until it is true or `timeoutMs` passes; returns whether it became true. */
export async function waitUntil(
  check: () => boolean | Promise<boolean>,
  timeoutMs: number,
  everyMs = 50,
): Promise<boolean> {
  const end = performance.now() + timeoutMs;
  for (;;) {
    if (await check()) return true;
    if (performance.now() >= end) return false;
    await sleep(everyMs);
  }
}
