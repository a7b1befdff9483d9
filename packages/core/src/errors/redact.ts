/** The text that replaces a secret. */
export const REDACTED = '[REDACTED]';

// Field names whose values are credentials wherever they appear (objects, JSON, forms, headers).
const SECRET_FIELD =
  'access[-_]?token|refresh[-_]?token|id[-_]?token|client[-_]?secret|password|passwd|cookie|set-cookie|authorization|proxy-authorization|code[-_]?verifier|oauth[-_]?token[-_]?secret|oauth[-_]?signature|api[-_]?key|x-api-key|x-auth-token|x-access-token|session[-_]?(?:id|token|key)?|signature|secret|token|assertion';
const SECRET_KEY_RE = new RegExp(`^(?:${SECRET_FIELD})$`, 'i');
// Any name that may carry a credential: custom headers (`x-auth-token`, `api-key`), query and
// form parameters (`sig`, `auth`, `X-Amz-Signature`), JSON keys in a body (`sessionToken`).
const CREDENTIAL_WORD =
  'token|secret|key|passw(?:or)?d|auth|cookie|session|signature|credential|assertion|verifier';
const CREDENTIAL_NAME_RE = new RegExp(CREDENTIAL_WORD, 'i');
// `code` is a one-time authorization code in URLs and forms, but an error code in JSON bodies,
// so it is only redacted as a parameter; `sig` is too short to look for inside other names.
const PAIR_NAME_RE = new RegExp(`^(?:[\\w.-]*(?:${CREDENTIAL_WORD})[\\w.-]*|sig|code|pwd)$`, 'i');
const HEADER_NAME_RE = /^(?:cookie|set-cookie|authorization|proxy-authorization)$/i;
// Each pattern below takes a whole name at once (a lookahead is atomic) and judges it in code, so
// a long run of letters costs one pass, not one per credential word; and each runs only when a
// cheap test finds a credential word in the right place (`word…=`, `word…":`, `word…:`).
const PAIR_GATE_RE = new RegExp(`(?:${CREDENTIAL_WORD})[\\w.-]*=|\\b(?:sig|code|pwd)=`, 'i');
const PAIR_RE = /(^|[?&;\s,"'([{])(?=([\w.-]+))\2=(?!\[REDACTED\])([^&\s"',;#)\]}<>]+)/g;
const JSON_GATE_RE = new RegExp(`(?:${CREDENTIAL_WORD})[^"\\\\]*"\\s*:`, 'i');
const JSON_RE = /"((?:[^"\\]|\\.)*)"(\s*:\s*)"(?:[^"\\]|\\.)*"/g;
const HEADER_GATE_RE = new RegExp(`(?:${CREDENTIAL_WORD})[A-Za-z0-9-]*[ \\t]*:`, 'i');
const NAME_COLON_RE = /\b(?=([A-Za-z0-9-]+))\1[ \t]*:[ \t]*/g;
const SCHEME_RE = /\b(Bearer|Basic|Digest|OAuth|Token)\s+[A-Za-z0-9\-._~+/=,:"]+/g;
const JWT_RE = /\beyJ[A-Za-z0-9_-]{5,}\.[A-Za-z0-9_-]{5,}\.[A-Za-z0-9_-]*/g;
// Something shaped like a generated credential: long, no spaces, letters and many digits.
const TOKEN_SHAPE_RE = /^[A-Za-z0-9._~+/=-]{16,}$/;

/**
 * Removes credentials from a string: bearer/basic values, credential-named fields in JSON,
 * query strings and forms (`access_token=`, `sig=`, `auth=`, `code=` …), credential header lines
 * (`Cookie:`, `X-Auth-Token:` …), JWTs, and any exact value in `secrets` (also URL-encoded).
 *
 * @param text - Text that may hold a secret (a message, a body excerpt, a URL).
 * @param secrets - Values known to be secret in this context (tokens, client secret).
 * @returns The text with each secret replaced by `[REDACTED]`.
 * @example
 * ```ts
 * redact('GET /x?sig=abc123&page=2'); // 'GET /x?sig=[REDACTED]&page=2'
 * ```
 */
export function redact(text: string, secrets: readonly string[] = []): string {
  let out = text;
  for (const secret of secrets) {
    // Very short values would redact ordinary words; real credentials are longer.
    if (secret.length < 6) continue;
    if (out.includes(secret)) out = out.split(secret).join(REDACTED);
    const encoded = encodeURIComponent(secret);
    if (encoded !== secret && out.includes(encoded)) out = out.split(encoded).join(REDACTED);
  }
  out = out
    .replace(JWT_RE, REDACTED)
    .replace(SCHEME_RE, (_match, scheme: string) => `${scheme} ${REDACTED}`);
  if (JSON_GATE_RE.test(out)) {
    out = out.replace(JSON_RE, (match, key: string, sep: string) =>
      CREDENTIAL_NAME_RE.test(key) ? `"${key}"${sep}"${REDACTED}"` : match,
    );
  }
  if (PAIR_GATE_RE.test(out)) {
    out = out.replace(PAIR_RE, (match, lead: string, key: string) =>
      PAIR_NAME_RE.test(key) ? `${lead}${key}=${REDACTED}` : match,
    );
  }
  return HEADER_GATE_RE.test(out) ? redactHeaderLines(out) : out;
}

/**
 * Header lines (`Name: value` to the end of the line) whose name carries a credential: the
 * usual credential headers and hyphenated credential names (`X-Auth-Token`) anywhere, and any
 * credential-named name at the start of a line.
 */
function redactHeaderLines(text: string): string {
  let out = '';
  let last = 0;
  NAME_COLON_RE.lastIndex = 0;
  for (let match = NAME_COLON_RE.exec(text); match; match = NAME_COLON_RE.exec(text)) {
    const name = match[1] ?? '';
    let before = match.index - 1;
    while (before >= 0 && (text[before] === ' ' || text[before] === '\t')) before--;
    const lineStart = before < 0 || text[before] === '\n' || text[before] === '\r';
    const credential = lineStart
      ? CREDENTIAL_NAME_RE.test(name)
      : HEADER_NAME_RE.test(name) || (name.includes('-') && CREDENTIAL_NAME_RE.test(name));
    const valueStart = match.index + match[0].length;
    let end = valueStart;
    while (end < text.length && text[end] !== '\n' && text[end] !== '\r') end++;
    if (!credential || end === valueStart || text.slice(valueStart, end) === REDACTED) continue;
    out += `${text.slice(last, valueStart)}${REDACTED}`;
    last = end;
    NAME_COLON_RE.lastIndex = end;
  }
  return last === 0 ? text : out + text.slice(last);
}

/**
 * Whether a field name names a credential (`access_token`, `Authorization`, `cookie`,
 * `x-api-key` …). Used for the keys of objects, where only exact credential names count.
 *
 * @param name - A field, parameter or header name.
 */
export function isSecretField(name: string): boolean {
  return SECRET_KEY_RE.test(name);
}

/**
 * Whether a header (or parameter) name may carry a credential: any name containing `token`,
 * `secret`, `key`, `password`, `auth`, `cookie`, `session`, `signature` or `credential`
 * (`X-Auth-Token`, `Api-Key`, `Proxy-Authorization`, `X-Session-Id` …). Such headers are shown
 * as `[REDACTED]` in hook events and their values are kept out of errors.
 *
 * @param name - A header or parameter name.
 * @example
 * ```ts
 * isSecretHeader('X-Access-Token'); // true
 * isSecretHeader('Accept'); // false
 * ```
 */
export function isSecretHeader(name: string): boolean {
  return CREDENTIAL_NAME_RE.test(name) || isSecretField(name);
}

/**
 * Whether a value (a payload key, a path segment) looks like a credential: it holds a known
 * secret, something {@link redact} removes (a JWT, a bearer value, `token=…`), or it is shaped
 * like a generated token (16 or more characters without spaces, with letters and at least four
 * digits).
 *
 * @param value - The value.
 * @param secrets - Values known to be secret in this context.
 * @example
 * ```ts
 * looksLikeSecret('at_live_9f8e7d6c5b4a3928'); // true
 * looksLikeSecret('start_date'); // false
 * ```
 */
export function looksLikeSecret(value: string, secrets: readonly string[] = []): boolean {
  if (redact(value, secrets) !== value) return true;
  if (!TOKEN_SHAPE_RE.test(value)) return false;
  let digits = 0;
  let letters = 0;
  for (const char of value) {
    if (char >= '0' && char <= '9') digits++;
    else if (/[A-Za-z]/.test(char)) letters++;
  }
  return digits >= 4 && letters >= 2;
}

/**
 * Deep-copies a JSON-like value, replacing secret-named fields with `[REDACTED]` and redacting
 * every string with {@link redact}. `Headers` become a plain object in which every header
 * {@link isSecretHeader} names is `[REDACTED]`.
 *
 * @param value - Any value (objects, arrays, strings, `Headers`).
 * @param secrets - Values known to be secret in this context.
 */
export function redactValue(value: unknown, secrets: readonly string[] = []): unknown {
  return redactInner(value, secrets, 0);
}

function redactInner(value: unknown, secrets: readonly string[], depth: number): unknown {
  if (typeof value === 'string') return redact(value, secrets);
  if (value === null || typeof value !== 'object') return value;
  if (depth > 8) return '[…]';
  if (typeof Headers !== 'undefined' && value instanceof Headers) {
    const out: Record<string, string> = {};
    value.forEach((headerValue, name) => {
      out[name] = isSecretHeader(name) ? REDACTED : redact(headerValue, secrets);
    });
    return out;
  }
  if (Array.isArray(value)) return value.map((item) => redactInner(item, secrets, depth + 1));
  const out: Record<string, unknown> = {};
  for (const [key, item] of Object.entries(value)) {
    out[key] =
      isSecretField(key) && item !== null && item !== undefined
        ? REDACTED
        : redactInner(item, secrets, depth + 1);
  }
  return out;
}
