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
