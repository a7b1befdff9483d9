import { HttpResponse, http } from 'msw';
import { setupServer } from 'msw/node';
import { afterAll, afterEach, beforeAll, describe, expect, it } from 'vitest';
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
});
