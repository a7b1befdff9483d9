import type { HttpHandler } from 'msw';
import { STRAVA_ROUTES } from '../endpoints.js';
import { stravaJsonResponse } from './json.js';
import { stravaRouteHandler } from './routes.js';

/** The sandbox's webhook subscription (one per application, as on Strava). */
export interface StravaSandboxSubscriptions {
  /** The current subscription, if any. */
  current: {
    /** The subscription id (the first one is 120475). */
    id: number;
    /** The callback URL events and the challenge are sent to. */
    callbackUrl: string;
    /** The verify token echoed in the `hub.challenge` GET. */
    verifyToken: string;
  } | null;
  /** Send the `hub.challenge` GET to the callback when a subscription is created. @defaultValue true */
  verifyCallback: boolean;
}

function badRequest(field: string, code: string): Response {
  return stravaJsonResponse(
    { message: 'Bad Request', errors: [{ resource: 'PushSubscription', field, code }] },
    { status: 400 },
  );
}

/**
 * Handlers of `POST/GET/DELETE /api/v3/push_subscriptions`, checking the client id and secret
 * and, on creation, performing Strava's `hub.challenge` GET against the callback URL.
 *
 * @param client - The registered application.
 */
export function createSubscriptionHandlers(client: { clientId: string; clientSecret: string }): {
  handlers: HttpHandler[];
  state: StravaSandboxSubscriptions;
} {
  const state: StravaSandboxSubscriptions = { current: null, verifyCallback: true };
  let nextId = 120475;
  const authorized = (params: URLSearchParams) =>
    params.get('client_id') === client.clientId &&
    params.get('client_secret') === client.clientSecret;
  const unauthorized = () =>
    stravaJsonResponse(
      {
        message: 'Authorization Error',
        errors: [{ resource: 'Application', field: 'client_id', code: 'invalid' }],
      },
      { status: 401 },
    );
  return {
    state,
    handlers: [
      stravaRouteHandler(STRAVA_ROUTES.createPushSubscription, async ({ request }) => {
        const form = new URLSearchParams(await request.text());
        if (!authorized(form)) return unauthorized();
        const callbackUrl = form.get('callback_url');
        const verifyToken = form.get('verify_token');
        if (!callbackUrl || callbackUrl.length > 255) return badRequest('callback_url', 'invalid');
        if (!verifyToken) return badRequest('verify_token', 'missing');
        if (state.current) return badRequest('callback url', 'already exists');
        if (state.verifyCallback) {
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
        state.current = { id: nextId++, callbackUrl, verifyToken };
        return stravaJsonResponse({ id: state.current.id }, { status: 201 });
      }),
      stravaRouteHandler(STRAVA_ROUTES.pushSubscriptions, ({ request }) => {
        if (!authorized(new URL(request.url).searchParams)) return unauthorized();
        const current = state.current;
        return stravaJsonResponse(
          current
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
            : [],
        );
      }),
      stravaRouteHandler(STRAVA_ROUTES.deletePushSubscription, ({ request, params }) => {
        if (!authorized(new URL(request.url).searchParams)) return unauthorized();
        if (state.current?.id !== Number(params.subscriptionId)) {
          return stravaJsonResponse({ message: 'Resource Not Found', errors: [] }, { status: 404 });
        }
        state.current = null;
        return new Response(null, { status: 204 });
      }),
    ],
  };
}
