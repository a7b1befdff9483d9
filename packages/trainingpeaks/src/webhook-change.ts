import { type CallOptions, ErrorCodes, FitlinkError } from '@fitlink/core';
import type { TrainingPeaksClient } from './client.js';
import type { TrainingPeaksWorkout } from './schemas/workout.js';
import type { TrainingPeaksWebhookEvent } from './webhooks.js';

/** What changed, as {@link fetchTrainingPeaksWebhookChange} reads it back from the API. */
export interface TrainingPeaksWebhookChange {
  /** Ids of workouts deleted. */
  deleted: string[];
  /** Workouts created or modified, as the API returns them now. */
  modified: TrainingPeaksWorkout[];
}

/**
 * Turns an event into the calls that fetch the changed data: a deletion needs none; an event
 * naming a workout fetches that workout; an event without a workout id reads the changed feed
 * since `since` (all pages).
 *
 * @param client - The athlete's client.
 * @param event - The verified event.
 * @param options - `since` for the changed-feed fallback, and per-call options.
 * @throws {@link @fitlink/core!FitlinkError} with code `invalid_argument` when the fallback is needed and no `since` is given.
 * @example
 * ```ts
 * const { modified } = await fetchTrainingPeaksWebhookChange(client, event, { since: lastSync });
 * ```
 */
export async function fetchTrainingPeaksWebhookChange(
  client: Pick<TrainingPeaksClient, 'workouts'>,
  event: TrainingPeaksWebhookEvent,
  options: CallOptions & { since?: Date } = {},
): Promise<TrainingPeaksWebhookChange> {
  if (event.type === 'workout-deleted' && event.workoutId !== null) {
    return { deleted: [event.workoutId], modified: [] };
  }
  if (event.workoutId !== null) {
    return { deleted: [], modified: [await client.workouts.get(event.workoutId, options)] };
  }
  if (!options.since) {
    throw new FitlinkError(
      'trainingpeaks: the event names no workout; pass since to read the changed feed',
      {
        code: ErrorCodes.invalidArgument,
        provider: 'trainingpeaks',
      },
    );
  }
  const changes: TrainingPeaksWebhookChange = { deleted: [], modified: [] };
  for await (const change of client.workouts.changed({ ...options, since: options.since })) {
    if (change.type === 'deleted') changes.deleted.push(change.workoutId);
    else changes.modified.push(change.workout);
  }
  return changes;
}
