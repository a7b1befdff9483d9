import { toBytes } from './encoding.js';

/**
 * Compares two secrets in time that depends only on their lengths, never on where they first
 * differ. Strings are compared as UTF-8 bytes; values of different lengths are unequal, and the
 * comparison still walks the longer one so their content does not leak.
 *
 * @param a - One value (a received signature, API key …).
 * @param b - The other value (the expected one).
 * @returns Whether both hold the same bytes.
 *
 * @example
 * ```ts
 * if (!timingSafeEqual(request.headers.get('x-api-key') ?? '', apiKey)) return new Response(null, { status: 401 });
 * ```
 */
export function timingSafeEqual(a: string | Uint8Array, b: string | Uint8Array): boolean {
  const left = toBytes(a);
  const right = toBytes(b);
  const length = Math.max(left.length, right.length);
  let difference = left.length ^ right.length;
  for (let index = 0; index < length; index++) {
    difference |= (left[index] ?? 0) ^ (right[index] ?? 0);
  }
  return difference === 0;
}
