import {
  parseStravaWebhookEvent,
  stravaWebhookEventAction,
  verifyStravaWebhookChallenge,
} from '@fitlink/strava';

const SUBSCRIPTION_ID = 120475; // from createStravaPushSubscriptions(…).create(…)
const VERIFY_TOKEN = 'a-long-random-string';

/** A framework-free handler for the subscription's callback URL. */
export async function handleStravaWebhook(request: Request): Promise<Response> {
  if (request.method === 'GET') {
    try {
      return Response.json(verifyStravaWebhookChallenge(request, { verifyToken: VERIFY_TOKEN }));
    } catch {
      return new Response(null, { status: 403 });
    }
  }
  // Strava signs nothing: the subscription id is the check. Answer 200 within 2 s, work later.
  const event = await parseStravaWebhookEvent(request, { subscriptionId: SUBSCRIPTION_ID });
  const action = stravaWebhookEventAction(event);
  console.log(action.type, action.ownerId);
  return new Response(null, { status: 200 });
}
