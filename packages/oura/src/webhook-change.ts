import { type Activity, type CallOptions, pickCallOptions, type Sleep } from '@fitlink/core';
import { mapOuraWorkout } from './mapper/to-activity.js';
import { mapOuraSleep } from './mapper/to-sleep.js';
import type { OuraDailyActivity } from './schemas/daily-activity.js';
import type { OuraDailyCardiovascularAge } from './schemas/daily-cardiovascular-age.js';
import type { OuraDailyReadiness } from './schemas/daily-readiness.js';
import type { OuraDailyResilience } from './schemas/daily-resilience.js';
import type { OuraDailySleep } from './schemas/daily-sleep.js';
import type { OuraDailySpo2 } from './schemas/daily-spo2.js';
import type { OuraDailyStress } from './schemas/daily-stress.js';
import type { OuraRingConfiguration } from './schemas/ring-configuration.js';
import type { OuraSession } from './schemas/session.js';
import type { OuraSleep } from './schemas/sleep.js';
import type { OuraTag } from './schemas/tag.js';
import type { OuraWebhookEvent } from './schemas/webhook.js';
import type { OuraWorkout } from './schemas/workout.js';
import type { OuraResources } from './sources.js';

/** A fetched document of one data type. */
export interface OuraWebhookDocumentChange<K extends string, D> {
  /** The event's data type. */
  kind: K;
  /** The event. */
  event: OuraWebhookEvent;
  /** The document as Oura returns it now. */
  document: D;
}

/** A created or updated workout, with its normalized activity. */
export interface OuraWebhookWorkoutChange
  extends OuraWebhookDocumentChange<'workout', OuraWorkout> {
  /** The workout in the normalized model. */
  activity: Activity;
}

/** A created or updated sleep period, with its normalized sleep. */
export interface OuraWebhookSleepChange extends OuraWebhookDocumentChange<'sleep', OuraSleep> {
  /** The sleep period in the normalized model. */
  sleep: Sleep;
}

/** A deleted document: nothing to fetch. */
export interface OuraWebhookDeletion {
  /** `deleted`. */
  kind: 'deleted';
  /** The event (its `data_type` says which collection). */
  event: OuraWebhookEvent;
  /** The id of the deleted document. */
  documentId: string;
}

/** An event of a data type fitlink does not read (cycle phases, pregnancy …). */
export interface OuraWebhookUnsupported {
  /** `unsupported`. */
  kind: 'unsupported';
  /** The event. */
  event: OuraWebhookEvent;
}

/**
 * The document an Oura webhook event is about, fetched by {@link fetchOuraWebhookChange}: the
 * wire document by `data_type`, with the normalized record for workouts and sleep periods. A
 * `delete` carries no document (only the id); a data type fitlink does not read is `unsupported`.
 */
export type OuraWebhookChange =
  | OuraWebhookWorkoutChange
  | OuraWebhookSleepChange
  | OuraWebhookDocumentChange<'daily_activity', OuraDailyActivity>
  | OuraWebhookDocumentChange<'daily_sleep', OuraDailySleep>
  | OuraWebhookDocumentChange<'daily_readiness', OuraDailyReadiness>
  | OuraWebhookDocumentChange<'daily_spo2', OuraDailySpo2>
  | OuraWebhookDocumentChange<'daily_stress', OuraDailyStress>
  | OuraWebhookDocumentChange<'daily_resilience', OuraDailyResilience>
  | OuraWebhookDocumentChange<'daily_cardiovascular_age', OuraDailyCardiovascularAge>
  | OuraWebhookDocumentChange<'session', OuraSession>
  | OuraWebhookDocumentChange<'enhanced_tag', OuraTag>
  | OuraWebhookDocumentChange<'ring_configuration', OuraRingConfiguration>
  | OuraWebhookDeletion
  | OuraWebhookUnsupported;

/**
 * Turns a verified webhook event into the changed document: one `GET` of the data type's
 * single-document route by `object_id` (none for a `delete`). Workouts and sleep periods are
 * also mapped to the normalized model.
 *
 * @param resources - The resources of the event user's client (`createOuraClient`).
 * @param event - A verified event.
 * @param options - Per-call options.
 * @throws {@link @fitlink/core!ProviderError} with status 404 when the document is gone.
 * @example
 * ```ts
 * const change = await fetchOuraWebhookChange(client, event);
 * if (change.kind === 'workout') console.log(change.activity.sport);
 * ```
 */
export async function fetchOuraWebhookChange(
  resources: OuraResources,
  event: OuraWebhookEvent,
  options: CallOptions = {},
): Promise<OuraWebhookChange> {
  if (event.event_type === 'delete') {
    return { kind: 'deleted', event, documentId: event.object_id };
  }
  const call = pickCallOptions(options);
  const id = event.object_id;
  const { daily } = resources;
  switch (event.data_type) {
    case 'workout': {
      const document = await resources.workouts.get(id, call);
      return { kind: 'workout', event, document, activity: mapOuraWorkout(document) };
    }
    case 'sleep': {
      const document = await resources.sleep.get(id, call);
      return { kind: 'sleep', event, document, sleep: mapOuraSleep(document) };
    }
    case 'daily_activity':
      return { kind: 'daily_activity', event, document: await daily.activity.get(id, call) };
    case 'daily_sleep':
      return { kind: 'daily_sleep', event, document: await daily.sleep.get(id, call) };
    case 'daily_readiness':
      return { kind: 'daily_readiness', event, document: await daily.readiness.get(id, call) };
    case 'daily_spo2':
      return { kind: 'daily_spo2', event, document: await daily.spo2.get(id, call) };
    case 'daily_stress':
      return { kind: 'daily_stress', event, document: await daily.stress.get(id, call) };
    case 'daily_resilience':
      return { kind: 'daily_resilience', event, document: await daily.resilience.get(id, call) };
    case 'daily_cardiovascular_age':
      return {
        kind: 'daily_cardiovascular_age',
        event,
        document: await daily.cardiovascularAge.get(id, call),
      };
    case 'session':
      return { kind: 'session', event, document: await resources.sessions.get(id, call) };
    case 'enhanced_tag':
      return { kind: 'enhanced_tag', event, document: await resources.tags.get(id, call) };
    case 'ring_configuration':
      return { kind: 'ring_configuration', event, document: await resources.rings.get(id, call) };
    default:
      return { kind: 'unsupported', event };
  }
}
