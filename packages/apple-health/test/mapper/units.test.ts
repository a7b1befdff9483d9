import { convertAppleHealthQuantity } from '@fitlink/apple-health';
import { describe, expect, it } from 'vitest';

describe('convertAppleHealthQuantity', () => {
  it.each([
    [8.12, 'km', 'length', 8120],
    [5, 'mi', 'length', 8046.72],
    [100, 'ft', 'length', 30.48],
    [2092, 'kJ', 'energy', 500],
    [500, 'kcal', 'energy', 500],
    [500, 'Cal', 'energy', 500],
    [150, 'lb', 'mass', 68.0388555],
    [72.4, 'kg', 'mass', 72.4],
    [98.6, 'degF', 'temperature', 37],
    [19.5, 'degC', 'temperature', 19.5],
    [7.2, 'hr', 'duration', 25920],
    [90, 'min', 'duration', 5400],
    [61, 'count/min', 'frequency', 61],
    [61, 'bpm', 'frequency', 61],
  ] as const)('%d %s (%s) → %d', (qty, units, dimension, expected) => {
    expect(convertAppleHealthQuantity(qty, units, dimension)).toBe(expected);
  });

  it.each([
    [5, 'furlong', 'length'],
    [5, 'kcal', 'length'],
    [Number.NaN, 'km', 'length'],
    [null, 'km', 'length'],
    [5, null, 'length'],
  ] as const)('%s %s as %s is unknown (null)', (qty, units, dimension) => {
    expect(convertAppleHealthQuantity(qty, units, dimension)).toBeNull();
  });
});
