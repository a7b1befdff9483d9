import { ErrorCodes, FitlinkError } from '../errors/index.js';
import { timingSafeEqual } from '../webhooks/constant-time.js';
import { encodeBytes } from '../webhooks/encoding.js';

/** A newly generated per-user ingest API key. Show `key` to the user once; store `id` and `hash`. */
export interface GeneratedIngestKey {
  /** The whole key, `<prefix>_<id>_<secret>`: given to the user (or their phone app), never stored. */
  readonly key: string;
  /** The key's public id: the lookup handle an app stores next to the hash and its user. */
  readonly id: string;
  /** SHA-256 of the whole key, lowercase hex: the only form of the key an app stores. */
  readonly hash: string;
}

/** Options of {@link generateIngestKey}. */
export interface GenerateIngestKeyOptions {
  /**
   * A recognisable prefix (letters, digits; 2–16 characters), such as `flhae` for a Health Auto
   * Export key: secret scanners and people can tell what a leaked key is for.
   */
  readonly prefix: string;
}

/** The visible parts of an ingest key, as {@link parseIngestKey} reads them. */
export interface IngestKeyParts {
  /** The prefix the key was generated with. */
  readonly prefix: string;
  /** The key's public id (the app's lookup handle). */
  readonly id: string;
}

const PREFIX = /^[A-Za-z0-9]{2,16}$/;
const KEY = /^([A-Za-z0-9]{2,16})_([A-Za-z0-9]{16})_([A-Za-z0-9_-]{43})$/;

/**
 * Generates a per-user API key for an ingest endpoint (phone exporter apps, push senders that
 * authenticate with a key): 64 random bits of public id and 256 bits of secret from WebCrypto.
 * Store only `id` and `hash`; the key itself cannot be recovered from them.
 *
 * @param options - The key's prefix.
 * @returns The key, its public id and its hash.
 * @throws {@link FitlinkError} with code `invalid_argument` when the prefix is not 2–16 letters
 * or digits.
 *
 * @example
 * ```ts
 * const { key, id, hash } = await generateIngestKey({ prefix: 'flhae' });
 * await db.saveIngestKey({ id, hash, userId }); // show `key` to the user once
 * ```
 */
export async function generateIngestKey(
  options: GenerateIngestKeyOptions,
): Promise<GeneratedIngestKey> {
  if (!PREFIX.test(options.prefix)) {
    throw new FitlinkError('An ingest key prefix must be 2 to 16 letters or digits', {
      code: ErrorCodes.invalidArgument,
    });
  }
  const id = encodeBytes(crypto.getRandomValues(new Uint8Array(8)), 'hex');
  const secret = encodeBytes(crypto.getRandomValues(new Uint8Array(32)), 'base64url');
  const key = `${options.prefix}_${id}_${secret}`;
  return { key, id, hash: await hashIngestKey(key) };
}

/**
 * Hashes an ingest key the way {@link generateIngestKey} stored it: SHA-256 of the whole key,
 * lowercase hex. The key has 256 random bits, so a fast hash is enough (no password hashing).
 *
 * @param key - The whole key as the sender presented it.
 * @returns The lowercase hex hash.
 *
 * @example
 * ```ts
 * const hash = await hashIngestKey(presentedKey);
 * ```
 */
export async function hashIngestKey(key: string): Promise<string> {
  const digest = await crypto.subtle.digest('SHA-256', new TextEncoder().encode(key));
  return encodeBytes(new Uint8Array(digest), 'hex');
}

/**
 * Checks a presented key against a stored hash, in time that does not depend on where they
 * differ.
 *
 * @param key - The key the sender presented.
 * @param hash - The stored hash ({@link GeneratedIngestKey.hash}).
 * @returns Whether the key is the one the hash was made from.
 *
 * @example
 * ```ts
 * if (!(await verifyIngestKey(presentedKey, stored.hash))) return new Response(null, { status: 401 });
 * ```
 */
export async function verifyIngestKey(key: string, hash: string): Promise<boolean> {
  return timingSafeEqual(await hashIngestKey(key), hash.toLowerCase());
}

/**
 * Reads the prefix and public id of a key shaped as {@link generateIngestKey} makes them.
 *
 * @param key - A presented key.
 * @returns The prefix and id, or `null` when the key does not have the generated shape.
 *
 * @example
 * ```ts
 * parseIngestKey('flhae_0123456789abcdef_…'); // { prefix: 'flhae', id: '0123456789abcdef' }
 * ```
 */
export function parseIngestKey(key: string): IngestKeyParts | null {
  const match = KEY.exec(key);
  if (!match) return null;
  return { prefix: match[1] as string, id: match[2] as string };
}
