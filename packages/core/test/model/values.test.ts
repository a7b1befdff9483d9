import { describe, expect, it } from 'vitest';
import { measuredOrNull, valueOrNull } from '../../src/index.js';

type Case = [name: string, input: number | null | undefined, expected: number | null];

const shared: Case[] = [
  ['null', null, null],
  ['undefined', undefined, null],
  ['NaN', Number.NaN, null],
  ['Infinity', Number.POSITIVE_INFINITY, null],
  ['-Infinity', Number.NEGATIVE_INFINITY, null],
  ['a positive number', 5012.3, 5012.3],
  ['a tiny positive number', 1e-9, 1e-9],
  ['a negative number', -12.5, -12.5],
];

describe('valueOrNull', () => {
  it.each<Case>([...shared, ['0 (a real value)', 0, 0]])('%s', (_name, input, expected) => {
    expect(valueOrNull(input)).toBe(expected);
  });

  it('turns -0 into 0', () => {
    expect(Object.is(valueOrNull(-0), 0)).toBe(true);
  });

  it('drops negatives with nonNegative (distance, duration, heart rate)', () => {
    expect(valueOrNull(-12.5, { nonNegative: true })).toBeNull();
    expect(valueOrNull(0, { nonNegative: true })).toBe(0);
    expect(valueOrNull(-0, { nonNegative: true })).toBe(0);
    expect(valueOrNull(42, { nonNegative: true })).toBe(42);
    expect(valueOrNull(Number.NaN, { nonNegative: true })).toBeNull();
    expect(valueOrNull(-1, { nonNegative: false })).toBe(-1);
  });
});

describe('measuredOrNull', () => {
  it.each<Case>([...shared, ['0 (not measured)', 0, null], ['-0', -0, null]])(
    '%s',
    (_name, input, expected) => {
      expect(measuredOrNull(input)).toBe(expected);
    },
  );

  it('drops negatives with nonNegative, as Strava measured and Peloton positiveOrNull do', () => {
    expect(measuredOrNull(-1, { nonNegative: true })).toBeNull();
    expect(measuredOrNull(0, { nonNegative: true })).toBeNull();
    expect(measuredOrNull(3.4, { nonNegative: true })).toBe(3.4);
  });
});
