import { parseJsonKeepingBigIntegers } from '@fitlink/core';

/**
 * Parses a COROS JSON answer or push body, keeping 64-bit ids exact: an integer literal beyond
 * `Number.MAX_SAFE_INTEGER` (`labelId` and `uploadId` are 64-bit) becomes a decimal string
 * instead of a rounded double. Everything else is `JSON.parse`.
 *
 * @param text - The body.
 * @throws SyntaxError when the text is not JSON.
 * @example
 * ```ts
 * parseCorosJson('{"labelId":461734982359384066}'); // { labelId: '461734982359384066' }
 * ```
 */
export function parseCorosJson(text: string): unknown {
  return parseJsonKeepingBigIntegers(text);
}
