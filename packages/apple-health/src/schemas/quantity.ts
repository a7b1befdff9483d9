import * as z from 'zod/mini';

/**
 * A value with its unit as Health Auto Export writes it (`{ "qty": 8.12, "units": "km" }`). The
 * unit follows the phone's Health settings (`km`/`mi`, `kcal`/`kJ` …): always read it.
 *
 * @see https://github.com/Lybron/health-auto-export/wiki/API-Export---JSON-Format
 */
export const appleHealthQuantitySchema = z.looseObject({
  /** The value, in `units`. */
  qty: z.number(),
  /** The unit the value is in, as the phone writes it (`km`, `mi`, `kcal`, `kJ` …). */
  units: z.string(),
});

/** A value with its unit (`{ qty, units }`). */
export type AppleHealthQuantity = z.output<typeof appleHealthQuantitySchema>;

/**
 * A date-time as Health Auto Export writes it, `yyyy-MM-dd HH:mm:ss Z` with the phone's offset
 * at that sample (`2026-08-26 07:02:00 -0400`). Read with `toUtcIso` and `parseOffset`.
 */
export const appleHealthDateSchema = z.string().check(z.minLength(10));
