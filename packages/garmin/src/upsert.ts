import { idempotencyKey } from '@fitlink/core';
import type { GarminSummaryMap, GarminSummaryType } from './summary-types.js';

// Activity records keep their summaryId across updates (manual edits arrive as
// manuallyUpdatedActivities with the same id); health summaries are replaced by type + start.
const BY_SUMMARY_ID: ReadonlySet<GarminSummaryType> = new Set([
  'activities',
  'manuallyUpdatedActivities',
  'activityDetails',
  'moveIQActivities',
  'bodyComps',
]);

// A manual edit replaces the activity itself.
const FAMILY: Partial<Record<GarminSummaryType, GarminSummaryType>> = {
  manuallyUpdatedActivities: 'activities',
};

interface KeyFields {
  readonly summaryId?: string | null | undefined;
  readonly startTimeInSeconds?: number | null | undefined;
  readonly calendarDate?: string | null | undefined;
  readonly durationInSeconds?: number | null | undefined;
}

/**
 * The key under which the app stores (upserts) a Garmin summary, because Garmin updates records
 * in place: a summary of the same type and start time (an `AUTO_TENTATIVE` night becoming
 * final, a day that grows through the day) supersedes the earlier one, and activities keep their
 * `summaryId` when edited (`manuallyUpdatedActivities` shares the `activities` key). The key is
 * `garmin:<userId>:<type>:<summaryId or start seconds>`, built with core's `idempotencyKey`.
 *
 * @param userId - The Garmin user the summary belongs to.
 * @param type - The summary type.
 * @param summary - The summary.
 * @returns The upsert key.
 * @example
 * ```ts
 * garminUpsertKey('u1', 'dailies', { summaryId: 'd1', startTimeInSeconds: 1763596800 });
 * // 'garmin:u1:dailies:1763596800'
 * ```
 */
export function garminUpsertKey<T extends GarminSummaryType>(
  userId: string,
  type: T,
  summary: GarminSummaryMap[T],
): string {
  const fields = summary as KeyFields;
  const family = FAMILY[type] ?? type;
  const id =
    BY_SUMMARY_ID.has(type) || typeof fields.startTimeInSeconds !== 'number'
      ? (fields.summaryId ?? fields.calendarDate ?? '')
      : fields.startTimeInSeconds;
  return idempotencyKey('garmin', userId, family, id);
}

/**
 * Whether `incoming` replaces `existing` (both under the same {@link garminUpsertKey}): Garmin's
 * rule is that a summary with the same start and an equal or longer duration supersedes; a
 * shorter one arriving late (out of order) does not. An equal one (a replay) replaces,
 * harmlessly.
 *
 * @param existing - The stored summary.
 * @param incoming - The summary just received.
 */
export function garminSupersedes(existing: object, incoming: object): boolean {
  const duration = (value: object) => {
    const seconds = (value as KeyFields).durationInSeconds;
    return typeof seconds === 'number' && Number.isFinite(seconds) ? seconds : 0;
  };
  return duration(incoming) >= duration(existing);
}
