import { delay, HttpResponse, http } from 'msw';
import { setupServer } from 'msw/node';
import { afterAll, afterEach, beforeAll, describe, expect, it } from 'vitest';
import {
  AuthError,
  ErrorCodes,
  FitlinkError,
  type HttpEvent,
  ProviderError,
  sendTokenRevocation,
} from '../../src/index.js';
import { createFakeClock } from '../fake-clock.js';

const server = setupServer();
beforeAll(() => server.listen({ onUnhandledRequest: 'error' }));
afterEach(() => server.resetHandlers());
afterAll(() => server.close());

const TOKEN = 'access-5f2a9c81d3e7b640';
const FRESH = 'access-fresh-0b71c2d9e8';
const SECRET = 'client-secret-93af01c7';
const DEAUTHORIZE = 'https://auth.example.test/oauth/deauthorize';
const ACCESS = 'https://api.example.test/developer/v2/user/access';

/** Everything an error exposes, to check no credential is in it. */
function exposed(error: unknown): string {
  const fitlink = error as FitlinkError;
  return [fitlink.message, fitlink.stack, JSON.stringify(fitlink.toJSON())].join('\n');
}

async function failure(promise: Promise<unknown>): Promise<FitlinkError> {
  const error = await promise.then(
    () => undefined,
    (reason: unknown) => reason,
  );
  expect(error).toBeInstanceOf(FitlinkError);
  for (const secret of [TOKEN, FRESH, SECRET]) expect(exposed(error)).not.toContain(secret);
  return error as FitlinkError;
}

describe('sendTokenRevocation', () => {
  it('sends the token as bearer and form field (Strava), with hooks that never see it', async () => {
    const seen: { authorization: string | null; form: string }[] = [];
    server.use(
      http.post(DEAUTHORIZE, async ({ request }) => {
        seen.push({
          authorization: request.headers.get('authorization'),
          form: await request.text(),
        });
        // Strava answers with the token it revoked.
        return HttpResponse.json({ access_token: TOKEN });
      }),
    );
    const events: HttpEvent[] = [];
    const result = await sendTokenRevocation({
      provider: 'strava',
      url: DEAUTHORIZE,
      token: TOKEN,
      sendTokenAs: ['bearer', { form: 'access_token' }],
      form: { client_id: '123' },
      hooks: {
        onRequest: (event) => events.push(event),
        onResponse: (event) => events.push(event),
      },
    });
    expect(result).toEqual({ status: 200, alreadyRevoked: false });
    expect(seen).toEqual([
      { authorization: `Bearer ${TOKEN}`, form: `client_id=123&access_token=${TOKEN}` },
    ]);
    expect(events.map((event) => event.type)).toEqual(['request', 'response']);
    expect(events[0]).toMatchObject({
      provider: 'strava',
      method: 'POST',
      url: DEAUTHORIZE,
      headers: { authorization: '[REDACTED]' },
    });
    expect(JSON.stringify(events)).not.toContain(TOKEN);
  });

  it('sends the token as a query parameter, keeping the URL query and redacting the event URL', async () => {
    const urls: string[] = [];
    server.use(
      http.post('https://api.example.test/oauth/revoke', ({ request }) => {
        urls.push(request.url);
        return new HttpResponse(null, { status: 200 });
      }),
    );
    const events: HttpEvent[] = [];
    await sendTokenRevocation({
      provider: 'oura',
      url: 'https://api.example.test/oauth/revoke?v=2',
      token: TOKEN,
      sendTokenAs: { query: 'access_token' },
      hooks: { onRequest: (event) => events.push(event) },
    });
    expect(urls).toEqual([`https://api.example.test/oauth/revoke?v=2&access_token=${TOKEN}`]);
    expect(events[0]).toMatchObject({
      type: 'request',
      url: 'https://api.example.test/oauth/revoke?v=2&access_token=[REDACTED]',
    });
    expect(events[0]).not.toHaveProperty('headers.authorization');
    expect(JSON.stringify(events)).not.toContain(TOKEN);
  });

  it('renews the token once after a 401 and retries with it (WHOOP)', async () => {
    const bearers: (string | null)[] = [];
    server.use(
      http.delete(ACCESS, ({ request }) => {
        const bearer = request.headers.get('authorization');
        bearers.push(bearer);
        return new HttpResponse(null, { status: bearer === `Bearer ${FRESH}` ? 204 : 401 });
      }),
    );
    let renewals = 0;
    const result = await sendTokenRevocation({
      provider: 'whoop',
      method: 'DELETE',
      url: ACCESS,
      token: TOKEN,
      sendTokenAs: 'bearer',
      renewToken: async () => {
        renewals++;
        return FRESH;
      },
    });
    expect(result).toEqual({ status: 204, alreadyRevoked: false });
    expect(bearers).toEqual([`Bearer ${TOKEN}`, `Bearer ${FRESH}`]);
    expect(renewals).toBe(1);
  });

  it('maps a 401 as an error when no fresh token comes, and after a second 401', async () => {
    let calls = 0;
    server.use(
      http.delete(ACCESS, () => {
        calls++;
        return HttpResponse.json({ message: `token ${TOKEN} is invalid` }, { status: 401 });
      }),
    );
    const base = {
      provider: 'whoop',
      method: 'DELETE' as const,
      url: ACCESS,
      token: TOKEN,
      sendTokenAs: 'bearer' as const,
    };
    const givenUp = await failure(
      sendTokenRevocation({ ...base, renewToken: async () => undefined }),
    );
    expect(givenUp).toBeInstanceOf(AuthError);
    expect(givenUp).toMatchObject({ code: ErrorCodes.unauthorized, provider: 'whoop' });
    expect(givenUp.message).toBe(
      'whoop refused the credentials (401) for DELETE /developer/v2/user/access',
    );
    expect(calls).toBe(1);

    const refused = await failure(sendTokenRevocation({ ...base, renewToken: async () => FRESH }));
    expect(refused).toMatchObject({ code: ErrorCodes.unauthorized });
    expect(calls).toBe(3);
  });

  it('treats the statuses it is told mean "already revoked" as success, and only those', async () => {
    server.use(
      http.post(DEAUTHORIZE, () =>
        HttpResponse.json({ error: 'unknown_token', token: TOKEN, hint: TOKEN }, { status: 404 }),
      ),
    );
    const base = { provider: 'example', url: DEAUTHORIZE, token: TOKEN, secrets: [SECRET] };
    expect(
      await sendTokenRevocation({
        ...base,
        sendTokenAs: { form: 'token' },
        alreadyRevokedStatuses: [400, 404],
      }),
    ).toEqual({ status: 404, alreadyRevoked: true });

    const error = await failure(sendTokenRevocation({ ...base, sendTokenAs: { form: 'token' } }));
    expect(error).toBeInstanceOf(ProviderError);
    expect(error).toMatchObject({
      code: ErrorCodes.providerHttp,
      status: 404,
      endpoint: 'POST /oauth/deauthorize',
    });
    expect((error as ProviderError).bodyExcerpt).toContain('unknown_token');
  });

  it('does not renew when 401 means "already revoked"', async () => {
    server.use(http.delete(ACCESS, () => new HttpResponse(null, { status: 401 })));
    let renewals = 0;
    const result = await sendTokenRevocation({
      provider: 'whoop',
      method: 'DELETE',
      url: ACCESS,
      token: TOKEN,
      sendTokenAs: 'bearer',
      alreadyRevokedStatuses: [401],
      renewToken: async () => {
        renewals++;
        return FRESH;
      },
    });
    expect(result).toEqual({ status: 401, alreadyRevoked: true });
    expect(renewals).toBe(0);
  });

  it("applies the provider's mapError with the secrets to redact", async () => {
    server.use(
      http.post(DEAUTHORIZE, () => HttpResponse.json({ message: 'Bad Request' }, { status: 400 })),
    );
    const contexts: { status: number; endpoint: string; body: string }[] = [];
    const error = await failure(
      sendTokenRevocation({
        provider: 'strava',
        url: DEAUTHORIZE,
        token: TOKEN,
        sendTokenAs: 'bearer',
        secrets: [SECRET],
        mapError: (context) => {
          contexts.push({ status: context.status, endpoint: context.endpoint, body: context.body });
          expect(context.secrets).toEqual([SECRET, TOKEN]);
          return new AuthError(`strava refused ${TOKEN} and ${SECRET}`, {
            provider: 'strava',
            code: ErrorCodes.invalidGrant,
            secrets: context.secrets,
          });
        },
      }),
    );
    expect(error).toMatchObject({ code: ErrorCodes.invalidGrant });
    expect(error.message).toBe('strava refused [REDACTED] and [REDACTED]');
    expect(contexts).toEqual([
      { status: 400, endpoint: 'POST /oauth/deauthorize', body: '{"message":"Bad Request"}' },
    ]);
  });

  it('fails with timeout, network and aborted codes like every other request', async () => {
    const base = {
      provider: 'strava',
      url: DEAUTHORIZE,
      token: TOKEN,
      sendTokenAs: ['bearer', { form: 'access_token' }] as const,
    };
    server.use(
      http.post(DEAUTHORIZE, async () => {
        await delay(500);
        return new HttpResponse(null, { status: 200 });
      }),
    );
    const timedOut = await failure(sendTokenRevocation({ ...base, timeoutMs: 20 }));
    expect(timedOut).toMatchObject({ code: ErrorCodes.timeout });

    const controller = new AbortController();
    controller.abort();
    const aborted = await failure(sendTokenRevocation({ ...base, signal: controller.signal }));
    expect(aborted).toMatchObject({ code: ErrorCodes.aborted });

    let calls = 0;
    server.use(
      http.post(DEAUTHORIZE, () => {
        calls++;
        return HttpResponse.error();
      }),
    );
    const network = await failure(sendTokenRevocation(base));
    expect(network).toMatchObject({ code: ErrorCodes.network });
    // A POST is not idempotent: never retried.
    expect(calls).toBe(1);
  });

  it('retries a DELETE answered 503 on the injected clock', async () => {
    let calls = 0;
    server.use(
      http.delete(ACCESS, () => {
        calls++;
        return new HttpResponse(null, { status: calls === 1 ? 503 : 204 });
      }),
    );
    const clock = createFakeClock();
    const result = await sendTokenRevocation({
      provider: 'whoop',
      method: 'DELETE',
      url: ACCESS,
      token: TOKEN,
      sendTokenAs: 'bearer',
      clock,
      retry: { limit: 1 },
    });
    expect(result).toEqual({ status: 204, alreadyRevoked: false });
    expect(calls).toBe(2);
    expect(clock.waits).toHaveLength(1);
  });

  it('refuses an empty token, no placement and a relative URL before sending anything', async () => {
    const base = {
      provider: 'example',
      url: DEAUTHORIZE,
      token: TOKEN,
      sendTokenAs: 'bearer' as const,
    };
    const invalid = { code: ErrorCodes.invalidArgument, provider: 'example' };
    await expect(failure(sendTokenRevocation({ ...base, token: '' }))).resolves.toMatchObject(
      invalid,
    );
    await expect(failure(sendTokenRevocation({ ...base, sendTokenAs: [] }))).resolves.toMatchObject(
      invalid,
    );
    await expect(
      failure(sendTokenRevocation({ ...base, url: `/oauth/deauthorize?token=${TOKEN}` })),
    ).resolves.toMatchObject(invalid);
  });
});
