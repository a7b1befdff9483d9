import { HttpResponse, http } from 'msw';
import { setupServer } from 'msw/node';
import { afterAll, afterEach, beforeAll, describe, expect, it, vi } from 'vitest';
import * as z from 'zod/mini';
import {
  AuthError,
  connectionAuth,
  createHeaderRateLimitPolicy,
  createHttpClient,
  createOAuth2App,
  EncryptedTokenStore,
  FitlinkError,
  generateTokenKey,
  type HttpEvent,
  MemoryStringStore,
  MemoryTokenStore,
  ProviderError,
  RateLimitError,
  type RequestAuth,
  TokenStoreError,
  ValidationError,
  verifyHmacSignature,
  WebhookVerificationError,
} from '../../src/index.js';
import { createFakeClock } from '../fake-clock.js';

// Realistic-looking secrets, each long enough that any leak is unambiguous.
const secrets = {
  accessToken: 'at_live_9f8e7d6c5b4a39281706f5e4d3c2b1a0',
  refreshToken: 'rt_live_0a1b2c3d4e5f60718293a4b5c6d7e8f9',
  clientSecret: 'cs_live_5e4d3c2b1a0f9e8d7c6b5a4938271605',
  password: 'correct horse battery staple 42!',
  cookie: 'sid=s%3AQmFzZTY0U2Vzc2lvbkNvb2tpZVZhbHVl',
};

const server = setupServer();
beforeAll(() => server.listen({ onUnhandledRequest: 'error' }));
afterEach(() => server.resetHandlers());
afterAll(() => server.close());

const api = 'https://api.leaky.invalid/v1/';
const tokenEndpoint = 'https://auth.leaky.invalid/oauth/token';

/** Every rendering of an error an app might log: message, stack, JSON, cause chain. */
function renderings(error: unknown): string[] {
  const out: string[] = [];
  let current: unknown = error;
  for (let depth = 0; current && depth < 5; depth++) {
    const item = current as Error;
    out.push(String(item.message), String(item.stack), JSON.stringify(item), String(item));
    current = (item as { cause?: unknown }).cause;
  }
  return out;
}

function expectClean(texts: string[]): void {
  const joined = texts.join('\n');
  for (const [name, value] of Object.entries(secrets)) {
    expect(joined, `${name} leaked`).not.toContain(value);
    expect(joined, `${name} leaked (url-encoded)`).not.toContain(encodeURIComponent(value));
  }
}

describe('no secret reaches an error or a hook event', () => {
  it('covers every error type produced by real code paths', async () => {
    const events: HttpEvent[] = [];
    const hooks = {
      onRequest: (event: HttpEvent) => events.push(event),
      onResponse: (event: HttpEvent) => events.push(event),
      onRetry: (event: HttpEvent) => events.push(event),
      onRefresh: (event: HttpEvent) => events.push(event),
    };
    // Every endpoint echoes what it received: headers, query and body, as careless servers do.
    const echo = async ({ request }: { request: Request }) =>
      `${request.url} ${request.headers.get('authorization')} ${request.headers.get('cookie')} ${await request.text()}`;
    server.use(
      http.post(tokenEndpoint, async (info) =>
        HttpResponse.json(
          { error: 'invalid_grant', error_description: `refresh rejected: ${await echo(info)}` },
          { status: 400 },
        ),
      ),
      http.get(`${api}forbidden`, async (info) =>
        HttpResponse.text(`denied ${await echo(info)}`, {
          status: 403,
          headers: { 'set-cookie': secrets.cookie },
        }),
      ),
      http.get(`${api}limited`, async (info) =>
        HttpResponse.text(await echo(info), { status: 429, headers: { 'retry-after': '3600' } }),
      ),
      http.get(`${api}invalid`, () => HttpResponse.json({ id: secrets.accessToken })),
      http.get(`${api}unauthorized`, async (info) =>
        HttpResponse.text(await echo(info), { status: 401 }),
      ),
      http.get(`${api}reset`, () => HttpResponse.error()),
    );

    const clock = createFakeClock();
    const app = createOAuth2App({
      provider: 'leaky',
      clientId: 'client-1',
      clientSecret: secrets.clientSecret,
      clientAuthMethod: 'client_secret_post',
      redirectUri: 'https://app.invalid/callback',
      endpoints: {
        authorizationEndpoint: 'https://auth.leaky.invalid/oauth/authorize',
        tokenEndpoint,
      },
    });
    const store = new MemoryTokenStore();
    await store.set('user-1', {
      accessToken: secrets.accessToken,
      refreshToken: secrets.refreshToken,
      expiresAt: clock.now() + 3_600_000,
    });
    const client = createHttpClient({
      provider: 'leaky',
      baseUrl: api,
      clock,
      hooks,
      retry: { limit: 1 },
      headers: { cookie: secrets.cookie },
      rateLimit: createHeaderRateLimitPolicy(),
      auth: connectionAuth({
        provider: 'leaky',
        store,
        key: 'user-1',
        refresher: app,
        clock,
        hooks,
      }),
    });

    const errors: unknown[] = [];
    const capture = async (task: Promise<unknown>) =>
      errors.push(
        await task.then(
          () => undefined,
          (error: unknown) => error,
        ),
      );

    await capture(
      client.request({ path: 'forbidden', query: { access_token: secrets.accessToken } }),
    );
    await capture(client.request({ path: 'limited', maxRateLimitWaitMs: 1000 }));
    await capture(client.request({ path: 'invalid', schema: z.object({ id: z.number() }) }));
    await capture(client.request({ path: 'unauthorized' })); // 401 → refresh → invalid_grant
    await capture(client.request({ path: 'reset' }));
    await capture(
      verifyHmacSignature({
        algorithm: 'SHA-256',
        secret: secrets.clientSecret,
        payload: secrets.password,
        signature: 'bad',
        encoding: 'hex',
      }),
    );
    const encrypted = new EncryptedTokenStore({
      backend: new MemoryStringStore(),
      keys: [{ id: 'k1', key: generateTokenKey() }],
    });
    await encrypted.set('user-1', {
      accessToken: secrets.accessToken,
      refreshToken: secrets.refreshToken,
    });
    const backend = new MemoryStringStore();
    const tampered = new EncryptedTokenStore({
      backend,
      keys: [{ id: 'k1', key: generateTokenKey() }],
    });
    await tampered.set('user-1', { accessToken: secrets.accessToken });
    const stored = (await backend.get('user-1')) ?? '';
    await backend.set('user-1', `${stored.slice(0, -4)}AAAA`);
    await capture(tampered.get('user-1'));
    errors.push(
      new ProviderError(`echo ${secrets.password}`, {
        status: 500,
        endpoint: `GET /x?refresh_token=${secrets.refreshToken}`,
        body: JSON.stringify(secrets),
        secrets: [secrets.password],
      }),
    );

    const kinds = errors.map((error) => (error as Error).constructor.name);
    expect(kinds).toEqual([
      'ProviderError',
      'RateLimitError',
      'ValidationError',
      'AuthError',
      'FitlinkError',
      'WebhookVerificationError',
      'TokenStoreError',
      'ProviderError',
    ]);
    expect(errors[0]).toBeInstanceOf(ProviderError);
    expect(errors[1]).toBeInstanceOf(RateLimitError);
    expect(errors[2]).toBeInstanceOf(ValidationError);
    expect(errors[3]).toBeInstanceOf(AuthError);
    expect((errors[3] as AuthError).code).toBe('invalid_grant');
    expect(errors[4]).toBeInstanceOf(FitlinkError);
    expect(errors[5]).toBeInstanceOf(WebhookVerificationError);
    expect(errors[6]).toBeInstanceOf(TokenStoreError);
    expect(events.length).toBeGreaterThan(5);
    expectClean(errors.flatMap(renderings));
    expectClean(events.map((event) => JSON.stringify(event)));
  });

  it('a JSON SyntaxError kept as a cause quotes no part of the body', async () => {
    // V8 quotes the first characters it choked on: here, a prefix of the access token.
    server.use(
      http.get(`${api}broken`, () =>
        HttpResponse.text(`${secrets.accessToken} is the token`, {
          headers: { 'content-type': 'application/json' },
        }),
      ),
      http.get(`${api}broken-object`, () =>
        HttpResponse.text(`{"access_token": ${secrets.accessToken}}`, {
          headers: { 'content-type': 'application/json' },
        }),
      ),
    );
    const { client } = await connectedClient();
    const failures = [
      await client.request({ path: 'broken' }).catch((error: unknown) => error),
      await client.request({ path: 'broken-object' }).catch((error: unknown) => error),
    ];
    for (const failure of failures) {
      expect(failure).toBeInstanceOf(ProviderError);
      expect(failure).toMatchObject({ code: 'invalid_body' });
      expect((failure as { cause: Error }).cause).toMatchObject({ name: 'SyntaxError' });
    }
    expectClean(failures.flatMap(renderings));
    expectNoPrefix(failures.flatMap(renderings));
    // Any SyntaxError kept as a cause loses what it quotes, whoever builds the error.
    let parseError: unknown;
    try {
      JSON.parse(`{"a": ${secrets.refreshToken}}`);
    } catch (error) {
      parseError = error;
    }
    const wrapped = new FitlinkError('could not parse', { cause: parseError });
    expect(String((parseError as Error).message)).toContain(secrets.refreshToken.slice(0, 10));
    expectNoPrefix(renderings(wrapped));
  });

  it('an access token replaced by a refresh is still redacted afterwards', async () => {
    const fresh = {
      accessToken: 'at_live_f1e2d3c4b5a69788796a5b4c3d2e1f00',
      refreshToken: 'rt_live_a9b8c7d6e5f4031221304f5e6d7c8b9a',
    };
    let tokenRequests = 0;
    server.use(
      http.post(tokenEndpoint, () => {
        tokenRequests++;
        return HttpResponse.json({
          access_token: fresh.accessToken,
          refresh_token: fresh.refreshToken,
          token_type: 'Bearer',
          expires_in: 3600,
        });
      }),
      http.get(`${api}me`, ({ request }) =>
        request.headers.get('authorization') === `Bearer ${fresh.accessToken}`
          ? HttpResponse.json({ ok: true })
          : HttpResponse.json({ message: 'expired' }, { status: 401 }),
      ),
      // A careless server that remembers the credential it saw before.
      http.get(`${api}history`, () =>
        HttpResponse.text(
          `earlier credentials: ${secrets.accessToken} then ${secrets.refreshToken}`,
          { status: 409 },
        ),
      ),
    );
    const { client, events } = await connectedClient();
    await client.request({ path: 'me' }); // 401 with the old token → refresh → 200
    expect(tokenRequests).toBe(1);
    const failure = await client.request({ path: 'history' }).catch((error: unknown) => error);
    expect(failure).toBeInstanceOf(ProviderError);
    expect((failure as ProviderError).bodyExcerpt).toBe(
      'earlier credentials: [REDACTED] then [REDACTED]',
    );
    expectClean(renderings(failure));
    expectClean(events.map((event) => JSON.stringify(event)));
    expect(JSON.stringify(events)).not.toContain(fresh.accessToken);
  });

  it('custom credential headers are redacted in hook events and errors', async () => {
    const custom = {
      'x-auth-token': 'xat_5f4e3d2c1b0a99887766',
      'x-access-token': 'xac_0a1b2c3d4e5f66778899',
      'api-key': 'apk_9a8b7c6d5e4f33221100',
      'x-api-key': 'xak_1122334455667788aabb',
      'proxy-authorization': 'Basic cHJveHk6c2VjcmV0LXByb3h5',
      'x-session-id': 'sess_77665544332211aabbcc',
    };
    server.use(
      http.get(`${api}echo-headers`, ({ request }) =>
        HttpResponse.text(
          Object.keys(custom)
            .map((name) => `${name} was ${request.headers.get(name)}`)
            .join('; '),
          { status: 400, headers: { 'x-session-token': custom['x-session-id'] } },
        ),
      ),
    );
    const events: HttpEvent[] = [];
    const client = createHttpClient({
      provider: 'leaky',
      baseUrl: api,
      headers: { 'x-api-key': custom['x-api-key'] },
      hooks: {
        onRequest: (event) => events.push(event),
        onResponse: (event) => events.push(event),
      },
    });
    const { 'x-api-key': _default, ...perRequest } = custom;
    const failure = await client
      .request({ path: 'echo-headers', headers: perRequest })
      .catch((error: unknown) => error);
    expect(failure).toBeInstanceOf(ProviderError);
    const request = events.find((event) => event.type === 'request');
    const response = events.find((event) => event.type === 'response');
    for (const name of Object.keys(custom)) {
      expect(request).toHaveProperty(['headers', name], '[REDACTED]');
    }
    expect(response).toHaveProperty(['headers', 'x-session-token'], '[REDACTED]');
    const texts = [...renderings(failure), ...events.map((event) => JSON.stringify(event))];
    for (const [name, value] of Object.entries(custom)) {
      for (const text of texts) expect(text, `${name} leaked`).not.toContain(value);
    }
  });

  it('ValidationError paths and messages never copy payload keys that are secrets', async () => {
    const shaped = 'tok_4f9a8b7c6d5e4f3a2b1c'; // unknown to the client, shaped like a token
    server.use(
      http.get(`${api}keyed`, () =>
        HttpResponse.json({
          sessions: {
            [secrets.accessToken]: { id: 'one' },
            [shaped]: { id: 'two' },
            start_date: { id: 'three' },
          },
        }),
      ),
      http.get(`${api}strict`, () =>
        HttpResponse.json({ id: 1, [secrets.refreshToken]: true, [shaped]: true }),
      ),
    );
    const { client } = await connectedClient();
    const keyed = z.object({
      sessions: z.record(z.string(), z.object({ id: z.number() })),
    });
    const failures = [
      await client.request({ path: 'keyed', schema: keyed }).catch((error: unknown) => error),
      await client
        .request({ path: 'strict', schema: z.strictObject({ id: z.number() }) })
        .catch((error: unknown) => error),
    ];
    const [first, second] = failures as ValidationError[];
    expect(first).toBeInstanceOf(ValidationError);
    expect(first?.issues.map((issue) => issue.path)).toEqual([
      ['sessions', '[REDACTED]', 'id'],
      ['sessions', '[REDACTED]', 'id'],
      ['sessions', 'start_date', 'id'],
    ]);
    expect(second).toBeInstanceOf(ValidationError);
    expect(second?.issues[0]).toMatchObject({
      code: 'unrecognized_keys',
      message: 'Unrecognized keys: "[REDACTED]", "[REDACTED]"',
    });
    const texts = failures.flatMap(renderings);
    expectClean(texts);
    for (const text of texts) expect(text).not.toContain(shaped);
  });

  it('sig=, auth=, key=, token=, password=, code= … values are redacted in messages and causes', async () => {
    const values = {
      sig: 'sigvalue_0123456789',
      auth: 'authvalue_0123456789',
      key: 'keyvalue_0123456789',
      token: 'tokenvalue_0123456789',
      secret: 'secretvalue_0123456789',
      password: 'passwordvalue_0123456789',
      code: 'codevalue_0123456789',
      access_token: 'accessvalue_0123456789',
      refresh_token: 'refreshvalue_0123456789',
      client_secret: 'clientvalue_0123456789',
    };
    const query = new URLSearchParams(values).toString();
    const events: HttpEvent[] = [];
    const failingFetch: typeof fetch = async () => {
      throw new TypeError(`fetch failed: GET https://cdn.leaky.invalid/file?${query}`);
    };
    const client = createHttpClient({
      provider: 'leaky',
      baseUrl: api,
      fetch: failingFetch,
      retry: { limit: 0 },
      hooks: { onRequest: (event) => events.push(event) },
    });
    const failure = await client
      .request({ path: 'signed', query: values })
      .catch((error: unknown) => error);
    expect(failure).toBeInstanceOf(FitlinkError);
    expect(failure).toMatchObject({ code: 'network' });
    const cause = (failure as { cause: Error }).cause;
    expect(cause.message).toContain('sig=[REDACTED]&auth=[REDACTED]&key=[REDACTED]');
    const texts = [...renderings(failure), ...events.map((event) => JSON.stringify(event))];
    for (const [name, value] of Object.entries(values)) {
      for (const text of texts) expect(text, `${name}= leaked`).not.toContain(value);
    }
  });

  it('redaction is lazy: successful requests without hooks never build the secret list', async () => {
    server.use(http.get(`${api}ok`, () => HttpResponse.json({ ok: true })));
    const secretsRead = vi.fn(() => [secrets.accessToken]);
    const auth: RequestAuth = {
      async apply(request) {
        request.headers.set('authorization', `Bearer ${secrets.accessToken}`);
        return { credential: secrets.accessToken };
      },
      secrets: secretsRead,
    };
    const client = createHttpClient({ provider: 'leaky', baseUrl: api, auth });
    for (let index = 0; index < 100; index++) await client.request({ path: 'ok' });
    // Read once, when the credential was first sent (so it is remembered past a refresh).
    expect(secretsRead).toHaveBeenCalledTimes(1);
  });
});

/** A client on a stored connection (the leaky OAuth app), with events recorded. */
async function connectedClient() {
  const events: HttpEvent[] = [];
  const hooks = {
    onRequest: (event: HttpEvent) => events.push(event),
    onResponse: (event: HttpEvent) => events.push(event),
    onRetry: (event: HttpEvent) => events.push(event),
    onRefresh: (event: HttpEvent) => events.push(event),
  };
  const clock = createFakeClock();
  const app = createOAuth2App({
    provider: 'leaky',
    clientId: 'client-1',
    clientSecret: secrets.clientSecret,
    clientAuthMethod: 'client_secret_post',
    redirectUri: 'https://app.invalid/callback',
    endpoints: {
      authorizationEndpoint: 'https://auth.leaky.invalid/oauth/authorize',
      tokenEndpoint,
    },
  });
  const store = new MemoryTokenStore();
  await store.set('user-1', {
    accessToken: secrets.accessToken,
    refreshToken: secrets.refreshToken,
    expiresAt: clock.now() + 3_600_000,
  });
  const client = createHttpClient({
    provider: 'leaky',
    baseUrl: api,
    clock,
    hooks,
    retry: { limit: 0 },
    auth: connectionAuth({ provider: 'leaky', store, key: 'user-1', refresher: app, clock, hooks }),
  });
  return { client, events };
}

/** No 10-character run of any secret (a parser's quote of a body) appears. */
function expectNoPrefix(texts: string[]): void {
  const joined = texts.join('\n');
  for (const [name, value] of Object.entries(secrets)) {
    for (let start = 0; start + 10 <= value.length; start++) {
      expect(joined, `part of ${name} leaked`).not.toContain(value.slice(start, start + 10));
    }
  }
}
