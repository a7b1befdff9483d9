/**
 * Reading a provider's number into a model field, named for what the provider means by it.
 *
 * Two meanings exist: a number is the value, `0` included ({@link valueOrNull}), or `0` is the
 * provider's way of writing "not measured" ({@link measuredOrNull}: Strava's indoor distance
 * and speed, Peloton's output without a power meter). Unit conversion stays in `units.ts` and
 * in the provider's mapper.
 */
import type { MaybeNumber } from './units.js';

/** Options of {@link valueOrNull} and {@link measuredOrNull}. */
export interface ValueOptions {
  /**
   * Treat a negative number as unusable (`null`): for quantities that cannot be negative
   * (distance, duration, energy, heart rate, power), where the normalized model would reject it.
   * Leave it off for values that can be negative (elevation, temperature, an offset).
   * @defaultValue false
   */
  nonNegative?: boolean;
}

/**
 * A number the provider sent, kept as is (`0` included); `null`, `undefined`, `NaN` and
 * `±Infinity` become `null`, and `-0` becomes `0`.
 *
 * @param value - The provider's number, if it sent one.
 * @param options - Whether a negative number is unusable.
 * @example
 * ```ts
 * valueOrNull(0); // 0
 * valueOrNull(Number.NaN); // null
 * valueOrNull(-3, { nonNegative: true }); // null
 * ```
 */
export function valueOrNull(value: MaybeNumber, options: ValueOptions = {}): number | null {
  if (typeof value !== 'number' || !Number.isFinite(value)) return null;
  if (options.nonNegative === true && value < 0) return null;
  return value === 0 ? 0 : value;
}

/**
 * A number from a provider that writes `0` for "not measured": `0` becomes `null`, as do
 * `null`, `undefined`, `NaN` and `±Infinity`; any other finite number is kept.
 *
 * @param value - The provider's number, if it sent one.
 * @param options - Whether a negative number is unusable.
 * @example
 * ```ts
 * // Strava writes 0 for the distance of a gym session.
 * measuredOrNull(0); // null
 * measuredOrNull(5012.3); // 5012.3
 * measuredOrNull(-1, { nonNegative: true }); // null
 * ```
 */
export function measuredOrNull(value: MaybeNumber, options: ValueOptions = {}): number | null {
  const kept = valueOrNull(value, options);
  return kept === 0 ? null : kept;
}
