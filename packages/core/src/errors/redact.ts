/** The text that replaces a secret. */
export const REDACTED = '[REDACTED]';

// Field names whose values are credentials wherever they appear (JSON, forms, headers, objects).
const SECRET_FIELD =
  'access_?token|refresh_?token|id_?token|client_?secret|password|passwd|cookie|set-cookie|authorization|proxy-authorization|code_?verifier|oauth_?token_?secret|oauth_?signature|api_?key|x-api-key|secret|token|assertion';
const SECRET_KEY_RE = new RegExp(`^(?:${SECRET_FIELD})$`, 'i');
// `code` is a one-time authorization code in URLs and forms, but an error code in JSON bodies,
// so it is only redacted in query strings and form bodies.
const PAIR_RE = new RegExp(`(^|[?&;\\s,])(${SECRET_FIELD}|code)=([^&\\s"',;]+)`, 'gi');
const JSON_RE = new RegExp(`"(${SECRET_FIELD})"(\\s*:\\s*)"(?:[^"\\\\]|\\\\.)*"`, 'gi');
const SCHEME_RE = /\b(Bearer|Basic|OAuth|Token)\s+[A-Za-z0-9\-._~+/=,:"]+/g;
const HEADER_LINE_RE = /\b(cookie|set-cookie|authorization)(\s*:\s*)[^\r\n]+/gi;
const JWT_RE = /\beyJ[A-Za-z0-9_-]{5,}\.[A-Za-z0-9_-]{5,}\.[A-Za-z0-9_-]*/g;

/**
 * Removes credentials from a string: bearer/basic values, secret-named fields in JSON, query
 * strings and forms, cookie and authorization header lines, JWTs, and any exact value in
 * `secrets` (also in its URL-encoded form).
 *
 * @param text - Text that may hold a secret (a message, a body excerpt, a URL).
 * @param secrets - Values known to be secret in this context (tokens, client secret).
 * @returns The text with each secret replaced by `[REDACTED]`.
 */
export function redact(text: string, secrets: readonly string[] = []): string {
  let out = text;
  for (const secret of secrets) {
    // Very short values would redact ordinary words; real credentials are longer.
    if (secret.length < 6) continue;
    out = out.split(secret).join(REDACTED);
    const encoded = encodeURIComponent(secret);
    if (encoded !== secret) out = out.split(encoded).join(REDACTED);
  }
  return out
    .replace(JWT_RE, REDACTED)
    .replace(SCHEME_RE, (_match, scheme: string) => `${scheme} ${REDACTED}`)
    .replace(HEADER_LINE_RE, (_match, name: string, sep: string) => `${name}${sep}${REDACTED}`)
    .replace(JSON_RE, (_match, key: string, sep: string) => `"${key}"${sep}"${REDACTED}"`)
    .replace(PAIR_RE, (_match, lead: string, key: string) => `${lead}${key}=${REDACTED}`);
}

/**
 * Whether a field or header name names a credential (`access_token`, `Authorization`, `cookie` …).
 *
 * @param name - A field, parameter or header name.
 */
export function isSecretField(name: string): boolean {
  return SECRET_KEY_RE.test(name);
}

/**
 * Deep-copies a JSON-like value, replacing secret-named fields with `[REDACTED]` and redacting
 * every string with {@link redact}.
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
      out[name] = isSecretField(name) ? REDACTED : redact(headerValue, secrets);
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
