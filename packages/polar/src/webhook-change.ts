import type { CallOptions } from '@fitlink/core';
import type { PolarV3HashedExercise, PolarV3WebhookEvent } from './schemas/v3-exercise.js';
import type { PolarV3Client } from './v3/client.js';

/** What {@link fetchPolarWebhookChange} fetched for an event. */
export interface PolarWebhookChange {
  /**
   * `exercise`: the announced exercise was fetched; `ping`: Polar's test event, nothing to
   * fetch; `unsupported`: an event type this helper does not fetch (read it by date).
   */
  kind: 'exercise' | 'ping' | 'unsupported';
  /** The event. */
  event: PolarV3WebhookEvent;
  /** The exercise, when `kind` is `exercise`. */
  exercise?: PolarV3HashedExercise;
}

/**
 * Turns a verified v3 webhook event into the data it announces: an `EXERCISE` event's exercise
 * (`GET /v3/exercises/{entity_id}`). `PING` needs nothing; other events (`SLEEP`,
 * `ACTIVITY_SUMMARY` …) are returned as `unsupported` for the app to read by date.
 *
 * @param event - A verified event.
 * @param client - A v3 client of the event's user.
 * @param options - Call options.
 * @example
 * ```ts
 * const change = await fetchPolarWebhookChange(event, v3);
 * if (change.kind === 'exercise') console.log(change.exercise.sport);
 * ```
 */
export async function fetchPolarWebhookChange(
  event: PolarV3WebhookEvent,
  client: PolarV3Client,
  options: CallOptions = {},
): Promise<PolarWebhookChange> {
  if (event.event === 'PING') return { kind: 'ping', event };
  if (event.event === 'EXERCISE' && event.entity_id) {
    return {
      kind: 'exercise',
      event,
      exercise: await client.exercises.get(event.entity_id, options),
    };
  }
  return { kind: 'unsupported', event };
}
