import { describe, expect, it } from 'vitest';
import { ErrorCodes, WebhookVerificationError } from '../../src/errors/index.js';
import {
  checkBodySize,
  DEFAULT_WEBHOOK_MAX_BODY_BYTES,
  readRawBody,
  readRawBodyBytes,
} from '../../src/webhooks/index.js';

const URL = 'https://app.example/webhooks';

/** A body stream of `chunks` chunks of `size` bytes that counts what was pulled from it. */
function countingStream(chunkSize: number, chunks = Number.POSITIVE_INFINITY) {
  const state = { pulled: 0 };
  let sent = 0;
  const stream = new ReadableStream<Uint8Array>(
    {
      pull(controller) {
        if (sent >= chunks) {
          controller.close();
          return;
        }
        sent += 1;
        state.pulled += chunkSize;
        controller.enqueue(new Uint8Array(chunkSize).fill(0x61));
      },
    },
    { highWaterMark: 0 },
  );
  return { stream, state };
}

function streamedRequest(stream: ReadableStream<Uint8Array>, headers?: HeadersInit): Request {
  return new Request(URL, {
    method: 'POST',
    body: stream,
    duplex: 'half',
    ...(headers ? { headers } : {}),
  } as RequestInit);
}

async function failure(promise: Promise<unknown>): Promise<WebhookVerificationError> {
  const error = await promise.then(
    () => undefined,
    (caught: unknown) => caught,
  );
  expect(error).toBeInstanceOf(WebhookVerificationError);
  return error as WebhookVerificationError;
}

describe('the webhook body limit', () => {
  it('defaults to 1 MiB: a body of exactly the limit is read, one byte more is refused', async () => {
    expect(DEFAULT_WEBHOOK_MAX_BODY_BYTES).toBe(1_048_576);
    const exact = new Uint8Array(DEFAULT_WEBHOOK_MAX_BODY_BYTES).fill(0x20);
    const read = await readRawBodyBytes(new Request(URL, { method: 'POST', body: exact }));
    expect(read.byteLength).toBe(DEFAULT_WEBHOOK_MAX_BODY_BYTES);
    const over = new Uint8Array(DEFAULT_WEBHOOK_MAX_BODY_BYTES + 1);
    const error = await failure(readRawBodyBytes(new Request(URL, { method: 'POST', body: over })));
    expect(error).toMatchObject({ code: ErrorCodes.webhookBodyTooLarge, reason: 'malformed' });
    expect(error.message).toContain('1048576');
  });

  it('is configurable, and applies to readRawBody as well', async () => {
    const body = '{"id":"0123456789"}'; // 19 bytes
    const request = () => new Request(URL, { method: 'POST', body });
    expect(await readRawBody(request(), { maxBodyBytes: 19 })).toBe(body);
    const error = await failure(readRawBody(request(), { maxBodyBytes: 18, provider: 'whoop' }));
    expect(error).toMatchObject({
      code: ErrorCodes.webhookBodyTooLarge,
      reason: 'malformed',
      provider: 'whoop',
    });
    expect(error.toJSON()).toMatchObject({ code: 'webhook_body_too_large', provider: 'whoop' });
  });

  it('stops reading an endless streamed body at the limit and pulls nothing more', async () => {
    const { stream, state } = countingStream(1024);
    const request = streamedRequest(stream);
    const error = await failure(readRawBodyBytes(request, { maxBodyBytes: 10_000 }));
    expect(error.code).toBe(ErrorCodes.webhookBodyTooLarge);
    // Ten full chunks fit, the eleventh passes the limit; nothing is pulled after that but the
    // stream's own one-chunk read-ahead.
    expect(state.pulled).toBeGreaterThan(10_000);
    expect(state.pulled).toBeLessThanOrEqual(10_000 + 3 * 1024);
    const pulled = state.pulled;
    await new Promise((resolve) => setTimeout(resolve, 20));
    expect(state.pulled).toBe(pulled);
  });

  it('reads a streamed body under the limit completely and leaves the request readable', async () => {
    const { stream } = countingStream(100, 5);
    const request = streamedRequest(stream);
    expect((await readRawBodyBytes(request, { maxBodyBytes: 500 })).byteLength).toBe(500);
    expect((await request.arrayBuffer()).byteLength).toBe(500);
  });

  it('refuses a declared Content-Length above the limit without reading the body', async () => {
    const { stream, state } = countingStream(16, 1);
    const request = streamedRequest(stream, { 'content-length': '2000000' });
    const error = await failure(readRawBodyBytes(request));
    expect(error.code).toBe(ErrorCodes.webhookBodyTooLarge);
    expect(state.pulled).toBe(0);
    // A lying Content-Length below the real size does not get past the stream cap.
    const lying = streamedRequest(countingStream(64, 10).stream, { 'content-length': '10' });
    expect((await failure(readRawBodyBytes(lying, { maxBodyBytes: 100 }))).code).toBe(
      ErrorCodes.webhookBodyTooLarge,
    );
  });

  it('keeps the bytes exactly: a BOM and invalid UTF-8 survive readRawBodyBytes', async () => {
    const bytes = new Uint8Array([0xef, 0xbb, 0xbf, 0x7b, 0x22, 0xff, 0xfe, 0x22, 0x7d]);
    const request = new Request(URL, { method: 'POST', body: bytes });
    expect(await readRawBodyBytes(request)).toEqual(bytes);
    // The text form decodes like request.text(): BOM dropped, invalid bytes replaced.
    expect(await readRawBody(request)).toBe('{"\uFFFD\uFFFD"}');
    expect(await readRawBody(request)).toBe(await request.text());
  });

  it('reads a request without a body as empty bytes', async () => {
    expect(await readRawBodyBytes(new Request(URL))).toEqual(new Uint8Array(0));
  });

  it('reports a body the sender broke off as malformed, not a raw TypeError', async () => {
    const stream = new ReadableStream<Uint8Array>({
      pull(controller) {
        controller.error(new TypeError('terminated'));
      },
    });
    const error = await failure(readRawBodyBytes(streamedRequest(stream)));
    expect(error).toMatchObject({ reason: 'malformed', code: ErrorCodes.webhookVerification });
  });

  it.each([0, -1, 1.5, Number.NaN, Number.POSITIVE_INFINITY])(
    'refuses maxBodyBytes %s as invalid_argument',
    async (maxBodyBytes) => {
      await expect(
        readRawBodyBytes(new Request(URL, { method: 'POST', body: 'x' }), { maxBodyBytes }),
      ).rejects.toMatchObject({ code: ErrorCodes.invalidArgument });
      expect(() => checkBodySize('x', { maxBodyBytes })).toThrowError(
        expect.objectContaining({ code: ErrorCodes.invalidArgument }),
      );
    },
  );
});

describe('checkBodySize', () => {
  it('measures strings as UTF-8 bytes', () => {
    expect(checkBodySize('abc', { maxBodyBytes: 3 })).toBe(3);
    expect(checkBodySize('Zürich', { maxBodyBytes: 7 })).toBe(7);
    expect(checkBodySize('🚴', { maxBodyBytes: 4 })).toBe(4);
    expect(checkBodySize('\uD800', { maxBodyBytes: 3 })).toBe(3); // lone surrogate → U+FFFD
    for (const text of ['Zürich', '🚴', 'a\u20ACb', '\uFEFF{}']) {
      expect(checkBodySize(text)).toBe(new TextEncoder().encode(text).byteLength);
    }
    expect(() => checkBodySize('Zürich', { maxBodyBytes: 6 })).toThrowError(
      expect.objectContaining({ code: ErrorCodes.webhookBodyTooLarge, reason: 'malformed' }),
    );
  });

  it('measures bytes as they are, and refuses a huge string without encoding it', () => {
    expect(checkBodySize(new Uint8Array(10), { maxBodyBytes: 10 })).toBe(10);
    expect(() => checkBodySize(new Uint8Array(11), { maxBodyBytes: 10 })).toThrowError(
      WebhookVerificationError,
    );
    expect(() => checkBodySize('x'.repeat(DEFAULT_WEBHOOK_MAX_BODY_BYTES + 1))).toThrowError(
      expect.objectContaining({ code: ErrorCodes.webhookBodyTooLarge }),
    );
  });
});
