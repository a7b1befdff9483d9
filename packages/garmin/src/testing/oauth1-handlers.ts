import { type FakeAuthorizationServer, SANDBOX_CLIENT, SANDBOX_USER } from '@fitlink/testing';
import { type HttpHandler, HttpResponse, http } from 'msw';
import {
  GARMIN_OAUTH1_ACCESS_TOKEN_URL,
  GARMIN_OAUTH1_AUTHORIZE_URL,
  GARMIN_OAUTH1_REQUEST_TOKEN_URL,
  GARMIN_TOKEN_EXCHANGE_URL,
} from '../endpoints.js';

/** An OAuth 1.0a token pair the sandbox accepts (a connection made before the migration). */
export const GARMIN_SANDBOX_OAUTH1_TOKEN = {
  /** The OAuth 1.0a access token. */
  token: 'sandbox-oauth1-token',
  /** Its secret. */
  tokenSecret: 'sandbox-oauth1-token-secret',
} as const;

/** A request token of the sandbox's OAuth 1.0a flow. */
export interface GarminLegacyRequest {
  /** The request token's secret. */
  secret: string;
  /** Where the user is sent back. */
  callback: string;
  /** The verifier, once the user authorized. */
  verifier?: string;
}

/** The legacy OAuth 1.0a state of the sandbox. */
export interface GarminLegacyState {
  /** Access token → secret of live OAuth 1.0a connections (exchanged ones are removed). */
  readonly tokens: Map<string, string>;
  /** Request token → secret, verifier once authorized. */
  readonly requests: Map<string, GarminLegacyRequest>;
  /** How many token exchanges succeeded. */
  exchanges: number;
}

/** Creates the legacy state with {@link GARMIN_SANDBOX_OAUTH1_TOKEN} connected. */
export function createGarminLegacyState(): GarminLegacyState {
  return {
    tokens: new Map([[GARMIN_SANDBOX_OAUTH1_TOKEN.token, GARMIN_SANDBOX_OAUTH1_TOKEN.tokenSecret]]),
    requests: new Map(),
    exchanges: 0,
  };
}

const rfc3986 = (value: string) =>
  encodeURIComponent(value).replace(
    /[!'()*]/g,
    (c) => `%${c.charCodeAt(0).toString(16).toUpperCase()}`,
  );

/**
 * Reads and verifies an OAuth 1.0a `Authorization` header (RFC 5849): the sandbox client's
 * consumer key, HMAC-SHA1 over the base string (method, URL, header, query and form
 * parameters) with the consumer secret and `tokenSecret(oauth_token)`. `null` when it fails.
 */
async function verifiedOAuthParams(
  request: Request,
  tokenSecret: (token: string | undefined) => string | undefined,
): Promise<Map<string, string> | null> {
  const header = request.headers.get('authorization') ?? '';
  if (!header.startsWith('OAuth ')) return null;
  const params = new Map<string, string>();
  for (const match of header.slice(6).matchAll(/([a-z_]+)="([^"]*)"/g)) {
    params.set(match[1] ?? '', decodeURIComponent(match[2] ?? ''));
  }
  const signature = params.get('oauth_signature');
  if (
    params.get('oauth_signature_method') !== 'HMAC-SHA1' ||
    signature === undefined ||
    params.get('oauth_consumer_key') !== SANDBOX_CLIENT.clientId
  )
    return null;
  const secret = tokenSecret(params.get('oauth_token'));
  if (secret === undefined) return null;
  const url = new URL(request.url);
  const pairs: [string, string][] = [...params].filter(
    ([name]) => name !== 'oauth_signature' && name !== 'realm',
  );
  for (const pair of url.searchParams) pairs.push(pair);
  if ((request.headers.get('content-type') ?? '').includes('application/x-www-form-urlencoded')) {
    for (const pair of new URLSearchParams(await request.clone().text())) pairs.push(pair);
  }
  const normalized = pairs
    .map(([name, value]) => [rfc3986(name), rfc3986(value)] as const)
    .sort(([a, x], [b, y]) => (a === b ? (x < y ? -1 : x > y ? 1 : 0) : a < b ? -1 : 1))
    .map(([name, value]) => `${name}=${value}`)
    .join('&');
  const base = [
    request.method.toUpperCase(),
    rfc3986(`${url.origin}${url.pathname}`),
    rfc3986(normalized),
  ].join('&');
  const keyText = `${rfc3986(SANDBOX_CLIENT.clientSecret ?? '')}&${rfc3986(secret)}`;
  const key = await crypto.subtle.importKey(
    'raw',
    new TextEncoder().encode(keyText),
    { name: 'HMAC', hash: 'SHA-1' },
    false,
    ['sign'],
  );
  const mac = new Uint8Array(await crypto.subtle.sign('HMAC', key, new TextEncoder().encode(base)));
  const expected = btoa(String.fromCharCode(...mac));
  return expected === signature ? params : null;
}

const refuse = () =>
  HttpResponse.json({ errorMessage: 'Invalid OAuth 1.0a signature or token' }, { status: 401 });
const form = (values: Record<string, string>) =>
  new HttpResponse(new URLSearchParams(values).toString(), {
    headers: { 'content-type': 'application/x-www-form-urlencoded' },
  });

/**
 * Garmin's legacy OAuth 1.0a endpoints (request token, the user's authorization with an
 * immediate redirect, access token), each verifying the HMAC-SHA1 signature, and the partner-gateway token exchange that turns a live
 * OAuth 1.0a pair into OAuth 2 tokens of `auth` (and retires the pair).
 */
export function createGarminLegacyHandlers(
  auth: FakeAuthorizationServer,
  state: GarminLegacyState,
  options: { tokenExchangeUrl?: string } = {},
): HttpHandler[] {
  let counter = 0;
  return [
    http.post(GARMIN_OAUTH1_REQUEST_TOKEN_URL, async ({ request }) => {
      // No token yet: the key is the consumer secret and an empty token secret.
      const params = await verifiedOAuthParams(request, (token) => (token ? undefined : ''));
      if (!params) return refuse();
      counter += 1;
      const token = `sandbox-request-${counter}`;
      state.requests.set(token, {
        secret: `${token}-secret`,
        callback: params.get('oauth_callback') ?? 'oob',
      });
      return form({
        oauth_token: token,
        oauth_token_secret: `${token}-secret`,
        oauth_callback_confirmed: 'true',
      });
    }),
    http.get(GARMIN_OAUTH1_AUTHORIZE_URL, ({ request }) => {
      const token = new URL(request.url).searchParams.get('oauth_token') ?? '';
      const pending = state.requests.get(token);
      if (!pending) return HttpResponse.text('Unknown request token', { status: 400 });
      pending.verifier = `verifier-${token}`;
      const callback = new URL(pending.callback);
      callback.searchParams.set('oauth_token', token);
      callback.searchParams.set('oauth_verifier', pending.verifier);
      return new HttpResponse(null, { status: 302, headers: { location: callback.href } });
    }),
    http.post(GARMIN_OAUTH1_ACCESS_TOKEN_URL, async ({ request }) => {
      const params = await verifiedOAuthParams(
        request,
        (token) => state.requests.get(token ?? '')?.secret,
      );
      const pending = state.requests.get(params?.get('oauth_token') ?? '');
      if (!params || !pending || pending.verifier !== params.get('oauth_verifier')) return refuse();
      state.requests.delete(params.get('oauth_token') ?? '');
      counter += 1;
      const token = `sandbox-oauth1-access-${counter}`;
      state.tokens.set(token, `${token}-secret`);
      return form({ oauth_token: token, oauth_token_secret: `${token}-secret` });
    }),
    http.post(options.tokenExchangeUrl ?? GARMIN_TOKEN_EXCHANGE_URL, async ({ request }) => {
      // Signed with the user's pair: the token secret proves possession.
      const params = await verifiedOAuthParams(request, (token) => state.tokens.get(token ?? ''));
      const token = params?.get('oauth_token') ?? '';
      if (!params || !state.tokens.has(token)) return refuse();
      state.tokens.delete(token);
      state.exchanges += 1;
      const issued = auth.issueTokens({ userId: SANDBOX_USER.id, expiresInSeconds: 86_400 });
      return HttpResponse.json({
        access_token: issued.accessToken,
        refresh_token: issued.refreshToken,
        expires_in: issued.expiresIn,
        refresh_token_expires_in: 7_775_998,
        token_type: 'bearer',
      });
    }),
  ];
}
