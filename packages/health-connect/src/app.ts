import {
  apiKeyAuthenticator,
  type GeneratedIngestKey,
  generateIngestKey,
  type IngestAuthenticator,
  type StoredIngestKey,
} from '@fitlink/core';
import { HEALTH_CONNECT_DEFAULT_KEY_HEADER, HEALTH_CONNECT_KEY_PREFIX } from './endpoints.js';

/** Settings of {@link createHealthConnectApp}. */
export interface HealthConnectAppSettings<P> {
  /**
   * Finds a stored key by its public id (the middle part of `fhc_<id>_<secret>`) in the app's
   * storage: its hash and whom it belongs to; `null` when there is none or it was revoked.
   */
  lookup(keyId: string): Promise<StoredIngestKey<P> | null | undefined>;
  /**
   * The header the exporter app sends the key in. `authorization` takes `Bearer <key>` or the
   * bare key; HC Webhook can send any custom header (`x-api-key`).
   * @defaultValue `'authorization'`
   */
  header?: string;
  /** The prefix of generated keys. @defaultValue `'fhc'` */
  keyPrefix?: string;
}

/**
 * The app-level part of Health Connect: per-user ingest keys. There is no OAuth: the app
 * issues a key, the user pastes it (with the endpoint URL) into the exporter app, and every
 * batch is authenticated by it.
 */
export interface HealthConnectApp<P> {
  /** Provider id. */
  readonly provider: 'health-connect';
  /**
   * Generates a key for one user. Show `key` to the user once; store only `id` and `hash`.
   * @example
   * ```ts
   * const { key, id, hash } = await app.issueKey();
   * ```
   */
  issueKey(): Promise<GeneratedIngestKey>;
  /**
   * Authenticates a request by its key (constant-time hash check), for the client's handler.
   * @throws WebhookVerificationError when the key is missing, unknown or wrong.
   */
  readonly authenticate: IngestAuthenticator<P>;
}

/**
 * Creates the Health Connect app: key issuance and the authenticator the ingest handler uses.
 *
 * @param settings - The key lookup, header and key prefix.
 * @example
 * ```ts
 * import { createHealthConnectApp } from '@fitlink/health-connect';
 * const keys = new Map<string, { hash: string; principal: string }>();
 * const app = createHealthConnectApp({ lookup: async (id) => keys.get(id) });
 * const issued = await app.issueKey();
 * keys.set(issued.id, { hash: issued.hash, principal: 'user-1' });
 * ```
 */
export function createHealthConnectApp<P>(
  settings: HealthConnectAppSettings<P>,
): HealthConnectApp<P> {
  const prefix = settings.keyPrefix ?? HEALTH_CONNECT_KEY_PREFIX;
  const authenticate = apiKeyAuthenticator<P>({
    header: settings.header ?? HEALTH_CONNECT_DEFAULT_KEY_HEADER,
    lookup: (keyId) => settings.lookup(keyId),
    provider: 'health-connect',
  });
  return {
    provider: 'health-connect',
    issueKey: () => generateIngestKey({ prefix }),
    authenticate,
  };
}
