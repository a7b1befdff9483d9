import { parseJsonKeepingBigIntegers } from '@fitlink/core';

/**
 * Parses a Strava JSON answer, keeping int64 ids exact: an integer literal beyond
 * `Number.MAX_SAFE_INTEGER` (Strava's ids and upload ids are int64, and the docs' own examples
 * exceed 2^53) becomes a decimal string instead of a rounded double. Everything else is
 * `JSON.parse`.
 *
 * @param text - The response body.
 * @throws SyntaxError when the text is not JSON.
 * @example
 * ```ts
 * parseStravaJson('{"id":1234567890987654321}'); // { id: '1234567890987654321' }
 * ```
 */
export function parseStravaJson(text: string): unknown {
  return parseJsonKeepingBigIntegers(text);
}
