import { describe, expect, it, vi } from 'vitest';
import {
  apiKeyAuthenticator,
  createIngestHandler,
  generateIngestKey,
  headerSecretAuthenticator,
  headersSecretAuthenticator,
  type IngestRejection,
  ValidationError,
} from '../../src/index.js';

interface Batch {
  readonly user: string;
  readonly items: readonly { readonly key: string; readonly value: number }[];
}

const SECRET = 'push-secret-0123456789';

function parseBatch(body: unknown, user: string): Batch {
  const items = (body as { items?: unknown }).items;
  if (!Array.isArray(items)) {
    throw new ValidationError('Bad batch', {
      endpoint: 'ingest',
      issues: [{ path: ['items'], code: 'invalid_type', message: 'expected array' }],
    });
  }
  return {
    user,
    items: items.map((item: { id: string; value: number }) => ({
      key: `test:${item.id}`,
      value: item.value,
    })),
  };
}

function setup(overrides: { deliver?: (batch: Batch) => void | Promise<void> } = {}) {
  const delivered: Batch[] = [];
  const rejections: IngestRejection[] = [];
  const handler = createIngestHandler({
    provider: 'test',
    authenticate: headerSecretAuthenticator({ header: 'X-Push-Secret', secret: SECRET }),
    maxBodyBytes: 256,
    parse: (body, context) => parseBatch(body, context.principal.headers.join(',')),
    deliver:
      overrides.deliver ??
      ((batch) => {
        delivered.push(batch);
      }),
    onRejected: (rejection) => rejections.push(rejection),
  });
  return { handler, delivered, rejections };
}

const post = (body: BodyInit | null, headers: Record<string, string> = {}) =>
  new Request('http://127.0.0.1/ingest', {
    method: 'POST',
    headers: { 'content-type': 'application/json', 'x-push-secret': SECRET, ...headers },
    body,
  });

describe('createIngestHandler', () => {
  it('hands a valid batch over, then answers 200', async () => {
    const { handler, delivered } = setup();
    const response = await handler(post(JSON.stringify({ items: [{ id: 'a', value: 1 }] })));
    expect(response.status).toBe(200);
    expect(delivered).toEqual([{ user: 'x-push-secret', items: [{ key: 'test:a', value: 1 }] }]);
  });

  it.each([
    ['no header', {}],
    ['a wrong secret', { 'x-push-secret': 'push-secret-0123456788' }],
    ['a prefix of the secret', { 'x-push-secret': 'push-secret' }],
  ])('refuses %s with 401 and hands nothing over', async (_name, headers) => {
    const { handler, delivered, rejections } = setup();
    const request = new Request('http://127.0.0.1/ingest', {
      method: 'POST',
      headers: { 'content-type': 'application/json', ...headers },
      body: JSON.stringify({ items: [] }),
    });
    const response = await handler(request);
    expect(response.status).toBe(401);
    expect(await response.json()).toEqual({ error: 'webhook_verification' });
    expect(delivered).toEqual([]);
    expect(rejections[0]?.error.message).not.toContain(SECRET);
    expect(JSON.stringify(rejections[0]?.error)).not.toMatch(/push-secret-\d/);
  });

  it('refuses an oversized body with 413, by Content-Length and while streaming', async () => {
    const { handler, delivered } = setup();
    const big = JSON.stringify({
      items: Array.from({ length: 40 }, (_, i) => ({ id: `${i}`, value: i })),
    });
    expect((await handler(post(big))).status).toBe(413);
    const stream = new ReadableStream<Uint8Array>({
      start(controller) {
        controller.enqueue(new TextEncoder().encode(big));
        controller.close();
      },
    });
    const streamed = new Request('http://127.0.0.1/ingest', {
      method: 'POST',
      headers: { 'x-push-secret': SECRET },
      body: stream,
      duplex: 'half',
    } as RequestInit);
    expect((await handler(streamed)).status).toBe(413);
    expect(delivered).toEqual([]);
  });

  it.each([
    ['an empty body', ''],
    ['a truncated body', '{"items":[{"id":"a","val'],
    ['a form body', 'items=a'],
    ['a body that is not the batch', '{"things":[]}'],
  ])('refuses %s with 400 and hands nothing over', async (_name, body) => {
    const { handler, delivered, rejections } = setup();
    const response = await handler(post(body));
    expect(response.status).toBe(400);
    expect(rejections[0]?.error).toBeInstanceOf(ValidationError);
    expect(delivered).toEqual([]);
  });

  it('refuses a body that is not UTF-8 with 400', async () => {
    const { handler, delivered } = setup();
    const response = await handler(post(new Uint8Array([0x7b, 0xff, 0xfe, 0x7d])));
    expect(response.status).toBe(400);
    expect(delivered).toEqual([]);
  });

  it('answers 503 when the app does not take the batch, so the sender retries', async () => {
    const { handler, rejections } = setup({
      deliver: () => {
        throw new Error('queue down');
      },
    });
    const response = await handler(post(JSON.stringify({ items: [] })));
    expect(response.status).toBe(503);
    expect(rejections[0]?.error.code).toBe('ingest_delivery_failed');
  });

  it('waits for the delivery before it acknowledges', async () => {
    let release: () => void = () => undefined;
    const stored: string[] = [];
    const { handler } = setup({
      deliver: (batch) =>
        new Promise<void>((resolve) => {
          release = () => {
            stored.push(...batch.items.map((item) => item.key));
            resolve();
          };
        }),
    });
    let answered = false;
    const pending = handler(post(JSON.stringify({ items: [{ id: 'a', value: 1 }] }))).then((r) => {
      answered = true;
      return r;
    });
    await new Promise((resolve) => setTimeout(resolve, 10));
    expect(answered).toBe(false);
    release();
    expect((await pending).status).toBe(200);
    expect(stored).toEqual(['test:a']);
  });

  it('answers other methods 405, and GET through the health check when given', async () => {
    const { handler } = setup();
    expect((await handler(new Request('http://127.0.0.1/ingest'))).status).toBe(405);
    const withCheck = createIngestHandler({
      authenticate: headerSecretAuthenticator({ header: 'x', secret: 'y' }),
      parse: (body) => body,
      deliver: () => undefined,
      healthCheck: () => new Response('ok'),
    });
    const health = await withCheck(new Request('http://127.0.0.1/ingest'));
    expect(await health.text()).toBe('ok');
  });

  it('uses the acknowledgement the sender expects', async () => {
    const handler = createIngestHandler({
      authenticate: headerSecretAuthenticator({ header: 'x', secret: 'y' }),
      parse: (body) => body,
      deliver: () => undefined,
      acknowledge: () => Response.json({ result: '0000', message: 'OK' }),
    });
    const response = await handler(
      new Request('http://127.0.0.1/', { method: 'POST', headers: { x: 'y' }, body: '{}' }),
    );
    expect(await response.json()).toEqual({ result: '0000', message: 'OK' });
  });

  it('answers 500 when parse fails with something other than a ValidationError', async () => {
    const deliver = vi.fn();
    const handler = createIngestHandler({
      authenticate: headerSecretAuthenticator({ header: 'x', secret: 'y' }),
      parse: () => {
        throw new TypeError('bug');
      },
      deliver,
    });
    const response = await handler(
      new Request('http://127.0.0.1/', { method: 'POST', headers: { x: 'y' }, body: '{}' }),
    );
    expect(response.status).toBe(500);
    expect(deliver).not.toHaveBeenCalled();
  });
});

describe('headersSecretAuthenticator', () => {
  const authenticate = headersSecretAuthenticator({ headers: { Client: 'id-1', Secret: 'sec-1' } });
  it('needs every header', async () => {
    const ok = new Request('http://x/', { headers: { client: 'id-1', secret: 'sec-1' } });
    await expect(authenticate(ok)).resolves.toEqual({ headers: ['client', 'secret'] });
    const half = new Request('http://x/', { headers: { client: 'id-1', secret: 'sec-2' } });
    await expect(authenticate(half)).rejects.toMatchObject({ reason: 'bad_api_key' });
  });
  it('refuses an empty expected value at construction', () => {
    expect(() => headersSecretAuthenticator({ headers: { Client: '' } })).toThrow(/non-empty/);
    expect(() => headerSecretAuthenticator({ header: 'x', secret: [] })).toThrow(/non-empty/);
  });
});

describe('apiKeyAuthenticator', () => {
  it('resolves a generated key to its principal, by Bearer or a custom header', async () => {
    const generated = await generateIngestKey({ prefix: 'flhae' });
    const keys = new Map([[generated.id, { hash: generated.hash, principal: 'user-7' }]]);
    const authenticate = apiKeyAuthenticator({ lookup: async (id) => keys.get(id) });
    const bearer = new Request('http://x/', {
      headers: { authorization: `Bearer ${generated.key}` },
    });
    await expect(authenticate(bearer)).resolves.toBe('user-7');
    const custom = apiKeyAuthenticator({ header: 'x-api-key', lookup: async (id) => keys.get(id) });
    await expect(
      custom(new Request('http://x/', { headers: { 'x-api-key': generated.key } })),
    ).resolves.toBe('user-7');
  });

  it('refuses unknown, wrong and malformed keys without naming them', async () => {
    const generated = await generateIngestKey({ prefix: 'flhae' });
    const other = await generateIngestKey({ prefix: 'flhae' });
    const keys = new Map([[generated.id, { hash: generated.hash, principal: 'user-7' }]]);
    const authenticate = apiKeyAuthenticator({ lookup: async (id) => keys.get(id) });
    const wrongSecret = `${generated.key.slice(0, -1)}${generated.key.endsWith('A') ? 'B' : 'A'}`;
    for (const key of [other.key, wrongSecret, 'not-a-key', '']) {
      const request = new Request('http://x/', { headers: { authorization: `Bearer ${key}` } });
      const error = await authenticate(request).catch((caught: unknown) => caught);
      expect(error).toMatchObject({ reason: 'bad_api_key' });
      if (key) expect(String((error as Error).message)).not.toContain(key);
    }
  });
});

describe('createIngestHandler parseJson', () => {
  it('parses with the given parser, and answers 400 when it throws', async () => {
    const delivered: unknown[] = [];
    const handler = createIngestHandler({
      authenticate: headerSecretAuthenticator({ header: 'x', secret: 'y' }),
      parseJson: (text) => JSON.parse(text.replace(/"id":(\d{16,})/g, '"id":"$1"')),
      parse: (body) => body,
      deliver: (batch) => void delivered.push(batch),
    });
    const send = (body: string) =>
      handler(new Request('http://127.0.0.1/', { method: 'POST', headers: { x: 'y' }, body }));
    expect((await send('{"id":1234567890123456789}')).status).toBe(200);
    expect(delivered).toEqual([{ id: '1234567890123456789' }]);
    expect((await send('{"id":')).status).toBe(400);
    expect(delivered).toHaveLength(1);
  });
});
