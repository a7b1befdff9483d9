import {
  createHttpClient,
  type ProviderAppOptions,
  passThroughAppSettings,
  pickCallOptions,
  type RequestAuth,
  routePath,
} from '@fitlink/core';
import { STRAVA_API_BASE_URL, STRAVA_ROUTES } from '../endpoints.js';
import { parseStravaJson } from '../json.js';
import { createStravaRequester, type StravaCallOptions } from '../request.js';
import { type StravaId, stravaIdString } from '../schemas/common.js';
import type { StravaPushSubscription } from '../schemas/webhook.js';

/** Settings of {@link createStravaPushSubscriptions}. */
export interface StravaPushSubscriptionSettings extends ProviderAppOptions {
  /** The application's Client ID. */
  clientId: string;
  /** The application's Client Secret (sent as a form or query parameter, as Strava requires). */
  clientSecret: string;
}

/** The application's webhook subscription (Strava allows one per application). */
export interface StravaPushSubscriptions {
  /**
   * Creates the subscription. Strava first GETs `callbackUrl` with the challenge (answer it with
   * `verifyStravaWebhookChallenge`), then answers with the new id.
   *
   * @example
   * ```ts
   * const { id } = await subscriptions.create({ callbackUrl: 'https://example.com/strava/webhook', verifyToken: 'STRAVA' });
   * ```
   */
  create(
    input: { callbackUrl: string; verifyToken: string },
    options?: StravaCallOptions,
  ): Promise<{
    /** The new subscription's id: compare it with each event's `subscription_id`. */
    id: StravaId;
  }>;
  /**
   * Lists the application's subscriptions (zero or one).
   *
   * @example
   * ```ts
   * const [subscription] = await subscriptions.view();
   * ```
   */
  view(options?: StravaCallOptions): Promise<StravaPushSubscription[]>;
  /**
   * Deletes a subscription (Strava answers 204).
   *
   * @example
   * ```ts
   * await subscriptions.delete(subscription.id);
   * ```
   */
  delete(id: StravaId, options?: StravaCallOptions): Promise<void>;
}

/**
 * The webhook subscription helpers, on `https://www.strava.com/api/v3/push_subscriptions`,
 * authenticated with the application's id and secret.
 *
 * @see https://developers.strava.com/docs/webhooks/
 * @example
 * ```ts
 * const subscriptions = createStravaPushSubscriptions({ clientId: '12345', clientSecret: 'secret' });
 * ```
 */
export function createStravaPushSubscriptions(
  settings: StravaPushSubscriptionSettings,
): StravaPushSubscriptions {
  // No bearer token: the credentials are parameters. This auth only keeps the secret redacted.
  const auth: RequestAuth = {
    apply: async () => ({ credential: '' }),
    secrets: () => [settings.clientSecret],
  };
  const http = createHttpClient({
    provider: 'strava',
    baseUrl: `${STRAVA_API_BASE_URL}/`,
    auth,
    parseJson: parseStravaJson,
    ...passThroughAppSettings(settings),
  });
  const request = createStravaRequester(http);
  const credentials = { client_id: settings.clientId, client_secret: settings.clientSecret };
  return {
    create: (input, options = {}) =>
      request.route(STRAVA_ROUTES.createPushSubscription, {
        body: new URLSearchParams({
          ...credentials,
          callback_url: input.callbackUrl,
          verify_token: input.verifyToken,
        }),
        ...pickCallOptions(options),
      }),
    view: (options = {}) =>
      request.route(STRAVA_ROUTES.pushSubscriptions, {
        query: credentials,
        ...pickCallOptions(options),
      }),
    async delete(id, options = {}) {
      const route = STRAVA_ROUTES.deletePushSubscription;
      await http.request({
        method: route.method,
        path: routePath(route, { subscriptionId: stravaIdString(id) }),
        query: credentials,
        responseType: 'none',
        ...pickCallOptions(options),
      });
    },
  };
}
