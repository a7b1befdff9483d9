import { createHmac } from 'node:crypto';
import { HttpResponse, http } from 'msw';
import { setupServer } from 'msw/node';
import { afterAll, afterEach, beforeAll, describe, expect, it } from 'vitest';
import {
  AuthError,
  createHttpClient,
  createOAuth1App,
  MemoryTokenStore,
  signOAuth1Request,
} from '../../src/index.js';
import { oauth1BaseString } from '../../src/oauth/oauth1a-sign.js';

const consumer = { key: 'consumer-key-1', secret: 'consumer-secret-1' };
const base = 'https://oauth1.test.invalid';

const encode = (value: string) =>
  encodeURIComponent(value).replace(
    /[!'()*]/g,
    (char) => `%${char.charCodeAt(0).toString(16).toUpperCase()}`,
  );

/** Recomputes an OAuth 1.0a HMAC-SHA1 signature independently (RFC 5849 §3.4) with node:crypto. */
function expectedSignature(
  method: string,
  url: URL,
  params: Record<string, string>,
  tokenSecret: string,
): string {
  const all: [string, string][] = [
    ...url.searchParams.entries(),
    ...Object.entries(params).filter(([name]) => name !== 'oauth_signature'),
  ];
  const normalized = all
    .map(([name, value]) => [encode(name), encode(value)] as const)
    .sort(([a, av], [b, bv]) => (a === b ? (av < bv ? -1 : 1) : a < b ? -1 : 1))
    .map(([name, value]) => `${name}=${value}`)
    .join('&');
  const baseString = [method, encode(`${url.origin}${url.pathname}`), encode(normalized)].join('&');
  return createHmac('sha1', `${encode(consumer.secret)}&${encode(tokenSecret)}`)
    .update(baseString)
    .digest('base64');
}

function parseHeader(header: string | null): Record<string, string> {
  const out: Record<string, string> = {};
  for (const match of (header ?? '').matchAll(/(\w+)="([^"]*)"/g))
    out[match[1]!] = decodeURIComponent(match[2]!);
  return out;
}

/** A tiny OAuth 1.0a provider that verifies every signature it receives. */
const tokenSecrets = new Map<string, string>([['', '']]);
function verify(request: Request): Record<string, string> | null {
  const params = parseHeader(request.headers.get('authorization'));
  const secret = tokenSecrets.get(params.oauth_token ?? '') ?? 'unknown';
  const ok =
    params.oauth_signature ===
    expectedSignature(request.method, new URL(request.url), params, secret);
  return ok &&
    params.oauth_consumer_key === consumer.key &&
    params.oauth_signature_method === 'HMAC-SHA1'
    ? params
    : null;
}

const server = setupServer(
  http.post(`${base}/request_token`, ({ request }) => {
    const params = verify(request);
    if (params?.oauth_callback !== 'https://app.invalid/cb')
      return new HttpResponse('bad signature', { status: 401 });
    tokenSecrets.set('request-token-1', 'request-secret-1');
    return HttpResponse.text(
      'oauth_token=request-token-1&oauth_token_secret=request-secret-1&oauth_callback_confirmed=true',
    );
  }),
  http.post(`${base}/access_token`, ({ request }) => {
    const params = verify(request);
    if (params?.oauth_verifier !== 'verifier-1')
      return new HttpResponse('bad verifier', { status: 401 });
    tokenSecrets.set('access-token-1', 'access-secret-1');
    return HttpResponse.text('oauth_token=access-token-1&oauth_token_secret=access-secret-1');
  }),
  http.get(`${base}/api/profile`, ({ request }) =>
    verify(request) ? HttpResponse.json({ ok: true }) : new HttpResponse(null, { status: 401 }),
  ),
);
beforeAll(() => server.listen({ onUnhandledRequest: 'error' }));
afterEach(() => server.resetHandlers());
afterAll(() => server.close());

const app = createOAuth1App({
  provider: 'oauth1-test',
  consumerKey: consumer.key,
  consumerSecret: consumer.secret,
  requestTokenUrl: `${base}/request_token`,
  authorizeUrl: `${base}/authorize`,
  accessTokenUrl: `${base}/access_token`,
  callbackUrl: 'https://app.invalid/cb',
});

describe('OAuth 1.0a', () => {
  it('signs with HMAC-SHA1 exactly as RFC 5849 computes it, query parameters included', async () => {
    const url = new URL(`${base}/api/profile?b=2&a=1&space=a%20b`);
    tokenSecrets.set('tok', 'tok-secret');
    const header = await signOAuth1Request({
      consumerKey: consumer.key,
      consumerSecret: consumer.secret,
      method: 'GET',
      url,
      token: 'tok',
      tokenSecret: 'tok-secret',
    });
    const params = parseHeader(header);
    expect(params.oauth_signature).toBe(expectedSignature('GET', url, params, 'tok-secret'));
    expect(params.oauth_version).toBe('1.0');
  });

  it('builds the base string of RFC 5849 section 3.4.1.1 for its example request', () => {
    // The RFC's example: query, form body and protocol parameters, encoded and sorted.
    const url = new URL('http://EXAMPLE.COM:80/request?b5=%3D%253D&a3=a&c%40=&a2=r%20b');
    const parameters: Array<[string, string]> = [
      ['c2', ''],
      ['a3', '2 q'],
      ['oauth_consumer_key', '9djdj82h48djs9d2'],
      ['oauth_token', 'kkk9d7dh3k39sjv7'],
      ['oauth_signature_method', 'HMAC-SHA1'],
      ['oauth_timestamp', '137131201'],
      ['oauth_nonce', '7d8f3e4a'],
    ];
    expect(oauth1BaseString('post', url, parameters)).toBe(
      'POST&http%3A%2F%2Fexample.com%2Frequest&a2%3Dr%2520b%26a3%3D2%2520q%26a3%3Da%26b5%3D%253D%25253D%26c%2540%3D%26c2%3D%26oauth_consumer_key%3D9djdj82h48djs9d2%26oauth_nonce%3D7d8f3e4a%26oauth_signature_method%3DHMAC-SHA1%26oauth_timestamp%3D137131201%26oauth_token%3Dkkk9d7dh3k39sjv7',
    );
  });

  it('encodes what encodeURIComponent leaves alone, and never repeats a nonce', async () => {
    const url = new URL(`${base}/api/profile`);
    const sign = () =>
      signOAuth1Request({
        consumerKey: consumer.key,
        consumerSecret: consumer.secret,
        method: 'POST',
        url,
        form: new URLSearchParams({ note: "it's (really) *fine*!" }),
      });
    const first = parseHeader(await sign());
    const second = parseHeader(await sign());
    expect(first.oauth_nonce).not.toBe(second.oauth_nonce);
    expect(first.oauth_signature).toBe(
      expectedSignature('POST', url, { ...first, note: "it's (really) *fine*!" }, ''),
    );
  });

  it('runs the three legs and signs API calls with the stored token', async () => {
    const authorization = await app.createAuthorization();
    expect(authorization.url.toString()).toBe(`${base}/authorize?oauth_token=request-token-1`);
    const tokens = await app.exchangeVerifier({
      requestToken: authorization.requestToken,
      requestTokenSecret: authorization.requestTokenSecret,
      verifier: 'verifier-1',
    });
    expect(tokens).toMatchObject({ accessToken: 'access-token-1', tokenSecret: 'access-secret-1' });
    const store = new MemoryTokenStore();
    await store.set('user-1', tokens);
    const client = createHttpClient({
      provider: 'oauth1-test',
      baseUrl: `${base}/api/`,
      auth: app.auth({ store, key: 'user-1' }),
    });
    expect((await client.request({ path: 'profile', query: { fields: 'all' } })).data).toEqual({
      ok: true,
    });
  });

  it('turns a refused verifier into AuthError without leaking secrets', async () => {
    const failure = await app
      .exchangeVerifier({
        requestToken: 'request-token-1',
        requestTokenSecret: 'request-secret-1',
        verifier: 'wrong-verifier',
      })
      .catch((error: unknown) => error);
    expect(failure).toBeInstanceOf(AuthError);
    expect(JSON.stringify(failure)).not.toContain('request-secret-1');
    expect(JSON.stringify(failure)).not.toContain(consumer.secret);
  });
});
