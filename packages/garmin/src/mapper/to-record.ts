import type { Activity, DailySummary, Samples, Sleep } from '@fitlink/core';
import type { GarminPushEvent } from '../webhook-event.js';
import { mapGarminActivity } from './to-activity.js';
import {
  type GarminBodyCompositionRecord,
  mapGarminBodyComposition,
} from './to-body-composition.js';
import { mapGarminDailySummary, mapGarminHrv } from './to-daily-summary.js';
import { mapGarminSamples } from './to-samples.js';
import { mapGarminSleep } from './to-sleep.js';

/** A normalized record of a push, with the key to upsert it under. */
export type GarminNormalizedRecord =
  | {
      /** An activity (`activities`, `manuallyUpdatedActivities`). */
      readonly kind: 'activity';
      /** The push's upsert key (a later, longer version has the same key). */
      readonly upsertKey: string;
      /** The Garmin user. */
      readonly userId: string;
      /** The record. */
      readonly record: Activity;
    }
  | {
      /** An activity's samples (`activityDetails`). */
      readonly kind: 'samples';
      /** The push's upsert key. */
      readonly upsertKey: string;
      /** The Garmin user. */
      readonly userId: string;
      /** The record. */
      readonly record: Samples;
    }
  | {
      /** A night (`sleeps`). */
      readonly kind: 'sleep';
      /** The push's upsert key. */
      readonly upsertKey: string;
      /** The Garmin user. */
      readonly userId: string;
      /** The record. */
      readonly record: Sleep;
    }
  | {
      /** A day (`dailies`, and `hrv` as the day's HRV). */
      readonly kind: 'daily';
      /** The push's upsert key. */
      readonly upsertKey: string;
      /** The Garmin user. */
      readonly userId: string;
      /** The record. */
      readonly record: DailySummary;
    }
  | {
      /** A weighing (`bodyComps`). */
      readonly kind: 'bodyComposition';
      /** The push's upsert key. */
      readonly upsertKey: string;
      /** The Garmin user. */
      readonly userId: string;
      /** The record. */
      readonly record: GarminBodyCompositionRecord;
    };

/**
 * Normalizes a push event with the mapper of its type and keeps its upsert key beside the
 * record, so an app that stores normalized records upserts them by Garmin's superseding rule
 * (a sleep's `summaryId` may change between its tentative and final versions; the key does not).
 * Types with no normalized record (epochs, stress details, pulse ox …) and details without
 * samples give `null`.
 *
 * @param event - A push event (from the webhook or `fetchGarminWebhookChange`).
 * @throws ValidationError when the summary cannot be normalized.
 * @example
 * ```ts
 * for (const event of events) {
 *   if (event.kind !== 'push') continue;
 *   const normalized = normalizeGarminPushEvent(event);
 *   if (normalized) await db.upsert(normalized.upsertKey, normalized.record);
 * }
 * ```
 */
export function normalizeGarminPushEvent(event: GarminPushEvent): GarminNormalizedRecord | null {
  const base = { upsertKey: event.upsertKey, userId: event.userId };
  switch (event.type) {
    case 'activities':
    case 'manuallyUpdatedActivities':
      return { ...base, kind: 'activity', record: mapGarminActivity(event.summary) };
    case 'activityDetails': {
      const samples = mapGarminSamples(event.summary);
      return samples === null ? null : { ...base, kind: 'samples', record: samples };
    }
    case 'sleeps':
      return { ...base, kind: 'sleep', record: mapGarminSleep(event.summary) };
    case 'dailies':
      return { ...base, kind: 'daily', record: mapGarminDailySummary(event.summary) };
    case 'hrv':
      return { ...base, kind: 'daily', record: mapGarminHrv(event.summary) };
    case 'bodyComps':
      return { ...base, kind: 'bodyComposition', record: mapGarminBodyComposition(event.summary) };
    default:
      return null;
  }
}
