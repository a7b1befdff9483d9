import {
  fahrenheitToCelsius,
  KILOGRAMS_PER_POUND,
  KILOJOULES_PER_KILOCALORIE,
  METRES_PER_FOOT,
  METRES_PER_MILE,
  METRES_PER_YARD,
  roundTo,
} from '@fitlink/core';

/** The quantities fitlink converts from Health Auto Export's unit strings. */
export type AppleHealthDimension =
  | 'length'
  | 'energy'
  | 'mass'
  | 'temperature'
  | 'duration'
  | 'frequency'
  | 'percent'
  | 'milliseconds'
  | 'count';

// Unit string (as the phone writes it, lower-cased) → factor to the SI unit fitlink uses.
const FACTORS: Readonly<Record<AppleHealthDimension, Readonly<Record<string, number>>>> = {
  length: {
    m: 1,
    km: 1000,
    mi: METRES_PER_MILE,
    ft: METRES_PER_FOOT,
    yd: METRES_PER_YARD,
    cm: 0.01,
  },
  // Health writes food and active energy as `kcal` (or `Cal`, the same) or `kJ`.
  energy: { kcal: 1, cal: 1, kj: 1 / KILOJOULES_PER_KILOCALORIE },
  mass: { kg: 1, g: 0.001, lb: KILOGRAMS_PER_POUND, lbs: KILOGRAMS_PER_POUND, st: 6.35029318 },
  temperature: { degc: 1, '°c': 1, c: 1 },
  duration: { s: 1, sec: 1, min: 60, hr: 3600, h: 3600 },
  frequency: { bpm: 1, 'count/min': 1 },
  percent: { '%': 1 },
  milliseconds: { ms: 1 },
  count: { count: 1, steps: 1 },
};

const FAHRENHEIT = new Set(['degf', '°f', 'f']);

/**
 * Converts a Health Auto Export quantity to fitlink's unit for its dimension, to nine decimals (metres,
 * kilocalories, kilograms, °C, seconds, per minute, percent, milliseconds, count) by reading its
 * unit string: units follow the phone's settings, so nothing is assumed. An unknown unit, a
 * unit of another dimension or a non-finite value gives `null`.
 *
 * @param qty - The value.
 * @param units - Its unit as the app wrote it (`km`, `mi`, `kJ`, `degF` …).
 * @param dimension - What the value measures.
 * @example
 * ```ts
 * convertAppleHealthQuantity(3.1, 'mi', 'length'); // 4988.9664
 * convertAppleHealthQuantity(2034, 'kJ', 'energy'); // 486.13…
 * ```
 */
export function convertAppleHealthQuantity(
  qty: number | null | undefined,
  units: string | null | undefined,
  dimension: AppleHealthDimension,
): number | null {
  if (typeof qty !== 'number' || !Number.isFinite(qty) || typeof units !== 'string') return null;
  const unit = units.trim().toLowerCase();
  const factor = FACTORS[dimension][unit];
  const value =
    dimension === 'temperature' && FAHRENHEIT.has(unit)
      ? fahrenheitToCelsius(qty)
      : factor === undefined
        ? null
        : qty * factor;
  // Nine decimals drop the binary noise of a conversion (8.12 km is 8120 m, not 8119.999…).
  return value === null || !Number.isFinite(value) ? null : roundTo(value, 9);
}
