// 2^53: an integer at or beyond it in magnitude may have been rounded by JSON.parse.
const UNSAFE_FROM = 2 ** 53;
// A run of 16 or more digits, optionally negative: the only literals that can pass 2^53.
const DIGIT_RUN = /-?\d{16,}/g;
const COLON = 58;
const COMMA = 44;
const OPEN_BRACKET = 91;
const CLOSE_BRACKET = 93;
const CLOSE_BRACE = 125;

function isJsonSpace(code: number): boolean {
  return code === 32 || code === 10 || code === 13 || code === 9;
}

function isUnsafeNumber(value: number): boolean {
  return (value >= UNSAFE_FROM || value <= -UNSAFE_FROM) && Number.isFinite(value);
}

/** Whether a parsed value holds a number that may have been rounded (an integer ≥ 2^53). */
function holdsUnsafeNumber(value: unknown): boolean {
  if (typeof value === 'number') return isUnsafeNumber(value);
  if (typeof value !== 'object' || value === null) return false;
  if (Array.isArray(value)) {
    for (const item of value) if (holdsUnsafeNumber(item)) return true;
    return false;
  }
  for (const key in value) {
    if (holdsUnsafeNumber((value as Record<string, unknown>)[key])) return true;
  }
  return false;
}

/** The same walk without recursion, for JSON nested deeper than the call stack allows. */
function holdsUnsafeNumberDeep(root: unknown): boolean {
  const pending: unknown[] = [root];
  for (
    let value = pending.pop();
    pending.length > 0 || value !== undefined;
    value = pending.pop()
  ) {
    if (typeof value === 'number') {
      if (isUnsafeNumber(value)) return true;
    } else if (typeof value === 'object' && value !== null) {
      pending.push(...(Array.isArray(value) ? value : Object.values(value)));
    }
  }
  return false;
}

function mayHoldUnsafeNumber(root: unknown): boolean {
  try {
    return holdsUnsafeNumber(root);
  } catch {
    return holdsUnsafeNumberDeep(root); // RangeError: too deep for recursion
  }
}

/**
 * Quotes every digit run in a value position (after `:`, `[` or `,`, before `,`, `]`, `}` or the
 * end) that is not a safe integer. A run inside a string never parses once quoted: the inserted
 * quote ends the string and a digit follows it, which JSON never allows. So when the result
 * parses, exactly the integer literals were quoted. Gives `undefined` when nothing needed quotes.
 */
function quoteUnsafeRuns(text: string): string | undefined {
  let out = '';
  let last = 0;
  DIGIT_RUN.lastIndex = 0;
  for (let match = DIGIT_RUN.exec(text); match !== null; match = DIGIT_RUN.exec(text)) {
    const token = match[0];
    const start = match.index;
    const end = start + token.length;
    let before = start - 1;
    while (before >= 0 && isJsonSpace(text.charCodeAt(before))) before--;
    const previous = before < 0 ? COLON : text.charCodeAt(before);
    if (previous !== COLON && previous !== COMMA && previous !== OPEN_BRACKET) continue;
    const next = text.charCodeAt(end);
    const ends =
      end === text.length ||
      next === COMMA ||
      next === CLOSE_BRACE ||
      next === CLOSE_BRACKET ||
      isJsonSpace(next);
    if (!ends || Number.isSafeInteger(Number(token))) continue;
    out += `${text.slice(last, start)}"${token}"`;
    last = end;
  }
  return last === 0 ? undefined : out + text.slice(last);
}

/** The exact scanner: walks the text, skipping strings, and quotes unsafe integer literals. */
function quoteByScanning(text: string): string {
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
  return out + text.slice(last);
}

/**
 * Parses JSON keeping 64-bit integers exact: an integer literal beyond
 * `Number.MAX_SAFE_INTEGER` becomes its decimal string instead of a rounded double. Everything
 * else is `JSON.parse`. For providers whose ids are int64 (Strava, COROS); pass it as `parseJson`
 * to `createHttpClient` or `createIngestHandler`.
 *
 * Cost: one `JSON.parse` and one walk of the result, when no number reaches 2^53 (ids of today's
 * size, and floats with 16 fraction digits, take this path). Only text that really holds a number
 * at or beyond 2^53 is searched for its unsafe integer literals, which are quoted, and parsed a
 * second time.
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
  const parsed: unknown = JSON.parse(text);
  // Every number below 2^53 in magnitude was read exactly.
  if (!mayHoldUnsafeNumber(parsed)) return parsed;
  const quoted = quoteUnsafeRuns(text);
  if (quoted === undefined) return parsed; // the big number was a float (1e20), not an integer
  try {
    return JSON.parse(quoted);
  } catch {
    // A quoted run was inside a string: take the exact scanner's reading instead.
    return JSON.parse(quoteByScanning(text));
  }
}
