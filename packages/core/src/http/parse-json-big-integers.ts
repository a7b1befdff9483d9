/**
 * Parses JSON keeping 64-bit integers exact: an integer literal beyond
 * `Number.MAX_SAFE_INTEGER` becomes its decimal string instead of a rounded double. Everything
 * else is `JSON.parse`, and text without a run of 16 digits takes `JSON.parse` directly. For
 * providers whose ids are int64 (Strava, COROS); pass it as `parseJson` to `createHttpClient` or
 * `createIngestHandler`.
 *
 * @param text - The JSON text.
 * @returns The parsed value.
 * @throws SyntaxError when the text is not JSON.
 * @example
 * ```ts
 * parseJsonKeepingBigIntegers('{"id":1234567890987654321}'); // { id: '1234567890987654321' }
 * ```
 */
export function parseJsonKeepingBigIntegers(text: string): unknown {
  // Fast path: no run of 16 digits, so no integer can exceed 2^53.
  if (!/\d{16}/.test(text)) return JSON.parse(text);
  let out = '';
  let last = 0;
  let inString = false;
  for (let index = 0; index < text.length; index++) {
    const char = text[index];
    if (inString) {
      if (char === '\\') index++;
      else if (char === '"') inString = false;
      continue;
    }
    if (char === '"') {
      inString = true;
      continue;
    }
    if (char === '-' || (char !== undefined && char >= '0' && char <= '9')) {
      let end = index + 1;
      while (end < text.length && /[\d.eE+-]/.test(text[end] ?? '')) end++;
      const token = text.slice(index, end);
      if (/^-?\d{16,}$/.test(token) && !Number.isSafeInteger(Number(token))) {
        out += `${text.slice(last, index)}"${token}"`;
        last = end;
      }
      index = end - 1;
    }
  }
  return JSON.parse(out + text.slice(last));
}
