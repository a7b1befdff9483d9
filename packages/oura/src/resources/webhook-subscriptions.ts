import {
  type CallOptions,
  createHttpClient,
  type ProviderAppOptions,
  passThroughAppSettings,
  pickCallOptions,
  routePath,
} from '@fitlink/core';
import { OURA_API_BASE_URL, OURA_ROUTES } from '../endpoints.js';
import { mapOuraError } from '../errors.js';
import type {
  OuraWebhookDataType,
  OuraWebhookOperation,
  OuraWebhookSubscription,
} from '../schemas/webhook.js';

/** Settings of {@link createOuraWebhookSubscriptions}. */
export interface OuraWebhookSubscriptionsSettings extends ProviderAppOptions {
  /** The app's client id (sent as `x-client-id`). */
  clientId: string;
  /** The app's client secret (sent as `x-client-secret`). */
  clientSecret: string;
  /** The API base URL. @defaultValue {@link OURA_API_BASE_URL} */
  baseUrl?: string;
}

/** A new subscription: one per (operation, data type) pair. */
export interface OuraWebhookSubscriptionInput {
  /** Where Oura posts events; it is first called with a verification challenge. */
  callbackUrl: string;
  /** The token Oura echoes in the challenge (check it with `verifyOuraWebhookChallenge`). */
  verificationToken: string;
  /** The operation to hear about. */
  eventType: OuraWebhookOperation;
  /** The data type to hear about. */
  dataType: OuraWebhookDataType;
}

/** Options of {@link OuraWebhookSubscriptions.due} and {@link OuraWebhookSubscriptions.renewDue}. */
export interface OuraWebhookRenewalOptions extends CallOptions {
  /**
   * How long before `expiration_time` a subscription counts as due, ms. Oura's lifetime is not
   * documented (about 90 days is reported); a week leaves room for a weekly job.
   * @defaultValue 604800000 (7 days)
   */
  withinMs?: number;
  /** The current time, epoch ms. @defaultValue the settings' clock, else Date.now() */
  now?: number;
}

/** The app's webhook subscriptions (app credentials, not a user token). */
export interface OuraWebhookSubscriptions {
  /**
   * Every subscription of the app.
   *
   * @throws {@link @fitlink/core!ProviderError} with status 403 for wrong app credentials.
   * @example
   * ```ts
   * const subscriptions = await webhooks.list();
   * ```
   */
  list(options?: CallOptions): Promise<OuraWebhookSubscription[]>;
  /**
   * One subscription.
   *
   * @throws {@link @fitlink/core!ProviderError} with status 404 when there is none.
   */
  get(subscriptionId: string, options?: CallOptions): Promise<OuraWebhookSubscription>;
  /**
   * Creates a subscription. Oura calls `callbackUrl` with the challenge first: serve
   * `verifyOuraWebhookChallenge` there before calling this.
   *
   * @throws {@link @fitlink/core!ProviderError} (422) for an invalid request.
   * @example
   * ```ts
   * await webhooks.create({ callbackUrl: 'https://example.com/oura', verificationToken: 'token', eventType: 'update', dataType: 'sleep' });
   * ```
   */
  create(
    input: OuraWebhookSubscriptionInput,
    options?: CallOptions,
  ): Promise<OuraWebhookSubscription>;
  /**
   * Changes a subscription (the verification token is required by Oura).
   *
   * @throws {@link @fitlink/core!ProviderError} with status 404 when there is none.
   */
  update(
    subscriptionId: string,
    input: Partial<OuraWebhookSubscriptionInput> & { verificationToken: string },
    options?: CallOptions,
  ): Promise<OuraWebhookSubscription>;
  /**
   * Deletes a subscription.
   *
   * @throws {@link @fitlink/core!ProviderError} with status 404 when there is none.
   */
  delete(subscriptionId: string, options?: CallOptions): Promise<void>;
  /**
   * Renews a subscription: Oura sets a later `expiration_time`.
   *
   * @throws {@link @fitlink/core!ProviderError} with status 404 when there is none.
   */
  renew(subscriptionId: string, options?: CallOptions): Promise<OuraWebhookSubscription>;
  /**
   * The subscriptions of a list that expire within `withinMs` (or already have), soonest first.
   *
   * @example
   * ```ts
   * const due = webhooks.due(await webhooks.list(), { withinMs: 7 * 86_400_000 });
   * ```
   */
  due(
    subscriptions: readonly OuraWebhookSubscription[],
    options?: OuraWebhookRenewalOptions,
  ): OuraWebhookSubscription[];
  /**
   * Lists the subscriptions and renews those due, one request each; returns the renewed ones.
   *
   * @example
   * ```ts
   * const renewed = await webhooks.renewDue();
   * ```
   */
  renewDue(options?: OuraWebhookRenewalOptions): Promise<OuraWebhookSubscription[]>;
}

const WEEK_MS = 7 * 86_400_000;

/**
 * Creates the webhook subscription manager of an app: list, get, create, update, delete and
 * renew, authenticated with `x-client-id` / `x-client-secret` (kept out of errors and logs), and
 * the renewal helpers (subscriptions expire).
 *
 * @example
 * ```ts
 * import { createOuraWebhookSubscriptions } from '@fitlink/oura';
 *
 * const webhooks = createOuraWebhookSubscriptions({ clientId: 'id', clientSecret: 'secret' });
 * await webhooks.renewDue();
 * ```
 * @see https://cloud.ouraring.com/v2/docs#tag/Webhook-Subscription-Routes
 */
export function createOuraWebhookSubscriptions(
  settings: OuraWebhookSubscriptionsSettings,
): OuraWebhookSubscriptions {
  const http = createHttpClient({
    provider: 'oura',
    baseUrl: settings.baseUrl ?? OURA_API_BASE_URL,
    headers: { 'x-client-id': settings.clientId, 'x-client-secret': settings.clientSecret },
    mapError: mapOuraError,
    ...passThroughAppSettings(settings),
  });
  const r = OURA_ROUTES;
  const now = (options: OuraWebhookRenewalOptions) =>
    options.now ?? settings.clock?.now() ?? Date.now();
  const due: OuraWebhookSubscriptions['due'] = (subscriptions, options = {}) => {
    const limit = now(options) + (options.withinMs ?? WEEK_MS);
    return subscriptions
      .filter((subscription) => Date.parse(subscription.expiration_time) <= limit)
      .sort((a, b) => Date.parse(a.expiration_time) - Date.parse(b.expiration_time));
  };
  const manager: OuraWebhookSubscriptions = {
    async list(options = {}) {
      const { data } = await http.request({
        method: r.webhookSubscriptions.method,
        path: routePath(r.webhookSubscriptions),
        schema: r.webhookSubscriptions.response,
        ...pickCallOptions(options),
      });
      return data;
    },
    async get(subscriptionId, options = {}) {
      const { data } = await http.request({
        method: r.webhookSubscription.method,
        path: routePath(r.webhookSubscription, { subscriptionId }),
        schema: r.webhookSubscription.response,
        ...pickCallOptions(options),
      });
      return data;
    },
    async create(input, options = {}) {
      const { data } = await http.request({
        method: r.createWebhookSubscription.method,
        path: routePath(r.createWebhookSubscription),
        json: {
          callback_url: input.callbackUrl,
          verification_token: input.verificationToken,
          event_type: input.eventType,
          data_type: input.dataType,
        },
        schema: r.createWebhookSubscription.response,
        idempotent: false,
        ...pickCallOptions(options),
      });
      return data;
    },
    async update(subscriptionId, input, options = {}) {
      const { data } = await http.request({
        method: r.updateWebhookSubscription.method,
        path: routePath(r.updateWebhookSubscription, { subscriptionId }),
        json: {
          verification_token: input.verificationToken,
          ...(input.callbackUrl !== undefined ? { callback_url: input.callbackUrl } : {}),
          ...(input.eventType !== undefined ? { event_type: input.eventType } : {}),
          ...(input.dataType !== undefined ? { data_type: input.dataType } : {}),
        },
        schema: r.updateWebhookSubscription.response,
        ...pickCallOptions(options),
      });
      return data;
    },
    async delete(subscriptionId, options = {}) {
      await http.request({
        method: r.deleteWebhookSubscription.method,
        path: routePath(r.deleteWebhookSubscription, { subscriptionId }),
        responseType: 'none',
        ...pickCallOptions(options),
      });
    },
    async renew(subscriptionId, options = {}) {
      const { data } = await http.request({
        method: r.renewWebhookSubscription.method,
        path: routePath(r.renewWebhookSubscription, { subscriptionId }),
        schema: r.renewWebhookSubscription.response,
        ...pickCallOptions(options),
      });
      return data;
    },
    due,
    async renewDue(options = {}) {
      const call = pickCallOptions(options);
      const renewed: OuraWebhookSubscription[] = [];
      for (const subscription of due(await manager.list(call), options)) {
        renewed.push(await manager.renew(subscription.id, call));
      }
      return renewed;
    },
  };
  return manager;
}
