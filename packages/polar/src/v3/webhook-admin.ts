import {
  type CallOptions,
  createHttpClient,
  encodeBytes,
  type HttpClient,
  type ProviderAppOptions,
  passThroughAppSettings,
  pickCallOptions,
  type RequestAuth,
  routePath,
} from '@fitlink/core';
import { mapPolarError } from '../errors.js';
import type {
  PolarV3CreatedWebhook,
  PolarV3Webhook,
  PolarV3WebhookEventType,
} from '../schemas/v3-webhook.js';
import { POLAR_V3_API_BASE_URL, POLAR_V3_WEBHOOK_ROUTES } from './endpoints.js';

/** Settings of {@link createPolarV3WebhookAdmin}. */
export interface PolarV3WebhookAdminSettings extends ProviderAppOptions {
  /** The v3 client id. */
  clientId: string;
  /** The v3 client secret (HTTP Basic on every webhook route). */
  clientSecret: string;
  /** The v3 API base URL. @defaultValue {@link POLAR_V3_API_BASE_URL} */
  baseUrl?: string;
}

/** Management of the client's one v3 webhook. */
export interface PolarV3WebhookAdmin {
  /** The HTTP client (Basic client authentication). */
  readonly http: HttpClient;
  /**
   * Creates the webhook. Polar then posts a `PING` to `url`, which must answer 200. Store
   * `signature_secret_key`: Polar shows it only now.
   *
   * @throws {@link @fitlink/core!ProviderError} with status 409 when the client already has one.
   * @example
   * ```ts
   * const { data } = await admin.create({ events: ['EXERCISE', 'SLEEP'], url: 'https://your.app/webhooks/polar' });
   * ```
   */
  create(
    webhook: { events: readonly PolarV3WebhookEventType[]; url: string },
    options?: CallOptions,
  ): Promise<PolarV3CreatedWebhook>;
  /** The client's webhooks (at most one). */
  list(options?: CallOptions): Promise<PolarV3Webhook[]>;
  /** Changes the events or the URL. */
  update(
    webhookId: string,
    changes: { events?: readonly PolarV3WebhookEventType[]; url?: string },
    options?: CallOptions,
  ): Promise<PolarV3Webhook[]>;
  /** Deletes the webhook. */
  delete(webhookId: string, options?: CallOptions): Promise<void>;
  /** Activates it again (Polar deactivates it after 7 days of failed deliveries); `false` when there is none. */
  activate(options?: CallOptions): Promise<boolean>;
  /** Deactivates it; `false` when there is none. */
  deactivate(options?: CallOptions): Promise<boolean>;
}

/** HTTP Basic with the client's id and secret, kept out of errors. */
function basicClientAuth(clientId: string, clientSecret: string): RequestAuth {
  // Polar: base64(client_id:client_secret), the UTF-8 bytes (btoa would refuse non-Latin-1).
  const value = `Basic ${encodeBytes(new TextEncoder().encode(`${clientId}:${clientSecret}`), 'base64')}`;
  return {
    async apply(request) {
      request.headers.set('authorization', value);
      return { credential: value };
    },
    secrets: () => [clientSecret, value],
  };
}

/**
 * Creates the v3 webhook manager: `POST/GET/PATCH/DELETE /v3/webhooks` and activate/deactivate,
 * authenticated with the client's id and secret (HTTP Basic). v4 documents no webhooks.
 *
 * @deprecated Since AccessLink v4 (GA 2026-08): v3 webhooks serve v3 registrations only.
 * @example
 * ```ts
 * import { createPolarV3WebhookAdmin } from '@fitlink/polar';
 *
 * const admin = createPolarV3WebhookAdmin({ clientId: 'id', clientSecret: 'secret' });
 * const webhooks = await admin.list();
 * ```
 * @see https://www.polar.com/accesslink-api/#webhooks
 */
export function createPolarV3WebhookAdmin(
  settings: PolarV3WebhookAdminSettings,
): PolarV3WebhookAdmin {
  const http = createHttpClient({
    provider: 'polar',
    baseUrl: settings.baseUrl ?? POLAR_V3_API_BASE_URL,
    auth: basicClientAuth(settings.clientId, settings.clientSecret),
    mapError: mapPolarError,
    ...passThroughAppSettings(settings),
  });
  const routes = POLAR_V3_WEBHOOK_ROUTES;
  const headers = { Accept: 'application/json' };
  const toggle = async (route: typeof routes.activateWebhook, options: CallOptions) => {
    const { status } = await http.request({
      method: route.method,
      path: routePath(route),
      responseType: 'none',
      ...pickCallOptions(options),
    });
    return status === 200;
  };
  return {
    http,
    async create(webhook, options = {}) {
      const { data } = await http.request({
        method: routes.createWebhook.method,
        path: routePath(routes.createWebhook),
        json: { events: [...webhook.events], url: webhook.url },
        headers,
        schema: routes.createWebhook.response,
        idempotent: false,
        ...pickCallOptions(options),
      });
      return data;
    },
    async list(options = {}) {
      const { data } = await http.request({
        path: routePath(routes.webhooks),
        headers,
        schema: routes.webhooks.response,
        allowEmpty: true,
        ...pickCallOptions(options),
      });
      return data?.data ?? [];
    },
    async update(webhookId, changes, options = {}) {
      const { data } = await http.request({
        method: routes.updateWebhook.method,
        path: routePath(routes.updateWebhook, { webhookId }),
        json: {
          ...(changes.events ? { events: [...changes.events] } : {}),
          ...(changes.url ? { url: changes.url } : {}),
        },
        headers,
        schema: routes.updateWebhook.response,
        ...pickCallOptions(options),
      });
      return data.data;
    },
    async delete(webhookId, options = {}) {
      await http.request({
        method: routes.deleteWebhook.method,
        path: routePath(routes.deleteWebhook, { webhookId }),
        responseType: 'none',
        ...pickCallOptions(options),
      });
    },
    activate: (options = {}) => toggle(routes.activateWebhook, options),
    deactivate: (options = {}) => toggle(routes.deactivateWebhook, options),
  };
}
