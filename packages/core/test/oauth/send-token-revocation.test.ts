import { HttpResponse, http } from 'msw';
import { setupServer } from 'msw/node';
import { afterAll, afterEach, beforeAll, describe, expect, it } from 'vitest';
import { ErrorCodes, type HttpEvent, ProviderError, sendTokenRevocation } from '../../src/index.js';
import { createFakeClock } from '../fake-clock.js';
import { ACCESS, DEAUTHORIZE, FRESH, failure, SECRET, TOKEN } from './revocation-fixtures.js';

const server = setupServer();
beforeAll(() => server.listen({ onUnhandledRequest: 'error' }));
afterEach(() => server.resetHandlers());
afterAll(() => server.close());

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
});
