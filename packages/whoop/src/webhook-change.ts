import {
  type Activity,
  type CallOptions,
  type DailySummary,
  ErrorCodes,
  FitlinkError,
  recordId,
  type Sleep,
} from '@fitlink/core';
import type { WhoopClient } from './client.js';
import { mapWhoopWorkout } from './mapper/to-activity.js';
import { mapWhoopCycle } from './mapper/to-daily-summary.js';
import { mapWhoopSleep } from './mapper/to-sleep.js';
import type { WhoopCycle } from './schemas/cycle.js';
import type { WhoopRecovery } from './schemas/recovery.js';
import type { WhoopSleep } from './schemas/sleep.js';
import type { WhoopWebhookEvent } from './schemas/webhook.js';
import type { WhoopWorkout } from './schemas/workout.js';

/** What changed, as {@link fetchWhoopWebhookChange} resolves an event. */
export type WhoopWebhookChange =
  | {
      /** A workout was created or rescored. */
      type: 'workout.updated';
      /** The event. */
      event: WhoopWebhookEvent;
      /** The workout as WHOOP has it now. */
      workout: WhoopWorkout;
      /** The workout normalized. */
      normalized: Activity;
    }
  | {
      /** A sleep was created or rescored. */
      type: 'sleep.updated';
      /** The event. */
      event: WhoopWebhookEvent;
      /** The sleep as WHOOP has it now. */
      sleep: WhoopSleep;
      /** The sleep normalized. */
      normalized: Sleep;
    }
  | {
      /** A recovery was created or rescored. */
      type: 'recovery.updated';
      /** The event. */
      event: WhoopWebhookEvent;
      /** The recovery as WHOOP has it now. */
      recovery: WhoopRecovery;
      /** Its cycle (day strain, times). */
      cycle: WhoopCycle;
      /** The day normalized (cycle and recovery). */
      normalized: DailySummary;
    }
  | {
      /** A record was deleted: remove it from your store. */
      type: 'workout.deleted' | 'sleep.deleted' | 'recovery.deleted';
      /** The event. */
      event: WhoopWebhookEvent;
      /** The deleted record's WHOOP id. */
      id: string;
      /** The normalized id (`whoop:<uuid>`) for workouts and sleeps; `null` for recoveries, whose day id is the cycle's. */
      normalizedId: string | null;
    };

/**
 * Turns a verified webhook event into the changed record: fetches the workout or sleep by
 * UUID, or a recovery with its cycle (through the sleep when the event names the sleep's UUID,
 * directly when it names the int64 cycle id), and normalizes it. Deletions fetch nothing.
 *
 * @param client - A client for the connection of `event.user_id`.
 * @param event - The verified event.
 * @param options - Signal, timeout and rate-limit bound of the calls.
 * @throws {@link @fitlink/core!ProviderError} with status 404 when the record is gone again.
 * @example
 * ```ts
 * import { fetchWhoopWebhookChange, type WhoopClient, type WhoopWebhookEvent } from '@fitlink/whoop';
 *
 * declare const client: WhoopClient;
 * declare const event: WhoopWebhookEvent;
 * const change = await fetchWhoopWebhookChange(client, event);
 * if (change.type === 'workout.updated') console.log(change.normalized.sport);
 * ```
 */
export async function fetchWhoopWebhookChange(
  client: WhoopClient,
  event: WhoopWebhookEvent,
  options: CallOptions = {},
): Promise<WhoopWebhookChange> {
  const id = String(event.id);
  switch (event.type) {
    case 'workout.updated': {
      const workout = await client.workouts.get(id, options);
      return { type: event.type, event, workout, normalized: mapWhoopWorkout(workout) };
    }
    case 'sleep.updated': {
      const sleep = await client.sleep.get(id, options);
      return { type: event.type, event, sleep, normalized: mapWhoopSleep(sleep) };
    }
    case 'recovery.updated': {
      const cycleId =
        typeof event.id === 'number' ? event.id : (await client.sleep.get(id, options)).cycle_id;
      if (cycleId === undefined) {
        throw new FitlinkError(
          `whoop: sleep ${id} names no cycle, so its recovery cannot be read`,
          {
            code: ErrorCodes.internal,
            provider: 'whoop',
          },
        );
      }
      const [recovery, cycle] = await Promise.all([
        client.cycles.getRecovery(cycleId, options),
        client.cycles.get(cycleId, options),
      ]);
      return {
        type: event.type,
        event,
        recovery,
        cycle,
        normalized: mapWhoopCycle(cycle, { recovery }),
      };
    }
    default:
      return {
        type: event.type,
        event,
        id,
        normalizedId: event.type === 'recovery.deleted' ? null : recordId('whoop', id),
      };
  }
}
