import { createMemoryTokenStore, ErrorCodes, FitlinkError } from '@fitlink/core';
import { setupServer } from 'msw/node';
import { afterAll, afterEach, beforeAll, beforeEach, describe, expect, it, vi } from 'vitest';
import { createSandbox, type Sandbox } from '../../src/index.js';
import { type SandboxServer, startSandboxServer } from '../../src/node.js';
import { sandboxApp, sandboxClient } from '../core/harness.js';
import { bearer } from '../helpers/oauth.js';

// `stalled-body` and `body-reset`: the real answer's headers and the start of its body, then a
// stall until the client gives up, or a dropped connection. Same knobs in-process and on loopback.

type Fetch = typeof globalThis.fetch;

/** Reads a body chunk by chunk: the bytes that came, and how it ended. */
async function readAll(response: Response): Promise<{ text: string; error?: unknown }> {
  const reader = response.body?.getReader();
  const chunks: Uint8Array[] = [];
  try {
    for (;;) {
      const next = await reader?.read();
      if (next === undefined || next.done) break;
      chunks.push(next.value);
    }
    return { text: Buffer.concat(chunks).toString('utf8') };
  } catch (error) {
    return { text: Buffer.concat(chunks).toString('utf8'), error };
  }
}

function describeBrokenBodies(
  mode: string,
  setup: () => { sandbox: () => Sandbox; fetch: () => Fetch; cancelReachesSandbox: boolean },
): void {
  describe(`broken bodies (${mode})`, () => {
    const { sandbox, fetch, cancelReachesSandbox } = setup();
    const itemsUrl = () => `${sandbox().api.baseUrl}/v1/items?per_page=5`;
    const get = (signal?: AbortSignal) => {
      const token = sandbox().auth.issueTokens().accessToken;
      return fetch()(itemsUrl(), { headers: bearer(token), ...(signal ? { signal } : {}) });
    };
    const fullBody = () => JSON.stringify(sandbox().api.items.slice(0, 5));

    it('body-reset: status and headers arrive, then the body breaks off after afterBytes', async () => {
      const { faults } = sandbox();
      faults.inject({ kind: 'body-reset', afterBytes: 20 }, { match: '/v1/items' });
      const response = await get();
      expect(response.status).toBe(200);
      expect(response.headers.get('x-total-count')).toBe('250');
      expect(response.headers.get('content-length')).toBeNull();
      const read = await readAll(response);
      expect(read.error).toBeInstanceOf(TypeError);
      expect((read.error as Error).message).toBe('terminated');
      expect(read.text).toBe(fullBody().slice(0, 20));
      expect(faults.stats.byKind['body-reset']).toBe(1);
      // The next request is answered normally.
      expect(await (await get()).text()).toBe(fullBody());
    });

    it('body-reset: by default half the body arrives', async () => {
      sandbox().faults.inject({ kind: 'body-reset' });
      const read = await readAll(await get());
      expect(read.error).toBeInstanceOf(TypeError);
      expect(read.text).toBe(fullBody().slice(0, Math.floor(fullBody().length / 2)));
    });

    it('stalled-body: the headers and half the body arrive, then nothing until the client aborts', async () => {
      const { faults } = sandbox();
      faults.inject({ kind: 'stalled-body' }, { match: '/v1/items' });
      const controller = new AbortController();
      const response = await get(controller.signal);
      expect(response.status).toBe(200);
      expect(response.headers.get('content-length')).toBeNull();
      const reader = response.body?.getReader();
      const first = await reader?.read();
      expect(Buffer.from(first?.value ?? []).toString('utf8')).toBe(
        fullBody().slice(0, Math.floor(fullBody().length / 2)),
      );
      let settled = false;
      const rest = reader?.read().then(
        () => (settled = true),
        (error: unknown) => {
          settled = true;
          return error;
        },
      );
      await vi.waitFor(() => expect(faults.stats.stalling).toBe(1));
      await new Promise((resolve) => setTimeout(resolve, 50));
      expect(settled).toBe(false);
      controller.abort();
      expect(await rest).toMatchObject({ name: 'AbortError' });
      await vi.waitFor(() => expect(faults.stats.stalling).toBe(0));
      expect(faults.stats.byKind['stalled-body']).toBe(1);
      expect(await (await get()).text()).toBe(fullBody());
    });

    // In-process, msw keeps a copy of every mocked body for its events (a tee), so cancelling the
    // client's copy never reaches the sandbox; aborting the request does.
    it.runIf(cancelReachesSandbox)(
      'stalled-body: cancelling the body lets the stall go too',
      async () => {
        const { faults } = sandbox();
        faults.inject({ kind: 'stalled-body', afterBytes: 0 });
        const response = await get();
        expect(response.status).toBe(200);
        const reader = response.body?.getReader();
        const reading = reader?.read().catch(() => undefined);
        await vi.waitFor(() => expect(faults.stats.stalling).toBe(1));
        await reader?.cancel();
        await reading;
        await vi.waitFor(() => expect(faults.stats.stalling).toBe(0));
      },
    );

    it('stalled-body: afterBytes past the end sends the whole body, which never ends', async () => {
      const { faults } = sandbox();
      faults.inject({ kind: 'stalled-body', afterBytes: 1_000_000 });
      const controller = new AbortController();
      const response = await get(controller.signal);
      const reader = response.body?.getReader();
      const first = await reader?.read();
      expect(Buffer.from(first?.value ?? []).toString('utf8')).toBe(fullBody());
      const rest = reader?.read().catch((error: unknown) => error);
      await vi.waitFor(() => expect(faults.stats.stalling).toBe(1));
      controller.abort();
      expect(await rest).toMatchObject({ name: 'AbortError' });
    });
  });
}

describeBrokenBodies('in-process', () => {
  let current = createSandbox();
  const server = setupServer();
  beforeAll(() => server.listen({ onUnhandledRequest: 'error' }));
  beforeEach(() => {
    current = createSandbox();
    server.resetHandlers(...current.handlers);
  });
  afterAll(() => server.close());
  return { sandbox: () => current, fetch: () => globalThis.fetch, cancelReachesSandbox: false };
});

describeBrokenBodies('loopback', () => {
  let current = createSandbox();
  let loopback: SandboxServer | undefined;
  beforeEach(async () => {
    current = createSandbox();
    loopback = await startSandboxServer(current);
  });
  afterEach(() => loopback?.close());
  return {
    sandbox: () => current,
    fetch: () => loopback?.fetch ?? globalThis.fetch,
    cancelReachesSandbox: true,
  };
});

describe('broken bodies through a core client on loopback', () => {
  let sandbox = createSandbox();
  let loopback: SandboxServer | undefined;
  beforeEach(async () => {
    sandbox = createSandbox();
    loopback = await startSandboxServer(sandbox);
  });
  afterEach(() => loopback?.close());

  async function client(timeoutMs: number) {
    const store = createMemoryTokenStore();
    const issued = sandbox.auth.issueTokens({ clientId: 'sandbox-client', scope: 'read' });
    await store.set('user-1', {
      accessToken: issued.accessToken,
      refreshToken: issued.refreshToken ?? '',
      expiresAt: issued.expiresAt,
    });
    const fetch = loopback?.fetch ?? globalThis.fetch;
    return sandboxClient({
      app: sandboxApp({ fetch }),
      store,
      key: 'user-1',
      settings: { fetch, timeoutMs, retry: { limit: 0 } },
    });
  }

  it('a stalled body is a timeout FitlinkError at timeoutMs, and the socket is let go', async () => {
    const api = await client(300);
    sandbox.faults.inject({ kind: 'stalled-body' }, { match: '/v1/items' });
    const started = performance.now();
    const failure = await api.request({ path: 'items' }).catch((error: unknown) => error);
    expect(performance.now() - started).toBeGreaterThanOrEqual(290);
    expect(failure).toBeInstanceOf(FitlinkError);
    expect(failure).toMatchObject({ code: ErrorCodes.timeout });
    await vi.waitFor(() => expect(sandbox.faults.stats.stalling).toBe(0));
  });

  it('a reset mid-body is a network FitlinkError', async () => {
    const api = await client(30_000);
    sandbox.faults.inject({ kind: 'body-reset', afterBytes: 10 }, { match: '/v1/items' });
    const failure = await api.request({ path: 'items' }).catch((error: unknown) => error);
    expect(failure).toBeInstanceOf(FitlinkError);
    expect(failure).toMatchObject({ code: ErrorCodes.network });
    expect((await api.request({ path: 'items' })).status).toBe(200);
  });
});
