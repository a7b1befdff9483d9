import type { CallOptions } from '@fitlink/core';
import type { CorosActivitiesResource } from './resources/activities.js';
import type { CorosWebhookRecord } from './webhooks.js';

/** What {@link fetchCorosWebhookChange} found for a pushed workout. */
export interface CorosWebhookChange {
  /** The pushed record. */
  readonly record: CorosWebhookRecord;
  /** A fresh signed URL of the workout's FIT file, or `null` when COROS has none. */
  readonly fitUrl: string | null;
  /** Fresh FIT URLs of a multisport workout's legs, in order (`[]` for other workouts). */
  readonly partFitUrls: readonly (string | null)[];
}

/**
 * Turns a pushed workout into what is needed to fetch its data: the FIT file's URL. A pushed
 * `fitUrl` is signed and expires (and may be missing), so a fresh one is asked for
 * (`GET /v2/coros/sport/detail/fit`) with the connection of the record's `openId`. The legs of a
 * multisport workout keep their pushed URLs (COROS' detail route names the whole workout).
 *
 * @param client - A client of the connection whose `providerUserId` is `record.openId`.
 * @param record - The pushed record.
 * @param options - Call options.
 * @example
 * ```ts
 * const change = await fetchCorosWebhookChange(client, record);
 * if (change.fitUrl) await download(change.fitUrl);
 * ```
 */
export async function fetchCorosWebhookChange(
  client: { readonly activities: CorosActivitiesResource },
  record: CorosWebhookRecord,
  options: CallOptions = {},
): Promise<CorosWebhookChange> {
  const { workout } = record;
  const fitUrl = await client.activities.fitUrl(
    { labelId: workout.labelId, mode: workout.mode, subMode: workout.subMode },
    options,
  );
  return {
    record,
    fitUrl: fitUrl ?? workout.fitUrl ?? null,
    partFitUrls: (workout.triathlonItemList ?? []).map((part) => part.fitUrl ?? null),
  };
}
