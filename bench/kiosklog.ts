// The kiosk's local call log (electron/src/callLog): how many committed steps
// a second it writes with synchronous = FULL (every step is its own fsync'd
// transaction, as during a real call), and whether every committed row
// survives 100 kill -9 of the writer (the crash test, run as a soak).
import { spawnSync } from 'node:child_process';
import { randomUUID } from 'node:crypto';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { openCallLog } from '../electron/src/callLog/CallLog';
import type { Benchmark } from './lib/benchmark';
import { repoRoot } from './lib/paths';
import { medianRange, summarize } from './lib/stats';
import { printTable } from './lib/table';

const RUNS = 5;
const CALLS_PER_RUN = 200;
const QUALITY_SAMPLES_PER_CALL = 5;
const KILLS = 100;

/** One call as the kiosk writes it: start, joins, quality samples, leave, finish, feeling. */
function writeCall(log: ReturnType<typeof openCallLog>, now: number): number {
  const attempt = log.startAttempt({
    bookingId: randomUUID(),
    childId: randomUUID(),
    guardianRelation: 'mother',
    scheduledStart: now,
    scheduledEnd: now + 15 * 60_000,
  });
  log.markKioskJoined(attempt.id);
  log.markParentJoined(attempt.id);
  for (let sample = 0; sample < QUALITY_SAMPLES_PER_CALL; sample++) {
    log.recordQuality(attempt.id, {
      bitrateKbps: 300 + sample,
      packetLossPct: sample / 10,
      audioOnly: false,
    });
  }
  log.markParentLeft(attempt.id);
  log.finish(attempt.id, 'hung-up');
  log.setFeeling(attempt.id, 'happy');
  return 5 + QUALITY_SAMPLES_PER_CALL + 1;
}

function throughputRun(): { stepsPerSecond: number; callsPerSecond: number } {
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'hhc-bench-log-'));
  const log = openCallLog(path.join(dir, 'calls.sqlite'));
  try {
    let steps = 0;
    const started = performance.now();
    for (let call = 0; call < CALLS_PER_RUN; call++) steps += writeCall(log, Date.now());
    const seconds = (performance.now() - started) / 1000;
    return { stepsPerSecond: steps / seconds, callsPerSecond: CALLS_PER_RUN / seconds };
  } finally {
    log.close();
    fs.rmSync(dir, { recursive: true, force: true });
  }
}

export const benchmark: Benchmark = {
  name: 'kiosklog',
  title: 'kiosk call log: write throughput with synchronous = FULL, rows surviving kill -9',
  async run() {
    const runs = Array.from({ length: RUNS }, throughputRun);
    printTable(
      'Kiosk call log writes (synchronous = FULL, one transaction per step)',
      ['figure', `median (min–max) over ${RUNS} runs of ${CALLS_PER_RUN} calls`],
      [
        ['committed steps per second', medianRange(summarize(runs.map((r) => r.stepsPerSecond)))],
        [
          'whole calls per second (11 steps each)',
          medianRange(summarize(runs.map((r) => r.callsPerSecond)), 1),
        ],
      ],
      [
        'A real call writes a step every few seconds: the log is never the bottleneck, even on a slow school disk.',
      ],
    );

    const started = performance.now();
    const result = spawnSync(
      'npx',
      ['vitest', 'run', 'electron/src/callLog/crash/killWriter.test.ts', '--reporter=dot'],
      {
        cwd: repoRoot,
        env: { ...process.env, HHC_CRASH_KILLS: String(KILLS) },
        encoding: 'utf8',
        timeout: 300_000,
      },
    );
    const seconds = (performance.now() - started) / 1000;
    printTable(
      'Kiosk call log under kill -9 (electron/src/callLog/crash/killWriter.test.ts as a soak)',
      ['kills', 'every committed row intact', 'integrity_check', 'time (s)'],
      [
        [
          KILLS,
          result.status === 0 ? 'yes' : 'NO (see the test output)',
          result.status === 0 ? 'ok' : 'see output',
          seconds.toFixed(0),
        ],
      ],
      [
        'Each kill lands at a random moment while the writer commits call steps; after each the database is reopened and every step the writer reported as committed is checked.',
      ],
    );
    if (result.status !== 0) console.log(result.stdout.slice(-2000), result.stderr.slice(-2000));
  },
};
