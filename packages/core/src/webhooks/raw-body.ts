import { ErrorCodes, FitlinkError } from '../errors/index.js';

/** Headers as a `Headers` object or a plain record (Node's `IncomingHttpHeaders`, Express …). */
export type HeadersLike =
  | Headers
  | Readonly<Record<string, string | readonly string[] | undefined>>;

/**
 * Reads a request's body as text for signature checks, from a clone, so the request itself
 * can still be read afterwards (by `request.json()` or a framework).
 *
 * @param request - The incoming webhook request.
 * @returns The body exactly as received, decoded as UTF-8.
 * @throws {@link FitlinkError} with code `invalid_argument` when the body was already read.
 *
 * @example
 * ```ts
 * const payload = await readRawBody(request);
 * await verifyHmacSignature({ algorithm: 'SHA-256', secret, payload, signature, encoding: 'hex' });
 * const event = await request.json();
 * ```
 */
export async function readRawBody(request: Request): Promise<string> {
  if (request.bodyUsed) {
    throw new FitlinkError('The request body was already read; verify before parsing it', {
      code: ErrorCodes.invalidArgument,
    });
  }
  return request.clone().text();
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
