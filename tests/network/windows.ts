// Media counters read in windows: each window is the difference between two
// getStats samples a couple of seconds apart. The tests decide on what a
// window shows (packets arrived, frames decoded, at what width), never on how
// long something took; the window length only sets the sampling grain.
import { expect, type Page } from '@playwright/test';
import { emptyReceiveStats, type ReceiveStats } from '../../renderer/src/call/receiveStats';
import { stats } from './call';

/** Long enough that a healthy stream always shows progress (~100 audio packets, ~30 frames). */
export const WINDOW_MS = 2_000;

export interface MediaWindow {
  /** Counter increases over the window (a counter that restarted, as after a rejoin, counts from 0). */
  audioPackets: number;
  concealedSamples: number;
  totalSamples: number;
  videoFrames: number;
  /** Video RTP packets: none at all means nobody sends video, not that it is stuck. */
  videoPackets: number;
  /** Width of the last decoded frame at the window's end. */
  videoWidth: number;
  elapsedMs: number;
}

export class WindowRecorder {
  private last: { at: number; stats: ReceiveStats } | undefined;

  constructor(private readonly page: Page) {}

  private async sample(): Promise<{ at: number; stats: ReceiveStats }> {
    return { at: Date.now(), stats: (await stats(this.page)) ?? emptyReceiveStats() };
  }

  /** The window since the previous call (or since this first call, WINDOW_MS from now). */
  async next(): Promise<MediaWindow> {
    const from = this.last ?? (await this.sample());
    const wait = from.at + WINDOW_MS - Date.now();
    if (wait > 0) await this.page.waitForTimeout(wait);
    const to = await this.sample();
    this.last = to;
    const rise = (key: keyof ReceiveStats) =>
      to.stats[key] >= from.stats[key] ? to.stats[key] - from.stats[key] : to.stats[key];
    return {
      audioPackets: rise('audioPacketsReceived'),
      concealedSamples: rise('audioConcealedSamples'),
      totalSamples: rise('audioTotalSamples'),
      videoFrames: rise('videoFramesDecoded'),
      videoPackets: rise('videoPacketsReceived'),
      videoWidth: to.stats.videoFrameWidth,
      elapsedMs: to.at - from.at,
    };
  }
}

/** One read of every recorder, and an optional note taken at the same time (e.g. the server's view). */
export interface WindowRow {
  windows: MediaWindow[];
  note?: string;
}

/**
 * Reads windows until `consecutive` windows in a row satisfy `holds`; fails
 * with `message` and the last windows seen if that does not happen within
 * `timeout` (an upper bound on a slow machine, not a performance target).
 * Returns every row read.
 */
export async function untilWindows(
  recorders: WindowRecorder[],
  holds: (windows: MediaWindow[]) => boolean,
  options: { consecutive: number; timeout: number; message: string; note?: () => Promise<string> },
): Promise<WindowRow[]> {
  const rows: WindowRow[] = [];
  let run = 0;
  try {
    await expect
      .poll(
        async () => {
          const windows = await Promise.all(recorders.map((recorder) => recorder.next()));
          rows.push({ windows, ...(options.note ? { note: await options.note() } : {}) });
          run = holds(windows) ? run + 1 : 0;
          return run;
        },
        { timeout: options.timeout, intervals: [0], message: options.message },
      )
      .toBeGreaterThanOrEqual(options.consecutive);
  } catch (error) {
    throw new Error(`${options.message}; the last windows:\n${describeRows(rows.slice(-10))}`, {
      cause: error,
    });
  }
  return rows;
}

/** One line per recorder (and one for the notes), a column per window. */
export function describeRows(rows: readonly WindowRow[], names = ['parent', 'kiosk']): string {
  const lines = (rows[0]?.windows ?? []).map(
    (_, index) =>
      `  ${names[index] ?? `page ${index + 1}`}: ${describeWindows(rows.map((row) => row.windows[index]!))}`,
  );
  if (rows.some((row) => row.note)) lines.push(`  server: ${rows.map((row) => row.note ?? '-').join(' ')}`);
  return lines.join('\n');
}

/** `audio packets a / video packets v / frames f @ width px / concealed share c` for each window. */
export function describeWindows(windows: readonly MediaWindow[]): string {
  return windows
    .map(
      (w) =>
        `${w.audioPackets}a/${w.videoPackets}v/${w.videoFrames}f@${w.videoWidth}px/${concealment([w]).toFixed(3)}c`,
    )
    .join(' ');
}

/** Media flows: audio packets and decoded video frames both rose over the window. */
export function flowing(window: MediaWindow): boolean {
  return window.audioPackets > 0 && window.videoFrames > 0;
}

/** Concealed share of the audio played over some windows (0 = every sample was real audio). */
export function concealment(windows: readonly MediaWindow[]): number {
  const total = windows.reduce((sum, window) => sum + window.totalSamples, 0);
  const concealed = windows.reduce((sum, window) => sum + window.concealedSamples, 0);
  return total === 0 ? 1 : concealed / total;
}
