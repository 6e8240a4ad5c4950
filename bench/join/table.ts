// The join benchmarks' table: press → first frame and its parts, voice vs frame, round trips.
import { fmt, summarize, versusGoal } from '../lib/stats';
import { printTable } from '../lib/table';
import type { CallFigures } from './calls';

export interface JoinGoals {
  p50: number;
  p95?: number;
  roundTrips: number;
}

export function printJoinTable(
  title: string,
  figures: CallFigures[],
  goals: JoinGoals,
  notes: string[],
): void {
  const of = (pick: (f: CallFigures) => number) => summarize(figures.map(pick));
  const press = of((f) => f.pressToFrame);
  const trips = of((f) => f.roundTrips);
  // The voice no later than the picture: a call where it came later counts against.
  const voiceFirst = figures.filter((f) => f.pressToAudio <= f.pressToFrame).length;
  const row = (name: string, s: ReturnType<typeof summarize>, goal = '', verdict = '') => [
    name,
    s.n,
    fmt(s.median),
    fmt(s.p95),
    fmt(s.min),
    fmt(s.max),
    goal,
    verdict,
  ];
  printTable(
    title,
    ['measure', 'calls', 'p50', 'p95', 'min', 'max', 'goal', 'verdict'],
    [
      row(
        'press join → first parent frame on kiosk',
        press,
        goals.p95 === undefined ? `p50 ≤ ${goals.p50}` : `p50 ≤ ${goals.p50}, p95 ≤ ${goals.p95}`,
        `${versusGoal(press.median, goals.p50, 'lower')} (p50)` +
          (goals.p95 === undefined ? '' : `, ${versusGoal(press.p95, goals.p95, 'lower')} (p95)`),
      ),
      row(
        '  of which: press → join() starts (camera opens)',
        of((f) => f.pressToJoin),
      ),
      row(
        '  of which: join() → first frame (hhcCall metrics)',
        of((f) => f.joinToFrame),
      ),
      row(
        'join() → call:join answered (server work + 1 round trip)',
        of((f) => f.joinToAnswer),
      ),
      row(
        'join() → ICE starts',
        of((f) => f.joinToIce),
      ),
      row(
        'join() → media connected (ICE + DTLS)',
        of((f) => f.joinToMedia),
      ),
      row(
        "press join → first packet of the parent's voice on kiosk",
        of((f) => f.pressToAudio),
        '≤ first frame',
        `${voiceFirst} of ${figures.length} calls`,
      ),
      row(
        'press join → parent sees the child',
        of((f) => f.pressToParentFrame),
      ),
      row(
        'signalling round trips before ICE',
        trips,
        `≤ ${goals.roundTrips}`,
        versusGoal(trips.max, goals.roundTrips, 'lower') + ' (max)',
      ),
    ],
    notes,
  );
}
