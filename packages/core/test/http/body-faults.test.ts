import { HttpResponse, http } from 'msw';
import { setupServer } from 'msw/node';
import { afterAll, afterEach, beforeAll, beforeEach, describe, expect, it, vi } from 'vitest';
import * as z from 'zod/mini';
import {
  createHttpClient,
  FitlinkError,
  type HttpClientSettings,
  loadHttpTransport,
  ProviderError,
  type RetryEvent,
} from '../../src/index.js';
import { createFakeClock } from '../fake-clock.js';

// Fake timers below: load the HTTP layer first, so no request waits on a module load.
beforeAll(() => loadHttpTransport());

// Body faults that arrive after the headers: a body that stalls, a connection that drops
// mid-body, a JSON document cut short. Timeouts run on vitest's fake timers (exact figures);
// backoff waits on the client's fake clock, with Math.random pinned to 0.5 so the jittered
// delays are exact: 375 ms then 750 ms with the default 500 ms base.

const server = setupServer();
beforeAll(() => server.listen({ onUnhandledRequest: 'error' }));
afterEach(() => {
  server.resetHandlers();
  vi.useRealTimers();
});
afterAll(() => server.close());
beforeEach(() => {
  vi.spyOn(Math, 'random').mockReturnValue(0.5);
});

const base = 'https://api.body.invalid/v1/';
const encoder = new TextEncoder();
const json = { 'content-type': 'application/json' };

/** Headers at once, then half a document, then nothing: the body never ends. */
const stalled = () =>
  new HttpResponse(
    new ReadableStream<Uint8Array>({
      start(controller) {
        controller.enqueue(encoder.encode('{"id":'));
      },
    }),
    { headers: json },
  );

/** Headers and a first chunk, then the connection drops as undici reports it. */
const resetMidBody = () =>
  new HttpResponse(
    new ReadableStream<Uint8Array>({
      start(controller) {
        controller.enqueue(encoder.encode('{"id":'));
      },
      pull(controller) {
        controller.error(new TypeError('terminated'));
      },
    }),
    { headers: json },
  );

/** A complete answer whose JSON stops halfway (no Content-Length, as the sandbox cuts it). */
const truncated = () => new HttpResponse('{"id":1,"na', { headers: json });
const ok = () => HttpResponse.json({ id: 1 });

/** Answers in turn, the last one repeating; counts requests. */
function answers(...list: (() => Response)[]) {
  let calls = 0;
  return {
    handler: () => list[Math.min(calls++, list.length - 1)]!(),
    count: () => calls,
  };
}

function client(settings: Partial<HttpClientSettings> = {}) {
  const clock = createFakeClock();
  const retries: RetryEvent[] = [];
  const http = createHttpClient({
    provider: 'test',
    baseUrl: base,
    clock,
    hooks: { onRetry: (event) => retries.push(event) },
    ...settings,
  });
  return { http, clock, retries };
}

const schema = z.object({ id: z.number() });

/** Settles a promise into a value or the error, so pending state can be checked. */
function track<T>(promise: Promise<T>) {
  const state: { settled: boolean; value?: T; error?: unknown } = { settled: false };
  promise.then(
    (value) => Object.assign(state, { settled: true, value }),
    (error: unknown) => Object.assign(state, { settled: true, error }),
  );
  return state;
}

describe('timeoutMs covers reading the body', () => {
  it('a body that stalls after the headers fails with `timeout` at timeoutMs, not later', async () => {
    vi.useFakeTimers({ toFake: ['setTimeout', 'clearTimeout'] });
    server.use(http.get(`${base}stall`, stalled));
    const { http: api } = client({ retry: { limit: 0 } });
    const state = track(api.request({ path: 'stall', schema, timeoutMs: 300 }));
    await vi.advanceTimersByTimeAsync(299);
    expect(state.settled).toBe(false);
    await vi.advanceTimersByTimeAsync(1);
    expect(state.settled).toBe(true);
    expect(state.error).toBeInstanceOf(FitlinkError);
    expect(state.error).toMatchObject({ code: 'timeout', provider: undefined });
    expect((state.error as Error).message).toBe(
      'The answer was not read completely within 300 ms from api.body.invalid/v1/stall',
    );
    expect((state.error as { cause: Error }).cause).toMatchObject({ name: 'TimeoutError' });
  });

  it('a GET whose body stalls is retried like a 5xx: 3 attempts of 300 ms, waits 375 and 750 ms', async () => {
    vi.useFakeTimers({ toFake: ['setTimeout', 'clearTimeout'] });
    const stalls = answers(stalled);
    server.use(http.get(`${base}stall`, stalls.handler));
    const { http: api, clock, retries } = client({ retry: { limit: 2 } });
    const state = track(api.request({ path: 'stall', schema, timeoutMs: 300 }));
    await vi.advanceTimersByTimeAsync(899);
    expect(state.settled).toBe(false);
    await vi.advanceTimersByTimeAsync(1);
    expect(state.error).toMatchObject({ code: 'timeout' });
    expect(stalls.count()).toBe(3);
    expect(clock.waits).toEqual([375, 750]);
    expect(retries.map((event) => event.reason)).toEqual(['timeout', 'timeout']);
  });

  it('a GET whose body stalls once succeeds on the retry', async () => {
    vi.useFakeTimers({ toFake: ['setTimeout', 'clearTimeout'] });
    const sequence = answers(stalled, ok);
    server.use(http.get(`${base}stall`, sequence.handler));
    const { http: api, clock } = client();
    const state = track(api.request({ path: 'stall', schema, timeoutMs: 300 }));
    await vi.advanceTimersByTimeAsync(300);
    expect(state.value).toMatchObject({ status: 200, data: { id: 1 } });
    expect(sequence.count()).toBe(2);
    expect(clock.waits).toEqual([375]);
  });

  it('a POST whose body stalls is never retried', async () => {
    vi.useFakeTimers({ toFake: ['setTimeout', 'clearTimeout'] });
    const stalls = answers(stalled);
    server.use(http.post(`${base}stall`, stalls.handler));
    const { http: api, clock } = client();
    const state = track(api.request({ method: 'POST', path: 'stall', json: {}, timeoutMs: 300 }));
    await vi.advanceTimersByTimeAsync(300);
    expect(state.error).toMatchObject({ code: 'timeout' });
    expect(stalls.count()).toBe(1);
    expect(clock.waits).toEqual([]);
  });

  it('an error answer whose body stalls still fails at timeoutMs, as a ProviderError without excerpt', async () => {
    vi.useFakeTimers({ toFake: ['setTimeout', 'clearTimeout'] });
    server.use(
      http.get(
        `${base}stall`,
        () =>
          new HttpResponse(
            new ReadableStream({
              start(controller) {
                controller.enqueue(encoder.encode('{"error":'));
              },
            }),
            { status: 400, headers: json },
          ),
      ),
    );
    const { http: api } = client();
    const state = track(api.request({ path: 'stall', timeoutMs: 300 }));
    await vi.advanceTimersByTimeAsync(299);
    expect(state.settled).toBe(false);
    await vi.advanceTimersByTimeAsync(1);
    expect(state.error).toBeInstanceOf(ProviderError);
    expect(state.error).toMatchObject({ status: 400, bodyExcerpt: '' });
  });

  it("the caller's signal ends a stalled body with `aborted`", async () => {
    server.use(http.get(`${base}stall`, stalled));
    const { http: api } = client();
    const controller = new AbortController();
    const pending = api.request({ path: 'stall', signal: controller.signal, timeoutMs: 60_000 });
    setTimeout(() => controller.abort(), 10);
    await expect(pending).rejects.toMatchObject({ code: 'aborted' });
  });
});

describe('a connection reset mid-body', () => {
  it('is a `network` FitlinkError with the cause attached, never a raw TypeError: terminated', async () => {
    const resets = answers(resetMidBody);
    server.use(http.get(`${base}reset`, resets.handler));
    const { http: api, clock, retries } = client();
    const failure = await api.request({ path: 'reset', schema }).catch((error: unknown) => error);
    expect(failure).toBeInstanceOf(FitlinkError);
    expect(failure).toMatchObject({
      code: 'network',
      message: 'Connection lost while reading the answer from api.body.invalid/v1/reset',
    });
    expect((failure as { cause: Error }).cause).toMatchObject({
      name: 'TypeError',
      message: 'terminated',
    });
    // Retried like a 5xx: the default limit of 2, then the error.
    expect(resets.count()).toBe(3);
    expect(clock.waits).toEqual([375, 750]);
    expect(retries.map((event) => event.reason)).toEqual(['network', 'network']);
  });

  it('a GET reset once mid-body succeeds on the retry; a POST is not retried', async () => {
    const get = answers(resetMidBody, ok);
    const post = answers(resetMidBody, ok);
    server.use(http.get(`${base}reset`, get.handler), http.post(`${base}reset`, post.handler));
    const { http: api } = client();
    expect((await api.request({ path: 'reset', schema })).data).toEqual({ id: 1 });
    expect(get.count()).toBe(2);
    await expect(
      api.request({ method: 'POST', path: 'reset', json: {}, schema }),
    ).rejects.toMatchObject({ code: 'network' });
    expect(post.count()).toBe(1);
  });

  it('reads a binary body as bytes, and retries a GET reset mid-body like a JSON one', async () => {
    const fit = new Uint8Array([0x0e, 0x10, 0xd9, 0x07, 0xff, 0x00, 0x2e, 0x46, 0x49, 0x54]);
    const download = answers(resetMidBody, () => new HttpResponse(fit, { status: 200 }));
    server.use(http.get(`${base}file`, download.handler));
    const { http: api } = client();
    const { data } = await api.request({ path: 'file', responseType: 'bytes' });
    expect(data).toBeInstanceOf(Uint8Array);
    expect([...(data as Uint8Array)]).toEqual([...fit]);
    expect(download.count()).toBe(2);
  });

  it('PUT, DELETE, OPTIONS and HEAD retry like GET; PATCH does not', async () => {
    const counts: Record<string, number> = {};
    const handler = ({ request }: { request: Request }) => {
      counts[request.method] = (counts[request.method] ?? 0) + 1;
      return counts[request.method] === 1 ? resetMidBody() : ok();
    };
    server.use(http.all(`${base}reset`, handler));
    const { http: api } = client();
    for (const method of ['PUT', 'DELETE', 'OPTIONS', 'HEAD']) {
      await api.request({ method, path: 'reset', responseType: 'text' });
    }
    await expect(api.request({ method: 'PATCH', path: 'reset', json: {} })).rejects.toMatchObject({
      code: 'network',
    });
    expect(counts).toEqual({ PUT: 2, DELETE: 2, OPTIONS: 2, HEAD: 2, PATCH: 1 });
  });
});

describe('a truncated JSON body', () => {
  it('is retried on a GET and succeeds', async () => {
    const sequence = answers(truncated, ok);
    server.use(http.get(`${base}cut`, sequence.handler));
    const { http: api, clock, retries } = client();
    expect((await api.request({ path: 'cut', schema })).data).toEqual({ id: 1 });
    expect(sequence.count()).toBe(2);
    expect(clock.waits).toEqual([375]);
    expect(retries.map((event) => event.reason)).toEqual(['invalid-body']);
  });

  it('fails with `invalid_body` after the retry limit, and a POST is never retried', async () => {
    const cut = answers(truncated);
    server.use(http.get(`${base}cut`, cut.handler), http.post(`${base}cut`, cut.handler));
    const { http: api, clock } = client({ retry: { limit: 1 } });
    const failure = await api.request({ path: 'cut', schema }).catch((error: unknown) => error);
    expect(failure).toBeInstanceOf(ProviderError);
    expect(failure).toMatchObject({ code: 'invalid_body', status: 200, endpoint: 'GET /v1/cut' });
    expect(cut.count()).toBe(2);
    expect(clock.waits).toEqual([375]);
    await expect(api.request({ method: 'POST', path: 'cut', json: {} })).rejects.toMatchObject({
      code: 'invalid_body',
    });
    expect(cut.count()).toBe(3);
  });

  it('an explicit idempotent: false opts a GET out of the retries', async () => {
    const cut = answers(truncated, ok);
    server.use(http.get(`${base}cut`, cut.handler));
    const { http: api } = client();
    await expect(api.request({ path: 'cut', idempotent: false })).rejects.toMatchObject({
      code: 'invalid_body',
    });
    expect(cut.count()).toBe(1);
  });
});

describe('every failure is a FitlinkError', () => {
  it("a mapError that throws gives the default error with the mapper's failure as cause", async () => {
    server.use(http.get(`${base}bad`, () => HttpResponse.json({ oops: 1 }, { status: 418 })));
    const { http: api } = client({
      mapError: () => {
        throw new RangeError('mapper bug');
      },
    });
    const failure = await api.request({ path: 'bad' }).catch((error: unknown) => error);
    expect(failure).toBeInstanceOf(ProviderError);
    expect(failure).toMatchObject({ status: 418 });
    expect((failure as { cause: Error }).cause).toMatchObject({
      name: 'RangeError',
      message: 'mapper bug',
    });
  });
});
