// Summaries of repeated measurements: median and spread, never a pass/fail.

export interface Summary {
  n: number;
  median: number;
  mean: number;
  min: number;
  max: number;
  p5: number;
  p95: number;
}

/** The q-quantile (0..1) of ascending `sorted`, interpolating between neighbours. */
export function quantile(sorted: readonly number[], q: number): number {
  if (sorted.length === 0) return Number.NaN;
  const position = (sorted.length - 1) * Math.min(1, Math.max(0, q));
  const lower = Math.floor(position);
  const upper = Math.ceil(position);
  const low = sorted[lower]!;
  const high = sorted[upper]!;
  return low + (high - low) * (position - lower);
}

export function summarize(values: readonly number[]): Summary {
  const sorted = values.filter((value) => Number.isFinite(value)).sort((a, b) => a - b);
  const sum = sorted.reduce((total, value) => total + value, 0);
  return {
    n: sorted.length,
    median: quantile(sorted, 0.5),
    mean: sorted.length > 0 ? sum / sorted.length : Number.NaN,
    min: sorted[0] ?? Number.NaN,
    max: sorted[sorted.length - 1] ?? Number.NaN,
    p5: quantile(sorted, 0.05),
    p95: quantile(sorted, 0.95),
  };
}

/** A fixed-precision number, or "–" when there is none. */
export function fmt(value: number | undefined, digits = 0): string {
  return value === undefined || !Number.isFinite(value) ? '–' : value.toFixed(digits);
}

/** "median (min–max)" in one cell. */
export function medianRange(summary: Summary, digits = 0): string {
  return `${fmt(summary.median, digits)} (${fmt(summary.min, digits)}–${fmt(summary.max, digits)})`;
}

/** How a figure compares with its goal, in words a reader checks at a glance. */
export function versusGoal(value: number, goal: number, better: 'lower' | 'higher'): string {
  if (!Number.isFinite(value)) return 'not measured';
  const met = better === 'lower' ? value <= goal : value >= goal;
  return met ? 'meets goal' : 'misses goal';
}
