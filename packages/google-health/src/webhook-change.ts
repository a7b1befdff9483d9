import type { CallOptions } from '@fitlink/core';
import { GOOGLE_HEALTH_DATA_TYPES, type GoogleHealthDataType } from './data-types.js';
import type { GoogleHealthDataPointsResource } from './resources/data-points.js';
import type { GoogleHealthDataPoint } from './schemas/data-point.js';
import type { GoogleHealthWebhookEvent } from './schemas/webhook.js';

/** The data a notification points at, fetched. */
export interface GoogleHealthWebhookChange {
  /** The data type that changed, or `null` when the event named none fitlink reads. */
  dataType: GoogleHealthDataType | null;
  /** The range that was read. */
  since: Date;
  /** The end of the range that was read. */
  until: Date;
  /** The type's data points in that range (empty for a deletion or an unknown type). */
  dataPoints: GoogleHealthDataPoint[];
}

const DAY_MS = 86_400_000;

/**
 * Turns a verified notification into the read that fetches the changed data: the event's data
 * type over its interval (or, when the event gives none, the day before `now`), every page.
 * The client must be the connection of the event's user (`healthUserId`).
 *
 * @param options - The connection's data points resource, the event and the clock's now.
 * @returns The change.
 * @example
 * ```ts
 * const change = await fetchGoogleHealthWebhookChange({ dataPoints: client.dataPoints, event });
 * ```
 */
export async function fetchGoogleHealthWebhookChange(
  options: {
    dataPoints: GoogleHealthDataPointsResource;
    event: GoogleHealthWebhookEvent;
    now?: number;
  } & CallOptions,
): Promise<GoogleHealthWebhookChange> {
  const { dataPoints, event, now = Date.now(), ...call } = options;
  const start = Date.parse(event.interval?.startTime ?? '');
  const end = Date.parse(event.interval?.endTime ?? '');
  const until = new Date(Number.isFinite(end) ? end + 1 : now);
  const since = new Date(Number.isFinite(start) ? start : until.getTime() - DAY_MS);
  const dataType =
    event.dataType !== undefined && event.dataType in GOOGLE_HEALTH_DATA_TYPES
      ? (event.dataType as GoogleHealthDataType)
      : null;
  if (dataType === null || event.operation === 'DELETE') {
    return { dataType, since, until, dataPoints: [] };
  }
  const points = await dataPoints
    .list(dataType, { ...call, since, until })
    .toArray({ limit: 100_000 });
  return { dataType, since, until, dataPoints: points };
}
