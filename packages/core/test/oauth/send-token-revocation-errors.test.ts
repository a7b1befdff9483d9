import { delay, HttpResponse, http } from 'msw';
import { setupServer } from 'msw/node';
import { afterAll, afterEach, beforeAll, describe, expect, it } from 'vitest';
import { AuthError, ErrorCodes, sendTokenRevocation } from '../../src/index.js';
import { ACCESS, DEAUTHORIZE, FRESH, failure, SECRET, TOKEN } from './revocation-fixtures.js';

const server = setupServer();
beforeAll(() => server.listen({ onUnhandledRequest: 'error' }));
afterEach(() => server.resetHandlers());
afterAll(() => server.close());

describe('sendTokenRevocation failures', () => {
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
