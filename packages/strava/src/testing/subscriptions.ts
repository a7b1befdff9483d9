import type { RouteAnswer } from '@fitlink/testing';
import type { StravaPushSubscription } from '../schemas/webhook.js';
import type { StravaCreatedAnswer } from './created-answer.js';
import type { StravaSandboxData } from './data.js';
import { stravaFault } from './errors.js';
import { stravaJsonResponse } from './json.js';

/** What the push-subscription answers read and steer. */
export interface StravaSubscriptionAnswersOptions {
  /** The application the endpoints accept (its id and secret come as parameters). */
  readonly client: {
    /** The application's Client ID. */
    readonly clientId: string;
    /** The application's Client Secret. */
    readonly clientSecret: string;
  };
  /** Where the subscription lives. */
  readonly data: StravaSandboxData;
  /** Reads the `verifyWebhookCallback` knob. */
  readonly verifyCallback: () => boolean;
  /** Sends a checked 201. */
  readonly created: StravaCreatedAnswer;
}

const FIRST_SUBSCRIPTION_ID = 120475;

const badRequest = (field: string, code: string) =>
  stravaFault(400, 'Bad Request', { resource: 'PushSubscription', field, code });

/**
 * The answers of `POST/GET/DELETE /api/v3/push_subscriptions` (anonymous routes: the client id
 * and secret are parameters), performing Strava's `hub.challenge` GET against the callback URL
 * on creation.
 *
 * @param options - The client, the data, the challenge knob and the 201 sender.
 */
export function createStravaSubscriptionAnswers(options: StravaSubscriptionAnswersOptions): {
  createPushSubscription: RouteAnswer;
  pushSubscriptions: RouteAnswer;
  deletePushSubscription: RouteAnswer;
} {
  const { client, data } = options;
  let nextId = FIRST_SUBSCRIPTION_ID;
  const authorized = (params: URLSearchParams) =>
    params.get('client_id') === client.clientId &&
    params.get('client_secret') === client.clientSecret;
  const unauthorized = () =>
    stravaFault(401, 'Authorization Error', {
      resource: 'Application',
      field: 'client_id',
      code: 'invalid',
    });
  return {
    async createPushSubscription({ request }) {
      const form = new URLSearchParams(await request.text());
      if (!authorized(form)) return unauthorized();
      const callbackUrl = form.get('callback_url');
      const verifyToken = form.get('verify_token');
      if (!callbackUrl || callbackUrl.length > 255) return badRequest('callback_url', 'invalid');
      if (!verifyToken) return badRequest('verify_token', 'missing');
      if (data.subscription) return badRequest('callback url', 'already exists');
      if (options.verifyCallback()) {
        const challenge = `sbx-${nextId}`;
        const url = new URL(callbackUrl);
        url.searchParams.set('hub.mode', 'subscribe');
        url.searchParams.set('hub.challenge', challenge);
        url.searchParams.set('hub.verify_token', verifyToken);
        const answer = await fetch(url).catch(() => null);
        const body = (await answer?.json().catch(() => null)) as Record<string, unknown> | null;
        if (answer?.status !== 200 || body?.['hub.challenge'] !== challenge) {
          return badRequest('callback url', 'GET to callback URL does not return 200');
        }
      }
      data.subscription = { id: nextId++, callbackUrl, verifyToken };
      return options.created('createPushSubscription', { id: data.subscription.id });
    },
    pushSubscriptions({ url }) {
      if (!authorized(url.searchParams)) return unauthorized();
      const current = data.subscription;
      const list: StravaPushSubscription[] = current
        ? [
            {
              id: current.id,
              resource_state: 2,
              application_id: Number(client.clientId) || 1,
              callback_url: current.callbackUrl,
              created_at: '2026-11-01T00:00:00Z',
              updated_at: '2026-11-01T00:00:00Z',
            },
          ]
        : [];
      return list;
    },
    deletePushSubscription({ url, params }) {
      if (!authorized(url.searchParams)) return unauthorized();
      if (data.subscription?.id !== Number(params.subscriptionId)) {
        return stravaJsonResponse({ message: 'Resource Not Found', errors: [] }, { status: 404 });
      }
      data.subscription = null;
      return new Response(null, { status: 204 });
    },
  };
}
