import { ErrorCodes, FitlinkError } from '../errors/index.js';

/**
 * Builds a stable idempotency key from a record's identifying parts (provider, record type, the
 * provider's id or start time …), so a re-sent or replayed record gets the same key and an app's
 * upsert on it adds nothing. Parts are joined with `:`; a `:` or `\` inside a part is escaped, so
 * `('a:b', 'c')` and `('a', 'b:c')` never collide.
 *
 * @param parts - The identifying parts, in a fixed order. Numbers must be finite.
 * @returns The key, such as `garmin:activity:12345`.
 * @throws {@link FitlinkError} with code `invalid_argument` when no part is given or a number is
 * not finite.
 *
 * @example
 * ```ts
 * const key = idempotencyKey('apple-health', 'workout', workout.id); // "apple-health:workout:…"
 * ```
 */
export function idempotencyKey(...parts: readonly (string | number)[]): string {
  if (parts.length === 0) {
    throw new FitlinkError('An idempotency key needs at least one part', {
      code: ErrorCodes.invalidArgument,
    });
  }
  return parts
    .map((part) => {
      if (typeof part === 'number') {
        if (!Number.isFinite(part)) {
          throw new FitlinkError('An idempotency key part must be a finite number or a string', {
            code: ErrorCodes.invalidArgument,
          });
        }
        return String(part);
      }
      return part.replace(/[\\:]/g, (character) => `\\${character}`);
    })
    .join(':');
}
