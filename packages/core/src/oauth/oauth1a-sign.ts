import OAuth from 'oauth-1.0a';
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
 * Builds an OAuth 1.0a `Authorization` header signed with HMAC-SHA1 (RFC 5849). The
 * `oauth-1.0a` library supplies the nonce, timestamp, parameter normalization, base string and
 * header; the signature itself is computed with WebCrypto, because the library's hash hook is
 * synchronous and WebCrypto is not (and `node:crypto` would tie core to Node).
 *
 * @param input - The request and credentials.
 * @returns The header value, `OAuth oauth_consumer_key="…", …`.
 * @see https://www.rfc-editor.org/rfc/rfc5849#section-3.4.2
 */
export async function signOAuth1Request(input: OAuth1SignInput): Promise<string> {
  let captured: { base: string; key: string } | undefined;
  const signer = new OAuth({
    consumer: { key: input.consumerKey, secret: input.consumerSecret },
    signature_method: 'HMAC-SHA1',
    hash_function: (base, key) => {
      captured = { base, key };
      return '';
    },
  });
  const data: Record<string, string> = { ...input.oauthParams };
  for (const [name, value] of input.form ?? []) data[name] = value;
  const token =
    input.token !== undefined ? { key: input.token, secret: input.tokenSecret ?? '' } : undefined;
  const oauthData = signer.authorize(
    { url: String(input.url), method: input.method.toUpperCase(), data },
    token,
  );
  if (!captured) throw new Error('oauth-1.0a did not produce a base string');
  const signature = encodeSignature(await hmac('SHA-1', captured.key, captured.base), 'base64');
  const header = signer.toHeader({
    ...oauthData,
    ...input.oauthParams,
    oauth_signature: signature,
  });
  return header.Authorization;
}
