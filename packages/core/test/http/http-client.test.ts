import { HttpResponse, http } from 'msw';
import { setupServer } from 'msw/node';
import { afterAll, afterEach, beforeAll, describe, expect, it } from 'vitest';
import * as z from 'zod/mini';
import {
  AuthError,
  createHeaderRateLimitPolicy,
  createHttpClient,
  type HttpEvent,
  ProviderError,
  RateLimitError,
  ValidationError,
} from '../../src/index.js';
import { createFakeClock } from '../fake-clock.js';

const server = setupServer();
beforeAll(() => server.listen({ onUnhandledRequest: 'error' }));
afterEach(() => server.resetHandlers());
afterAll(() => server.close());

const base = 'https://api.test.invalid/v1/';

function sequence(responses: (() => Response)[]): { handler: () => Response; count: () => number } {
  let calls = 0;
  return {
    handler: () => {
      const next = responses[Math.min(calls, responses.length - 1)]!;
      calls++;
      return next();
    },
    count: () => calls,
  };
}

describe('createHttpClient', () => {
  it('parses JSON with the client parseJson (ids beyond 2^53 stay exact) and validates it', async () => {
    server.use(
      http.get(`${base}big`, () =>
        HttpResponse.text('{"id":18014398509481985,"name":"Ride"}', {
          headers: { 'content-type': 'application/json' },
        }),
      ),
    );
    // Quotes long integers before parsing, as an int64-aware parser would.
    const parseJson = (text: string) => JSON.parse(text.replace(/:(\d{16,})/g, ':"$1"'));
    const client = createHttpClient({ provider: 'test', baseUrl: base, parseJson });
    const schema = z.looseObject({ id: z.string(), name: z.string() });
    const { data } = await client.request({ path: 'big', schema });
    expect(data.id).toBe('18014398509481985');
    const plain = createHttpClient({ provider: 'test', baseUrl: base });
    const { data: rounded } = await plain.request({ path: 'big' });
    expect((rounded as { id: number }).id).toBe(18014398509481984);
    const failing = createHttpClient({
      provider: 'test',
      baseUrl: base,
      parseJson: () => {
        throw new SyntaxError('nope');
      },
    });
    await expect(failing.request({ path: 'big' })).rejects.toBeInstanceOf(ProviderError);
  });

  it('retries a GET answered 500 then 200', async () => {
    const answers = sequence([
      () => HttpResponse.json({ error: 'boom' }, { status: 500 }),
      () => HttpResponse.json({ ok: true }),
    ]);
    server.use(http.get(`${base}items`, answers.handler));
    const clock = createFakeClock();
    const client = createHttpClient({ provider: 'test', baseUrl: base, clock });
    const result = await client.request({ path: 'items' });
    expect(result.data).toEqual({ ok: true });
    expect(answers.count()).toBe(2);
    expect(clock.waits).toHaveLength(1);
  });

  it('never retries a POST answered 500', async () => {
    const answers = sequence([
      () => HttpResponse.json({ error: 'boom' }, { status: 500 }),
      () => HttpResponse.json({ ok: true }),
    ]);
    server.use(http.post(`${base}items`, answers.handler));
    const client = createHttpClient({ provider: 'test', baseUrl: base, clock: createFakeClock() });
    const failure = await client
      .request({ method: 'POST', path: 'items', json: { a: 1 } })
      .catch((error: unknown) => error);
    expect(failure).toBeInstanceOf(ProviderError);
    expect((failure as ProviderError).status).toBe(500);
    expect(answers.count()).toBe(1);
  });

  it('honours Retry-After on 429 and succeeds', async () => {
    const answers = sequence([
      () => new HttpResponse(null, { status: 429, headers: { 'retry-after': '7' } }),
      () => HttpResponse.json({ ok: 1 }),
    ]);
    server.use(http.get(`${base}items`, answers.handler));
    const clock = createFakeClock();
    const client = createHttpClient({
      provider: 'test',
      baseUrl: base,
      clock,
      rateLimit: createHeaderRateLimitPolicy(),
    });
    await client.request({ path: 'items' });
    expect(clock.waits).toEqual([7000]);
  });

  it('throws RateLimitError with retryAt when the wait exceeds the bound', async () => {
    server.use(
      http.get(
        `${base}items`,
        () => new HttpResponse(null, { status: 429, headers: { 'retry-after': '120' } }),
      ),
    );
    const clock = createFakeClock();
    const client = createHttpClient({
      provider: 'test',
      baseUrl: base,
      clock,
      rateLimit: createHeaderRateLimitPolicy(),
    });
    const failure = await client
      .request({ path: 'items', maxRateLimitWaitMs: 60_000 })
      .catch((error: unknown) => error);
    expect(failure).toBeInstanceOf(RateLimitError);
    expect((failure as RateLimitError).retryAt.getTime()).toBe(clock.now() + 120_000);
    expect(clock.waits).toEqual([]);
  });

  it('waits for the reset when X-RateLimit-Remaining reaches 0 instead of sending into a 429', async () => {
    let calls = 0;
    server.use(
      http.get(`${base}items`, () => {
        calls++;
        return HttpResponse.json(
          {},
          {
            headers: {
              'x-ratelimit-limit': '100',
              'x-ratelimit-remaining': '0',
              'x-ratelimit-reset': '30',
            },
          },
        );
      }),
    );
    const clock = createFakeClock();
    const client = createHttpClient({
      provider: 'test',
      baseUrl: base,
      clock,
      rateLimit: createHeaderRateLimitPolicy(),
    });
    await client.request({ path: 'items' });
    await client.request({ path: 'items' });
    expect(calls).toBe(2);
    expect(clock.waits).toEqual([30_000]);
  });

  it('validates answers and reports the failing path', async () => {
    server.use(http.get(`${base}me`, () => HttpResponse.json({ id: 'not-a-number', name: 'x' })));
    const client = createHttpClient({ provider: 'test', baseUrl: base });
    const schema = z.looseObject({ id: z.number(), name: z.string() });
    const failure = await client.request({ path: 'me', schema }).catch((error: unknown) => error);
    expect(failure).toBeInstanceOf(ValidationError);
    expect((failure as ValidationError).issues[0]?.path).toEqual(['id']);
    expect((failure as ValidationError).endpoint).toBe('GET /v1/me');
  });

  it('returns null data for allowed statuses and 204', async () => {
    server.use(
      http.get(`${base}missing`, () => HttpResponse.json({ message: 'nope' }, { status: 404 })),
    );
    server.use(http.get(`${base}empty`, () => new HttpResponse(null, { status: 204 })));
    const client = createHttpClient({ provider: 'test', baseUrl: base });
    expect((await client.request({ path: 'missing', allowStatus: [404] })).data).toBeNull();
    expect((await client.request({ path: 'empty' })).data).toBeNull();
  });

  it('maps a 401 without auth to AuthError', async () => {
    server.use(http.get(`${base}me`, () => HttpResponse.json({ message: 'no' }, { status: 401 })));
    const client = createHttpClient({ provider: 'test', baseUrl: base });
    await expect(client.request({ path: 'me' })).rejects.toBeInstanceOf(AuthError);
  });

  it('emits redacted request and response events', async () => {
    server.use(
      http.get(`${base}items`, () =>
        HttpResponse.json({}, { headers: { 'set-cookie': 'session=abcdef123456' } }),
      ),
    );
    const events: HttpEvent[] = [];
    const client = createHttpClient({
      provider: 'test',
      baseUrl: base,
      hooks: {
        onRequest: (event) => events.push(event),
        onResponse: (event) => events.push(event),
      },
    });
    await client.request({
      path: 'items',
      query: { access_token: 'query-secret-123456' },
      headers: { authorization: 'Bearer header-secret-123456' },
    });
    const text = JSON.stringify(events);
    expect(events.map((event) => event.type)).toEqual(['request', 'response']);
    expect(text).not.toContain('query-secret-123456');
    expect(text).not.toContain('header-secret-123456');
    expect(text).not.toContain('abcdef123456');
  });

  it('retries network errors on GET and gives up with a network error', async () => {
    server.use(http.get(`${base}items`, () => HttpResponse.error()));
    const clock = createFakeClock();
    const client = createHttpClient({
      provider: 'test',
      baseUrl: base,
      clock,
      retry: { limit: 2 },
    });
    await expect(client.request({ path: 'items' })).rejects.toMatchObject({ code: 'network' });
    expect(clock.waits).toHaveLength(2);
  });

  it('aborts on the caller signal', async () => {
    server.use(http.get(`${base}items`, () => HttpResponse.json({})));
    const controller = new AbortController();
    controller.abort();
    const client = createHttpClient({ provider: 'test', baseUrl: base });
    await expect(
      client.request({ path: 'items', signal: controller.signal }),
    ).rejects.toMatchObject({ code: 'aborted' });
  });
});
