import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import {
  decimalHoursToSeconds,
  fahrenheitToCelsius,
  feetToMetres,
  joulesToKilojoules,
  kilojoulesToKilocalories,
  kilometresToMetres,
  kphToMetresPerSecond,
  milesToMetres,
  millisecondsToSeconds,
  minutesPerKmToMetresPerSecond,
  minutesPerMileToMetresPerSecond,
  mphToMetresPerSecond,
  poundsToKilograms,
  roundTo,
  secondsPer500mToMetresPerSecond,
  yardsToMetres,
} from '../../src/model/index.js';

type Converter = (value: number | null | undefined) => number | null;

const conversions: [name: string, convert: Converter, input: number, expected: number][] = [
  ['10 miles', milesToMetres, 10, 16093.44],
  ['42.195 km', kilometresToMetres, 42.195, 42195],
  ['1000 ft', feetToMetres, 1000, 304.8],
  ['100 yd', yardsToMetres, 100, 91.44],
  ['20 mph', mphToMetresPerSecond, 20, 8.9408],
  ['36 km/h', kphToMetresPerSecond, 36, 10],
  ['5:00/km', minutesPerKmToMetresPerSecond, 5, 1000 / 300],
  ['8:00/mi', minutesPerMileToMetresPerSecond, 8, 1609.344 / 480],
  ['2:00/500 m', secondsPer500mToMetresPerSecond, 120, 500 / 120],
  ['1000 kJ', kilojoulesToKilocalories, 1000, 239.0057361376673],
  ['4.184 kJ', kilojoulesToKilocalories, 4.184, 1],
  ['175772.76 J', joulesToKilojoules, 175772.76, 175.77276],
  ['212 °F', fahrenheitToCelsius, 212, 100],
  ['-40 °F', fahrenheitToCelsius, -40, -40],
  ['98.6 °F', fahrenheitToCelsius, 98.6, 37],
  ['165 lb', poundsToKilograms, 165, 74.84274105],
  ['5 400 000 ms', millisecondsToSeconds, 5_400_000, 5400],
  ['1.5 h', decimalHoursToSeconds, 1.5, 5400],
];

describe('unit conversions', () => {
  it.each(conversions)('converts %s', (_name, convert, input, expected) => {
    expect(convert(input)).toBeCloseTo(expected, 9);
  });

  it('gives exact results where the constants are exact', () => {
    expect(milesToMetres(10)).toBe(16093.44);
    expect(feetToMetres(1)).toBe(0.3048);
    expect(roundTo(mphToMetresPerSecond(20), 10)).toBe(8.9408);
    expect(roundTo(secondsPer500mToMetresPerSecond(120), 4)).toBe(4.1667);
    expect(Math.abs((kilojoulesToKilocalories(1000) ?? 0) - 239.0057)).toBeLessThan(1e-4);
  });

  const converters: [string, Converter][] = conversions.map(([name, convert]) => [name, convert]);

  it.each(converters)('%s: null and undefined stay unknown', (_name, convert) => {
    expect(convert(null)).toBeNull();
    expect(convert(undefined)).toBeNull();
  });

  it.each(converters)('%s: never returns NaN or Infinity', (_name, convert) => {
    for (const input of [0, -1, 1e308, -1e308, Number.NaN, Number.POSITIVE_INFINITY]) {
      const result = convert(input);
      expect(result === null || Number.isFinite(result)).toBe(true);
    }
  });

  it.each([
    ['zero pace', minutesPerKmToMetresPerSecond, 0],
    ['negative pace', minutesPerMileToMetresPerSecond, -3],
    ['zero split', secondsPer500mToMetresPerSecond, 0],
  ] as const)('has no speed for a %s', (_name, convert, input) => {
    expect(convert(input)).toBeNull();
  });

  it('keeps zero as a known zero', () => {
    expect(milesToMetres(0)).toBe(0);
    expect(millisecondsToSeconds(0)).toBe(0);
  });
});

describe('roundTo', () => {
  it.each([
    [1.005, 2, 1.01],
    [2.675, 2, 2.68],
    [1.2345, 3, 1.235],
    [-1.005, 2, -1.01],
    [-0.0001, 2, 0],
    [4.166666, 4, 4.1667],
    [123.456, 0, 123],
    [0.5, 0, 1],
    [1e-7, 3, 0],
    [1e17 + 8, 2, 1e17 + 8],
    [123456789.123456, 3, 123456789.123],
  ])('roundTo(%d, %d) is %d', (value, decimals, expected) => {
    expect(roundTo(value, decimals)).toBe(expected);
  });

  it('passes unknown values through as null', () => {
    expect(roundTo(null, 2)).toBeNull();
    expect(roundTo(undefined, 2)).toBeNull();
    expect(roundTo(Number.NaN, 2)).toBeNull();
  });

  it.each([-1, 1.5, 16])('rejects %d decimals', (decimals) => {
    expect(() => roundTo(1, decimals)).toThrow(RangeError);
  });

  // The rounding through the decimal string, as roundTo did it for every value before its
  // shortcut far from a half: the shortcut must give the same number.
  function roundThroughText(value: number, decimals: number): number {
    const magnitude = Math.abs(value);
    if (magnitude * 10 ** decimals >= Number.MAX_SAFE_INTEGER) return value;
    const text = String(magnitude);
    const rounded = text.includes('e')
      ? Math.round(magnitude * 10 ** decimals) / 10 ** decimals
      : Number(`${Math.round(Number(`${text}e${decimals}`))}e-${decimals}`);
    const signed = value < 0 ? -rounded : rounded;
    return signed === 0 ? 0 : signed;
  }

  it('rounds every value as through its decimal text', () => {
    const halves = fc
      .tuple(fc.integer({ min: -1e9, max: 1e9 }), fc.integer({ min: 0, max: 8 }))
      .map(([digits, decimals]) => [Number(`${digits}5e-${decimals + 1}`), decimals] as const);
    const anyValue = fc.tuple(
      fc.oneof(
        fc.double({ noNaN: true, noDefaultInfinity: true }),
        fc.double({ min: -1e6, max: 1e6, noNaN: true }),
        fc.integer({ min: -1e6, max: 1e6 }).map((n) => n / 1000),
      ),
      fc.integer({ min: 0, max: 15 }),
    );
    fc.assert(
      fc.property(fc.oneof(halves, anyValue), ([value, decimals]) => {
        expect(roundTo(value, decimals)).toBe(roundThroughText(value, decimals));
      }),
      { numRuns: 20_000, seed: 15 },
    );
  });
});
