import { describe, expect, it } from 'vitest';
import {
  DAY_MS,
  HOUR_MS,
  MINUTE_MS,
  countdown,
  isEndingSoon,
  minutesLeft,
  remainingFraction,
  ringStroke,
} from './ring';

describe('remainingFraction', () => {
  it('is full before the start, empty after the end and linear between', () => {
    expect(remainingFraction(0, 100, 200)).toBe(1);
    expect(remainingFraction(150, 100, 200)).toBe(0.5);
    expect(remainingFraction(200, 100, 200)).toBe(0);
    expect(remainingFraction(999, 100, 200)).toBe(0);
  });

  it('does not divide by zero for an empty interval', () => {
    expect(remainingFraction(5, 10, 10)).toBe(1);
    expect(remainingFraction(10, 10, 10)).toBe(0);
  });
});

describe('ringStroke', () => {
  it('hides the undrawn part of the circle', () => {
    const full = ringStroke(1, 10);
    expect(full.circumference).toBeCloseTo(62.83, 2);
    expect(full.offset).toBe(0);
    expect(ringStroke(0.25, 10).offset).toBeCloseTo(full.circumference * 0.75);
    expect(ringStroke(-1, 10).offset).toBeCloseTo(full.circumference);
    expect(ringStroke(Number.NaN, 10).offset).toBeCloseTo(full.circumference);
  });
});

describe('countdown', () => {
  it('picks the unit a child can read and a ring against the next unit up', () => {
    expect(countdown(3 * DAY_MS + 1)).toEqual({
      value: 3,
      unit: 'days',
      fraction: (3 * DAY_MS + 1) / (7 * DAY_MS),
    });
    expect(countdown(10 * DAY_MS).fraction).toBe(1);
    expect(countdown(5 * HOUR_MS)).toMatchObject({ value: 5, unit: 'hours' });
    expect(countdown(5 * HOUR_MS).fraction).toBeCloseTo(5 / 24);
    expect(countdown(20 * MINUTE_MS)).toMatchObject({ value: 20, unit: 'minutes' });
    expect(countdown(20 * MINUTE_MS).fraction).toBeCloseTo(1 / 3);
    expect(countdown(45_000)).toEqual({ value: 45, unit: 'seconds', fraction: 0.75 });
  });

  it('says "1 day" for tomorrow a little later than now', () => {
    expect(countdown(DAY_MS + 2 * HOUR_MS)).toMatchObject({ value: 1, unit: 'days' });
  });

  it('rounds up and never goes below zero', () => {
    expect(countdown(MINUTE_MS + 1)).toMatchObject({ value: 2, unit: 'minutes' });
    expect(countdown(-5_000)).toEqual({ value: 0, unit: 'seconds', fraction: 0 });
  });
});

describe('call time left', () => {
  it('counts whole minutes up and warns in the last two', () => {
    expect(minutesLeft(0, 30_000)).toBe(1);
    expect(minutesLeft(0, 10 * MINUTE_MS)).toBe(10);
    expect(minutesLeft(100, 0)).toBe(0);
    expect(isEndingSoon(0, 2 * MINUTE_MS + 1)).toBe(false);
    expect(isEndingSoon(0, 2 * MINUTE_MS)).toBe(true);
  });
});
