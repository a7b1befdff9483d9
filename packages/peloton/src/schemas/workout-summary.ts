import * as z from 'zod/mini';

/**
 * `GET /api/workout/{id}/summary`: totals in the member's units (distance in miles or km and
 * speed in mph or kph, as the member chose; the payload does not say which).
 */
export const pelotonWorkoutSummarySchema = z.looseObject({
  /** Summary id. */
  id: z.optional(z.string()),
  /** The workout. */
  workout_id: z.optional(z.string()),
  /** Output, joules. */
  total_work: z.nullish(z.number()),
  /** Average output, watts. */
  avg_power: z.nullish(z.number()),
  /** Highest output, watts. */
  max_power: z.nullish(z.number()),
  /** Average cadence, rpm. */
  avg_cadence: z.nullish(z.number()),
  /** Highest cadence, rpm. */
  max_cadence: z.nullish(z.number()),
  /** Average resistance, percent. */
  avg_resistance: z.nullish(z.number()),
  /** Average speed, mph or kph. */
  avg_speed: z.nullish(z.number()),
  /** Highest speed, mph or kph. */
  max_speed: z.nullish(z.number()),
  /** Distance, miles or km. */
  distance: z.nullish(z.number()),
  /** Energy, kcal. */
  calories: z.nullish(z.number()),
  /** Average heart rate, bpm (0 without a monitor). */
  avg_heart_rate: z.nullish(z.number()),
  /** Highest heart rate, bpm (0 without a monitor). */
  max_heart_rate: z.nullish(z.number()),
});

/** A workout's totals. */
export type PelotonWorkoutSummary = z.infer<typeof pelotonWorkoutSummarySchema>;
