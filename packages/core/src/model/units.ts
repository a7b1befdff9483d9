/**
 * Pure unit conversions into the SI units of the normalized model.
 *
 * Every converter passes `null` and `undefined` through as `null` (unknown stays unknown, never
 * `0`) and returns `null` instead of `NaN` or `Infinity`, so results can go straight into a
 * model field.
 */

/** Metres in one international mile (exact). */
export const METRES_PER_MILE = 1609.344;
/** Metres in one international foot (exact). */
export const METRES_PER_FOOT = 0.3048;
/** Metres in one international yard (exact). */
export const METRES_PER_YARD = 0.9144;
/** Kilojoules in one thermochemical kilocalorie (exact). */
export const KILOJOULES_PER_KILOCALORIE = 4.184;
/** Kilograms in one avoirdupois pound (exact). */
export const KILOGRAMS_PER_POUND = 0.45359237;

/** A value to convert: a number, or `null`/`undefined` when the provider did not send it. */
export type MaybeNumber = number | null | undefined;

/** Applies `convert` to a finite input and keeps only a finite result. */
function convertFinite(value: MaybeNumber, convert: (finite: number) => number): number | null {
  if (value === null || value === undefined || !Number.isFinite(value)) return null;
  const result = convert(value);
  return Number.isFinite(result) ? result : null;
}

/** Converts a pace (time per `metres`) into a speed; a zero or negative pace has no speed. */
function paceToSpeed(secondsPerDistance: MaybeNumber, metres: number): number | null {
  if (secondsPerDistance === null || secondsPerDistance === undefined) return null;
  if (!(secondsPerDistance > 0)) return null;
  return convertFinite(secondsPerDistance, (seconds) => metres / seconds);
}

/**
 * Converts miles to metres.
 *
 * @example
 * ```ts
 * milesToMetres(10); // 16093.44
 * ```
 */
export function milesToMetres(miles: MaybeNumber): number | null {
  return convertFinite(miles, (value) => value * METRES_PER_MILE);
}

/** Converts kilometres to metres. */
export function kilometresToMetres(kilometres: MaybeNumber): number | null {
  return convertFinite(kilometres, (value) => value * 1000);
}

/** Converts feet to metres. */
export function feetToMetres(feet: MaybeNumber): number | null {
  return convertFinite(feet, (value) => value * METRES_PER_FOOT);
}

/** Converts yards (pool lengths in yard pools) to metres. */
export function yardsToMetres(yards: MaybeNumber): number | null {
  return convertFinite(yards, (value) => value * METRES_PER_YARD);
}

/**
 * Converts miles per hour to metres per second.
 *
 * @example
 * ```ts
 * mphToMetresPerSecond(20); // 8.9408
 * ```
 */
export function mphToMetresPerSecond(milesPerHour: MaybeNumber): number | null {
  return convertFinite(milesPerHour, (value) => (value * METRES_PER_MILE) / 3600);
}

/** Converts kilometres per hour to metres per second. */
export function kphToMetresPerSecond(kilometresPerHour: MaybeNumber): number | null {
  return convertFinite(kilometresPerHour, (value) => (value * 1000) / 3600);
}

/**
 * Converts a running pace in decimal minutes per kilometre to metres per second; a pace of zero
 * or less gives `null`.
 *
 * @example
 * ```ts
 * minutesPerKmToMetresPerSecond(5); // 3.3333…
 * ```
 */
export function minutesPerKmToMetresPerSecond(minutesPerKm: MaybeNumber): number | null {
  return paceToSpeed(
    convertFinite(minutesPerKm, (value) => value * 60),
    1000,
  );
}

/** Converts a pace in decimal minutes per mile to metres per second; zero or less gives `null`. */
export function minutesPerMileToMetresPerSecond(minutesPerMile: MaybeNumber): number | null {
  return paceToSpeed(
    convertFinite(minutesPerMile, (value) => value * 60),
    METRES_PER_MILE,
  );
}

/**
 * Converts a rowing split in seconds per 500 m to metres per second; zero or less gives `null`.
 *
 * @example
 * ```ts
 * secondsPer500mToMetresPerSecond(120); // 4.1666… (a 2:00/500 m split)
 * ```
 */
export function secondsPer500mToMetresPerSecond(secondsPer500m: MaybeNumber): number | null {
  return paceToSpeed(secondsPer500m, 500);
}

/**
 * Converts kilojoules to kilocalories (1 kcal = 4.184 kJ).
 *
 * Mechanical work (Strava `kilojoules`, Peloton output) is not food energy burned; this is a
 * plain unit conversion and applies no efficiency factor.
 *
 * @example
 * ```ts
 * kilojoulesToKilocalories(1000); // 239.0057…
 * ```
 */
export function kilojoulesToKilocalories(kilojoules: MaybeNumber): number | null {
  return convertFinite(kilojoules, (value) => value / KILOJOULES_PER_KILOCALORIE);
}

/** Converts joules to kilojoules. */
export function joulesToKilojoules(joules: MaybeNumber): number | null {
  return convertFinite(joules, (value) => value / 1000);
}

/** Converts degrees Fahrenheit to degrees Celsius. */
export function fahrenheitToCelsius(fahrenheit: MaybeNumber): number | null {
  return convertFinite(fahrenheit, (value) => ((value - 32) * 5) / 9);
}

/** Converts pounds to kilograms. */
export function poundsToKilograms(pounds: MaybeNumber): number | null {
  return convertFinite(pounds, (value) => value * KILOGRAMS_PER_POUND);
}

/** Converts milliseconds to seconds. */
export function millisecondsToSeconds(milliseconds: MaybeNumber): number | null {
  return convertFinite(milliseconds, (value) => value / 1000);
}

/** Converts decimal hours (such as `1.5`) to seconds. */
export function decimalHoursToSeconds(hours: MaybeNumber): number | null {
  return convertFinite(hours, (value) => value * 3600);
}

/**
 * Rounds half away from zero to a number of decimals, without the binary drift of
 * `Math.round(value * 100) / 100` (`roundTo(1.005, 2)` is `1.01`). `null`, `undefined` and
 * non-finite values give `null`.
 *
 * @param value - The number to round.
 * @param decimals - Decimal places, an integer from 0 to 15.
 * @throws RangeError when `decimals` is not an integer from 0 to 15.
 *
 * @example
 * ```ts
 * roundTo(secondsPer500mToMetresPerSecond(120), 4); // 4.1667
 * ```
 */
export function roundTo(value: number, decimals: number): number;
export function roundTo(value: MaybeNumber, decimals: number): number | null;
export function roundTo(value: MaybeNumber, decimals: number): number | null {
  if (!Number.isInteger(decimals) || decimals < 0 || decimals > 15) {
    throw new RangeError(`decimals must be an integer from 0 to 15, got ${decimals}`);
  }
  if (value === null || value === undefined || !Number.isFinite(value)) return null;
  const magnitude = Math.abs(value);
  const scale = 10 ** decimals;
  const scaled = magnitude * scale;
  // Past 2^53 every double is already an integer at this scale: nothing left to round.
  if (scaled >= Number.MAX_SAFE_INTEGER) return value;
  let rounded: number;
  if (Math.abs(scaled - Math.floor(scaled) - 0.5) > Math.max(scaled, 1) * 1e-9) {
    // Far from a half (the binary product is within 2 ulps of the decimal one), the product
    // rounds as the decimal would; an integer over an exact 10^d is the nearest double.
    rounded = Math.round(scaled) / scale;
  } else {
    const text = String(magnitude);
    // Shifting through the decimal string keeps 1.005 as 1.005 instead of 1.00499999….
    rounded = text.includes('e')
      ? Math.round(scaled) / scale
      : Number(`${Math.round(Number(`${text}e${decimals}`))}e-${decimals}`);
  }
  const signed = value < 0 ? -rounded : rounded;
  return signed === 0 ? 0 : signed;
}
