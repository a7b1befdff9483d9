/**
 * Returns a random opaque token such as `sbx_at_3f2c…`: a prefix and a UUID without dashes.
 * Uses WebCrypto, so it runs in Node, browsers and edge runtimes alike.
 */
export function randomToken(prefix: string): string {
  return `${prefix}${globalThis.crypto.randomUUID().replaceAll('-', '')}`;
}
