import { encodeSignature, hmac } from '../webhooks/hmac.js';

/** What {@link signOAuth1Request} signs. */
export interface OAuth1SignInput {
  /** The app's consumer key. */
  consumerKey: string;
  /** The app's consumer secret. */
  consumerSecret: string;
  /** HTTP method. */
  method: string;
  /** Full URL; its query parameters are signed. */
  url: string | URL;
  /** Form body parameters (signed, RFC 5849 §3.4.1.3). */
  form?: URLSearchParams;
  /** The token (request or access token). */
  token?: string;
  /** The token secret. */
  tokenSecret?: string;
  /** Protocol parameters such as `oauth_callback` or `oauth_verifier`. */
  oauthParams?: Record<string, string>;
}

/**
 * Percent-encodes as RFC 5849 §3.6 requires: every byte of the UTF-8 form except the unreserved
 * characters `A-Z a-z 0-9 - . _ ~`, in upper-case hex.
 */
function percentEncode(value: string): string {
  return encodeURIComponent(value).replace(
    /[!'()*]/g,
    (char) => `%${char.charCodeAt(0).toString(16).toUpperCase()}`,
  );
}

// 16 random bytes as hex: a nonce no two requests share.
function nonce(): string {
  const bytes = crypto.getRandomValues(new Uint8Array(16));
  return Array.from(bytes, (byte) => byte.toString(16).padStart(2, '0')).join('');
}

/**
 * The signature base string of RFC 5849 §3.4.1: the method, the base URI (scheme and host in
 * lower case, the default port dropped, no query) and the normalized parameters (the query's,
 * the form body's and the protocol's, encoded, sorted by name then value).
 *
 * @param method - The HTTP method.
 * @param url - The request URL, query included.
 * @param parameters - The form body's and the `oauth_*` parameters.
 * @returns The base string.
 */
export function oauth1BaseString(
  method: string,
  url: URL,
  parameters: ReadonlyArray<readonly [string, string]>,
): string {
  const pairs: string[][] = [];
  for (const [name, value] of url.searchParams)
    pairs.push([percentEncode(name), percentEncode(value)]);
  for (const [name, value] of parameters) pairs.push([percentEncode(name), percentEncode(value)]);
  pairs.sort(([leftName = '', leftValue = ''], [rightName = '', rightValue = '']) =>
    leftName === rightName
      ? leftValue < rightValue
        ? -1
        : leftValue > rightValue
          ? 1
          : 0
      : leftName < rightName
        ? -1
        : 1,
  );
  const normalized = pairs.map(([name, value]) => `${name}=${value}`).join('&');
  // URL already lower-cases scheme and host and drops a default port.
  const baseUri = `${url.protocol}//${url.host}${url.pathname}`;
  return [method.toUpperCase(), percentEncode(baseUri), percentEncode(normalized)].join('&');
}

/**
 * Builds an OAuth 1.0a `Authorization` header signed with HMAC-SHA1 (RFC 5849): a fresh nonce and
 * timestamp, the base string of RFC 5849 §3.4.1 and the signature computed with
 * WebCrypto (so core runs wherever `crypto.subtle` does, with no OAuth 1.0a dependency).
 *
 * @param input - The request and credentials.
 * @returns The header value, `OAuth oauth_consumer_key="…", …`.
 * @see https://www.rfc-editor.org/rfc/rfc5849#section-3.4.2
 * @example
 * ```ts
 * const authorization = await signOAuth1Request({
 *   consumerKey, consumerSecret, method: 'GET', url, token, tokenSecret,
 * });
 * ```
 */
export async function signOAuth1Request(input: OAuth1SignInput): Promise<string> {
  const protocol: Record<string, string> = {
    oauth_consumer_key: input.consumerKey,
    oauth_nonce: nonce(),
    oauth_signature_method: 'HMAC-SHA1',
    oauth_timestamp: String(Math.floor(Date.now() / 1000)),
    oauth_version: '1.0',
    ...(input.token !== undefined ? { oauth_token: input.token } : {}),
    ...input.oauthParams,
  };
  const parameters: Array<readonly [string, string]> = [...(input.form ?? [])];
  for (const [name, value] of Object.entries(protocol)) parameters.push([name, value]);
  const base = oauth1BaseString(input.method, new URL(input.url), parameters);
  const key = `${percentEncode(input.consumerSecret)}&${percentEncode(input.tokenSecret ?? '')}`;
  protocol.oauth_signature = encodeSignature(await hmac('SHA-1', key, base), 'base64');
  const fields = Object.keys(protocol)
    .sort()
    .map((name) => `${percentEncode(name)}="${percentEncode(protocol[name] ?? '')}"`);
  return `OAuth ${fields.join(', ')}`;
}
