import { ErrorCodes, FitlinkError, WebhookVerificationError } from '../errors/index.js';

/** Headers as a `Headers` object or a plain record (Node's `IncomingHttpHeaders`, Express …). */
export type HeadersLike =
  | Headers
  | Readonly<Record<string, string | readonly string[] | undefined>>;

/**
 * The body size limit every webhook verifier applies unless told otherwise: 1 MiB. Provider
 * events are a few hundred bytes; the limit only bounds the memory and HMAC work a hostile
 * sender can cause.
 */
export const DEFAULT_WEBHOOK_MAX_BODY_BYTES = 1_048_576;

/** Options of {@link readRawBody}, {@link readRawBodyBytes} and {@link checkBodySize}. */
export interface BodyLimitOptions {
  /**
   * The largest body accepted, in bytes (a positive integer). A larger body is a
   * `WebhookVerificationError` with code `webhook_body_too_large` (reason `malformed`), thrown
   * before any signature work; a streamed body is not read past the limit.
   * @defaultValue 1048576 (1 MiB, {@link DEFAULT_WEBHOOK_MAX_BODY_BYTES})
   */
  maxBodyBytes?: number;
  /**
   * The provider id put on the errors (`whoop`, `strava` …).
   * @defaultValue none
   */
  provider?: string;
}

/**
 * Reads a request's body as bytes for signature checks, exactly as received, from a clone so
 * the request itself can still be read afterwards (by `request.json()` or a framework). The body
 * is read as a stream and reading stops once it passes `maxBodyBytes`; a `Content-Length` above
 * the limit is refused before reading anything.
 *
 * @param request - The incoming webhook request.
 * @param options - The size limit and the provider id for errors.
 * @returns The raw body bytes (empty for a request without a body).
 * @throws {@link WebhookVerificationError} with code `webhook_body_too_large` (reason
 * `malformed`) when the body exceeds the limit, or reason `malformed` when the body could not be
 * read (the sender reset the connection).
 * @throws {@link FitlinkError} with code `invalid_argument` when the body was already read or
 * `maxBodyBytes` is not a positive integer.
 *
 * @example
 * ```ts
 * const payload = await readRawBodyBytes(request, { maxBodyBytes: 64 * 1024 });
 * await verifyHmacSignature({ algorithm: 'SHA-256', secret, payload, signature, encoding: 'hex' });
 * ```
 */
export async function readRawBodyBytes(
  request: Request,
  options: BodyLimitOptions = {},
): Promise<Uint8Array<ArrayBuffer>> {
  const limit = maxBodyBytesOf(options.maxBodyBytes);
  if (request.bodyUsed) {
    throw new FitlinkError('The request body was already read; verify before parsing it', {
      code: ErrorCodes.invalidArgument,
      ...(options.provider !== undefined ? { provider: options.provider } : {}),
    });
  }
  const declared = request.headers.get('content-length')?.trim();
  if (declared !== undefined && /^\d+$/.test(declared) && Number(declared) > limit) {
    throw bodyTooLarge(limit, options.provider);
  }
  const stream = request.clone().body;
  if (stream === null) return new Uint8Array(0);
  const reader = stream.getReader();
  const chunks: Uint8Array[] = [];
  let total = 0;
  for (;;) {
    let chunk: ReadableStreamReadResult<Uint8Array>;
    try {
      chunk = await reader.read();
    } catch (error) {
      throw new WebhookVerificationError('The webhook body could not be read', {
        reason: 'malformed',
        cause: error,
        ...(options.provider !== undefined ? { provider: options.provider } : {}),
      });
    }
    if (chunk.done) break;
    total += chunk.value.byteLength;
    if (total > limit) {
      // Stop reading: the rest of the body is never pulled from the sender. Not awaited: a
      // cancelled branch of a cloned body settles only once the original is cancelled too.
      reader.cancel().catch(() => undefined);
      throw bodyTooLarge(limit, options.provider);
    }
    chunks.push(chunk.value);
  }
  const bytes = new Uint8Array(total);
  let offset = 0;
  for (const chunk of chunks) {
    bytes.set(chunk, offset);
    offset += chunk.byteLength;
  }
  return bytes;
}

/**
 * Reads a request's body as text, with the size limit of {@link readRawBodyBytes}, decoded as
 * `request.text()` does (UTF-8; a leading BOM is dropped and invalid sequences become U+FFFD).
 * Use it for parsing; verify signatures over {@link readRawBodyBytes}, since decoded text does
 * not re-encode to the signed bytes when the body has a BOM or invalid UTF-8.
 *
 * @param request - The incoming webhook request.
 * @param options - The size limit and the provider id for errors.
 * @returns The body decoded as UTF-8.
 * @throws {@link WebhookVerificationError} with code `webhook_body_too_large` (reason
 * `malformed`) when the body exceeds the limit.
 * @throws {@link FitlinkError} with code `invalid_argument` when the body was already read or
 * `maxBodyBytes` is not a positive integer.
 *
 * @example
 * ```ts
 * const text = await readRawBody(request, { maxBodyBytes: 64 * 1024 });
 * const event = JSON.parse(text);
 * ```
 */
export async function readRawBody(
  request: Request,
  options: BodyLimitOptions = {},
): Promise<string> {
  return new TextDecoder().decode(await readRawBodyBytes(request, options));
}

/**
 * Checks the size of a body that is already in memory (a string is measured as UTF-8 bytes),
 * for verifiers that take the raw body rather than a `Request`.
 *
 * @param body - The raw body.
 * @param options - The size limit and the provider id for errors.
 * @returns The body's size in bytes.
 * @throws {@link WebhookVerificationError} with code `webhook_body_too_large` (reason
 * `malformed`) when the body exceeds the limit.
 * @throws {@link FitlinkError} with code `invalid_argument` when `maxBodyBytes` is not a
 * positive integer.
 *
 * @example
 * ```ts
 * checkBodySize(rawBody, { maxBodyBytes: 64 * 1024 });
 * ```
 */
export function checkBodySize(body: string | Uint8Array, options: BodyLimitOptions = {}): number {
  const limit = maxBodyBytesOf(options.maxBodyBytes);
  // A UTF-16 code unit never encodes to fewer than one UTF-8 byte, so a string longer than the
  // limit is too large without encoding it.
  if (typeof body === 'string' && body.length > limit) throw bodyTooLarge(limit, options.provider);
  const size = typeof body === 'string' ? utf8Length(body) : body.byteLength;
  if (size > limit) throw bodyTooLarge(limit, options.provider);
  return size;
}

/** Validates `maxBodyBytes`, or returns the default. */
function maxBodyBytesOf(value: number | undefined): number {
  if (value === undefined) return DEFAULT_WEBHOOK_MAX_BODY_BYTES;
  if (!Number.isSafeInteger(value) || value < 1) {
    throw new FitlinkError(
      'The webhook body size limit (maxBodyBytes) must be a positive integer number of bytes',
      {
        code: ErrorCodes.invalidArgument,
      },
    );
  }
  return value;
}

function bodyTooLarge(limit: number, provider: string | undefined): WebhookVerificationError {
  return new WebhookVerificationError(`Webhook body is larger than the limit of ${limit} bytes`, {
    reason: 'malformed',
    code: ErrorCodes.webhookBodyTooLarge,
    ...(provider !== undefined ? { provider } : {}),
  });
}

function utf8Length(text: string): number {
  let length = 0;
  for (let index = 0; index < text.length; index++) {
    const unit = text.charCodeAt(index);
    if (unit < 0x80) length += 1;
    else if (unit < 0x800) length += 2;
    else if (unit >= 0xd800 && unit <= 0xdbff && isLowSurrogate(text.charCodeAt(index + 1))) {
      length += 4;
      index++;
    } else length += 3; // BMP, or a lone surrogate (encoded as U+FFFD)
  }
  return length;
}

function isLowSurrogate(unit: number): boolean {
  return unit >= 0xdc00 && unit <= 0xdfff;
}

/**
 * Reads one header by name, case-insensitively, from `Headers` or a plain record. Repeated
 * values (arrays) are joined with `, ` as `Headers.get` does.
 *
 * @param headers - The request's headers.
 * @param name - The header name, in any case.
 * @returns The value, or `undefined` when the header is absent.
 *
 * @example
 * ```ts
 * const signature = headerValue(request.headers, 'X-Signature');
 * ```
 */
export function headerValue(headers: HeadersLike, name: string): string | undefined {
  if (typeof Headers !== 'undefined' && headers instanceof Headers) {
    return headers.get(name) ?? undefined;
  }
  const wanted = name.toLowerCase();
  for (const [key, value] of Object.entries(headers)) {
    if (key.toLowerCase() !== wanted || value === undefined) continue;
    return typeof value === 'string' ? value : value.join(', ');
  }
  return undefined;
}
