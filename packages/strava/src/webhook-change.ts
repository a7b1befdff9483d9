import type { StravaDetailedActivity } from './schemas/activity.js';
import type { StravaAthlete } from './schemas/athlete.js';
import type { StravaId } from './schemas/common.js';
import type { StravaWebhookEvent } from './schemas/webhook.js';
import { stravaWebhookEventAction } from './webhooks.js';

/** What {@link fetchStravaWebhookChange} returns, by action. */
export type StravaWebhookChange =
  | {
      /** The created or updated activity was fetched. */
      type: 'activity';
      /** The activity, as `GET /activities/{id}` returns it. */
      activity: StravaDetailedActivity;
    }
  | {
      /** The activity was deleted; nothing was fetched. */
      type: 'activity-deleted';
      /** The deleted activity's id, as a decimal string. */
      activityId: string;
    }
  | {
      /** The athlete's profile was refetched. */
      type: 'athlete';
      /** The athlete, as `GET /athlete` returns it. */
      athlete: StravaAthlete;
    }
  | {
      /** The athlete revoked the app's access; nothing was fetched. */
      type: 'deauthorized';
      /** The athlete's id, as a decimal string. */
      ownerId: string;
    };

/** The part of a Strava client {@link fetchStravaWebhookChange} uses. */
export interface StravaWebhookChangeClient {
  /** Activities. */
  activities: {
    /** Fetches one detailed activity (`GET /activities/{id}`). */
    get(id: StravaId, options?: { signal?: AbortSignal }): Promise<StravaDetailedActivity>;
  };
  /** The athlete. */
  athlete: {
    /** Fetches the authenticated athlete (`GET /athlete`). */
    get(options?: { signal?: AbortSignal }): Promise<StravaAthlete>;
  };
}

/**
 * Fetches what an event says changed, with the owner's client: the activity for `create` and
 * `update`, the athlete for an athlete update; deletions and deauthorizations need no request.
 *
 * @param client - The client of the athlete `event.owner_id` (look it up by owner id).
 * @param event - A parsed event.
 * @param options - An abort signal.
 * @example
 * ```ts
 * const data = await fetchStravaWebhookChange(clientFor(event.owner_id), event);
 * ```
 */
export async function fetchStravaWebhookChange(
  client: StravaWebhookChangeClient,
  event: StravaWebhookEvent,
  options: { signal?: AbortSignal } = {},
): Promise<StravaWebhookChange> {
  const action = stravaWebhookEventAction(event);
  switch (action.type) {
    case 'fetch-activity':
      return {
        type: 'activity',
        activity: await client.activities.get(action.activityId, options),
      };
    case 'delete-activity':
      return { type: 'activity-deleted', activityId: action.activityId };
    case 'fetch-athlete':
      return { type: 'athlete', athlete: await client.athlete.get(options) };
    case 'deauthorized':
      return { type: 'deauthorized', ownerId: action.ownerId };
  }
}
