import type { CallOptions } from '@fitlink/core';
import type { GarminClient } from './client.js';
import type { GarminDownloadedFile } from './resources/activity-files.js';
import type { GarminActivityFileEvent, GarminPingEvent, GarminPushEvent } from './webhook-event.js';
import { garminPushEvent } from './webhooks.js';

/**
 * Fetches what a ping announced, after the webhook answered 200 (in a job, never inside the
 * request): the callback URL verbatim with the user's client. The summaries come back as the
 * push events a push would have carried, with their upsert keys, so pings and pushes are stored
 * the same way.
 *
 * @param client - The client of the ping's user (look the connection up by `event.userId`).
 * @param event - The ping.
 * @param options - Abort signal and timeouts.
 * @returns The summaries as push events.
 * @throws {@link GarminMissingPermissionError} when the user withdrew the type's permission.
 * @example
 * ```ts
 * const pushes = await fetchGarminWebhookChange(clientFor(event.userId), event);
 * for (const push of pushes) records.upsert(push);
 * ```
 */
export async function fetchGarminWebhookChange(
  client: GarminClient,
  event: GarminPingEvent,
  options: CallOptions = {},
): Promise<GarminPushEvent[]> {
  const summaries = await client.summaries.fetchCallback(event.type, event.callbackUrl, options);
  return summaries.map((summary) =>
    garminPushEvent(event.type, (summary as { userId?: string }).userId ?? event.userId, summary),
  );
}

/**
 * Downloads the file an `activityFiles` notification announced (once: a second download is a
 * `GarminActivityFileGoneError`).
 *
 * @param client - The client of the notification's user.
 * @param event - The notification.
 * @param options - Abort signal and timeouts.
 * @example
 * ```ts
 * const { bytes } = await downloadGarminActivityFile(client, event);
 * ```
 */
export function downloadGarminActivityFile(
  client: GarminClient,
  event: GarminActivityFileEvent,
  options: CallOptions = {},
): Promise<GarminDownloadedFile> {
  return client.activityFiles.download(event.callbackUrl, options);
}
