import { hashIngestKey, type StoredIngestKey } from '@fitlink/core';

/**
 * The sandbox user's ingest key: fixed so demos and tests need no storage. Never use it
 * outside the sandbox.
 */
export const APPLE_HEALTH_SANDBOX_KEY =
  'flhae_5a4db0c0000000a1_sandbox-secret-not-for-production-use-00000';

/** The sandbox key's public id. */
export const APPLE_HEALTH_SANDBOX_KEY_ID = '5a4db0c0000000a1';

/** The principal the sandbox key belongs to. */
export const APPLE_HEALTH_SANDBOX_USER = 'sandbox-user';

/**
 * The sandbox's key storage: finds the sandbox key by id, as an app's `lookup` would.
 *
 * @param keyId - The presented key's public id.
 * @example
 * ```ts
 * const client = createAppleHealthClient({ lookup: lookupAppleHealthSandboxKey });
 * ```
 */
export async function lookupAppleHealthSandboxKey(
  keyId: string,
): Promise<StoredIngestKey<string> | null> {
  if (keyId !== APPLE_HEALTH_SANDBOX_KEY_ID) return null;
  return {
    hash: await hashIngestKey(APPLE_HEALTH_SANDBOX_KEY),
    principal: APPLE_HEALTH_SANDBOX_USER,
  };
}
