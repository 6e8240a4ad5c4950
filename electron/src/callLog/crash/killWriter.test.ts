// Kills a call-log writer with SIGKILL at random moments, again and again,
// and after each kill reopens the database and checks that every row the
// writer reported as committed is there, intact, with the outbox right.
// SIGKILL proves the process-crash story (each step is one transaction);
// power loss also needs synchronous = FULL, which database.test.ts checks.
import { spawn, type ChildProcess } from 'node:child_process';
import { createRequire } from 'node:module';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import Database from 'better-sqlite3';
import { build } from 'esbuild';
import { afterEach, beforeAll, describe, expect, it } from 'vitest';
import { tempDir } from '../../testing';
import { openCallLog } from '../CallLog';
import type { CallAttempt } from '@hhc/common/kiosk/callLog';
import type { WriterReport } from './writer';

/** How many kills; HHC_CRASH_KILLS=200 for a longer soak. */
const KILLS = Number(process.env.HHC_CRASH_KILLS ?? 25);
const here = path.dirname(fileURLToPath(import.meta.url));
const nodeModules = path.resolve(
  path.dirname(createRequire(import.meta.url).resolve('better-sqlite3')),
  '../..',
);

let writerScript = '';
const running = new Set<ChildProcess>();

beforeAll(async () => {
  // One bundle, run with plain node: tsx would spend ~0.6 s per start on
  // compiling, which 25 restarts on two cores cannot afford.
  writerScript = path.join(tempDir('hhc-writer-'), 'writer.cjs');
  await build({
    entryPoints: [path.join(here, 'writer.ts')],
    outfile: writerScript,
    bundle: true,
    platform: 'node',
    format: 'cjs',
    target: 'node20',
    external: ['better-sqlite3'],
    logLevel: 'silent',
  });
}, 30_000);

afterEach(() => {
  for (const child of running) child.kill('SIGKILL');
  running.clear();
});

interface Expected {
  rows: Map<string, CallAttempt>;
  /** The version each row was last reported synced at. */
  synced: Map<string, number>;
}

/** Starts the writer, lets it run for a random moment once ready, kills it; returns its complete report lines. */
async function runAndKill(file: string, delayMs: number): Promise<{ reports: WriterReport[]; code: string }> {
  const child = spawn(process.execPath, [writerScript, file], {
    stdio: ['ignore', 'pipe', 'pipe'],
    env: { ...process.env, NODE_PATH: nodeModules },
  });
  running.add(child);
  let out = '';
  let err = '';
  let killed = false;
  child.stdout!.setEncoding('utf8');
  child.stderr!.setEncoding('utf8');
  child.stderr!.on('data', (chunk: string) => (err += chunk));
  child.stdout!.on('data', (chunk: string) => {
    out += chunk;
    if (!killed && out.includes('"ready"\n')) {
      killed = true;
      setTimeout(() => child.kill('SIGKILL'), delayMs);
    }
  });
  const signal = await new Promise<string>((resolve) =>
    child.on('close', (code, sig) => resolve(sig ?? `exit ${code}: ${err}`)),
  );
  running.delete(child);
  // A line cut short by the kill was never fully reported: only complete lines count.
  const lines = out.split('\n').slice(0, -1);
  const reports = lines.filter((line) => line !== '"ready"').map((line) => JSON.parse(line) as WriterReport);
  return { reports, code: signal };
}

function check(file: string, expected: Expected) {
  const raw = new Database(file);
  expect(raw.pragma('integrity_check', { simple: true })).toBe('ok');
  expect(raw.pragma('foreign_key_check')).toEqual([]);
  const outbox = new Set(raw.prepare('SELECT attempt_id FROM sync_outbox').pluck().all() as string[]);
  const total = raw.prepare('SELECT COUNT(*) FROM call_attempts').pluck().get() as number;
  raw.close();

  const log = openCallLog(file);
  let checked = 0;
  const aheadOfReport: string[] = [];
  for (const [id, want] of expected.rows) {
    const got = log.get(id);
    expect(got, `row ${id} was reported committed`).toBeDefined();
    if (got!.version === want.version) {
      expect(got).toEqual(want);
    } else {
      // The kill fell between a commit and its report, usually during the fsync: the WAL frame
      // was already written, so the OS keeps it. One step further, never more.
      expect(got!.version, id).toBe(want.version + 1);
      aheadOfReport.push(id);
      const stable = (row: CallAttempt) => [row.bookingId, row.childId, row.scheduledStart, row.createdAt];
      expect(stable(got!)).toEqual(stable(want));
      expect(got!.quality.samples).toBeGreaterThanOrEqual(want.quality.samples);
    }
    // Out of the outbox only when the server has this version (or the kill hid that report).
    if (expected.synced.get(id) === got!.version) expect(outbox.has(id), id).toBe(false);
    else if (got!.feeling === null) expect(outbox.has(id), id).toBe(true);
    checked += 1;
  }
  log.close();
  return { checked, total, aheadOfReport };
}

describe('call log under kill -9', () => {
  it(
    `keeps every committed row across ${KILLS} kills of the writer`,
    async () => {
      const file = path.join(tempDir(), 'calls.sqlite');
      const expected: Expected = { rows: new Map(), synced: new Map() };
      let rowsChecked = 0;
      let reportsSeen = 0;
      let total = 0;
      const aheadOfReport = new Set<string>();
      for (let kill = 0; kill < KILLS; kill++) {
        const { reports, code } = await runAndKill(file, 5 + Math.random() * 60);
        expect(code, 'the writer must die by the kill, not on its own').toBe('SIGKILL');
        for (const report of reports) {
          if (report.kind === 'row') expected.rows.set(report.row.id, report.row);
          else expected.synced.set(report.id, report.version);
        }
        reportsSeen += reports.length;
        const result = check(file, expected);
        rowsChecked += result.checked;
        total = result.total;
        for (const id of result.aheadOfReport) aheadOfReport.add(id);
      }
      expect(expected.rows.size).toBeGreaterThan(KILLS);
      console.info(
        `kill -9 test: ${KILLS} kills, ${reportsSeen} committed steps reported, ` +
          `${expected.rows.size} rows tracked, ${rowsChecked} row checks, ${total} rows in the database, ` +
          `${aheadOfReport.size} rows found one committed step ahead of their last report`,
      );
    },
    Math.max(60_000, KILLS * 1_000),
  );
});
