import * as z from 'zod/mini';

/**
 * One heart rate reading (`PublicHeartRateRow`, `GET /v2/usercollection/heartrate`), about every
 * 5 minutes (more often during workouts). Timestamps come back in UTC (`+00:00`).
 *
 * @see https://cloud.ouraring.com/v2/docs#tag/Heart-Rate-Routes
 */
export const ouraHeartRateSchema = z.looseObject({
  /** Beats per minute. */
  bpm: z.number(),
  /** `awake`, `rest`, `sleep`, `session`, `live` or `workout`. */
  source: z.string(),
  /** When it was measured, ISO 8601. */
  timestamp: z.string(),
});

/** One heart rate reading. */
export type OuraHeartRate = z.infer<typeof ouraHeartRateSchema>;
