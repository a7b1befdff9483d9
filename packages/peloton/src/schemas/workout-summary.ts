import * as z from 'zod/mini';

const amount = z.nullish(z.number());

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
  total_work: amount,
  /** Average output, watts. */
  avg_power: amount,
  /** Highest output, watts. */
  max_power: amount,
  /** Average cadence, rpm. */
  avg_cadence: amount,
  /** Highest cadence, rpm. */
  max_cadence: amount,
  /** Average resistance, percent. */
  avg_resistance: amount,
  /** Average speed, mph or kph. */
  avg_speed: amount,
  /** Highest speed, mph or kph. */
  max_speed: amount,
  /** Distance, miles or km. */
  distance: amount,
  /** Energy, kcal. */
  calories: amount,
  /** Average heart rate, bpm (0 without a monitor). */
  avg_heart_rate: amount,
  /** Highest heart rate, bpm (0 without a monitor). */
  max_heart_rate: amount,
});

/** A workout's totals. */
export type PelotonWorkoutSummary = z.infer<typeof pelotonWorkoutSummarySchema>;
