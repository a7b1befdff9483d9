/**
 * One framework-free webhook handler, `Request → Response`, for Strava, WHOOP and
 * TrainingPeaks. It verifies each provider's own way, answers fast, and hands the verified
 * event on; fetching the changed data happens after the response (providers retry slow
 * endpoints). The same function serves node:http (see ../webhook-receiver.ts), a Hono route
 * (`app.all('/webhooks/*', (c) => handleWebhook(c.req.raw))`) or a Next.js route handler
 * (`export const POST = handleWebhook; export const GET = handleWebhook;`).
 */
import { WebhookVerificationError } from '@fitlink/core';
import {
  parseStravaWebhookEvent,
  type StravaWebhookEvent,
  verifyStravaWebhookChallenge,
} from '@fitlink/strava';
import {
  type TrainingPeaksWebhookEvent,
  verifyTrainingPeaksWebhookRequest,
} from '@fitlink/trainingpeaks';
import { verifyWhoopWebhookRequest, type WhoopWebhookEvent } from '@fitlink/whoop';

/** A verified event from one of the providers. */
export type VerifiedEvent =
  | { readonly provider: 'strava'; readonly event: StravaWebhookEvent }
  | { readonly provider: 'whoop'; readonly event: WhoopWebhookEvent }
  | { readonly provider: 'trainingpeaks'; readonly event: TrainingPeaksWebhookEvent };

/** The secrets each provider's verification needs (from your configuration, never code). */
export interface WebhookSecrets {
  /** WHOOP signs with the app's client secret. */
  readonly whoopClientSecret: string;
  /** The verify token you chose when creating the Strava subscription. */
  readonly stravaVerifyToken: string;
  /** The Strava subscription id events must carry (Strava signs nothing). */
  readonly stravaSubscriptionId: number;
  /** The secret token placed in the TrainingPeaks webhook URL (TrainingPeaks signs nothing). */
  readonly trainingPeaksUrlToken: string;
}

/** Builds the handler; `onEvent` runs after verification and must not block the response. */
export function createWebhookHandler(
  secrets: WebhookSecrets,
  onEvent: (verified: VerifiedEvent) => void,
): (request: Request) => Promise<Response> {
  return async (request) => {
    const { pathname } = new URL(request.url);
    try {
      if (pathname === '/webhooks/strava' && request.method === 'GET') {
        // The subscription handshake: echo hub.challenge when the verify token matches.
        return Response.json(
          verifyStravaWebhookChallenge(request, { verifyToken: secrets.stravaVerifyToken }),
        );
      }
      if (pathname === '/webhooks/strava' && request.method === 'POST') {
        const event = await parseStravaWebhookEvent(request, {
          subscriptionId: secrets.stravaSubscriptionId,
        });
        onEvent({ provider: 'strava', event });
        return new Response(null, { status: 200 });
      }
      if (pathname === '/webhooks/whoop' && request.method === 'POST') {
        const event = await verifyWhoopWebhookRequest(request, {
          clientSecret: secrets.whoopClientSecret,
        });
        onEvent({ provider: 'whoop', event });
        return new Response(null, { status: 204 });
      }
      if (pathname === '/webhooks/trainingpeaks' && request.method === 'POST') {
        const event = await verifyTrainingPeaksWebhookRequest(request, {
          urlToken: secrets.trainingPeaksUrlToken,
        });
        onEvent({ provider: 'trainingpeaks', event });
        return new Response(null, { status: 204 });
      }
      return new Response('not found', { status: 404 });
    } catch (error) {
      // A failed check says why in the log, never echoes secrets, and gets a bare 401/400.
      if (error instanceof WebhookVerificationError) {
        return Response.json(
          { error: error.reason },
          { status: error.reason === 'malformed' ? 400 : 401 },
        );
      }
      throw error;
    }
  };
}
