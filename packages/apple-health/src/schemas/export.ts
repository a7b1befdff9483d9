import * as z from 'zod/mini';
import { appleHealthMetricSchema } from './metric.js';
import { appleHealthWorkoutSchema } from './workout.js';

/** A record of a data type fitlink has no model for, passed through as the app sent it. */
const passThrough = z.array(z.looseObject({}));

/**
 * The body Health Auto Export's REST API automation POSTs (JSON format): only the data types
 * the automation selects are present. `metrics` and `workouts` are mapped; the other arrays are
 * passed through as records.
 *
 * @see https://github.com/Lybron/health-auto-export/wiki/API-Export---JSON-Format
 */
export const appleHealthExportSchema = z.looseObject({
  data: z.looseObject({
    metrics: z.nullish(z.array(appleHealthMetricSchema)),
    workouts: z.nullish(z.array(appleHealthWorkoutSchema)),
    stateOfMind: z.nullish(passThrough),
    medications: z.nullish(passThrough),
    symptoms: z.nullish(passThrough),
    cycleTracking: z.nullish(passThrough),
    ecg: z.nullish(passThrough),
    heartRateNotifications: z.nullish(passThrough),
  }),
});

/** The body of one Health Auto Export POST. */
export type AppleHealthExport = z.output<typeof appleHealthExportSchema>;
