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
  /** The records of the data types the automation selected. */
  data: z.looseObject({
    /** One entry per metric name, each with its samples and unit. */
    metrics: z.nullish(z.array(appleHealthMetricSchema)),
    /** Workouts, Export Version 2. */
    workouts: z.nullish(z.array(appleHealthWorkoutSchema)),
    /** State of mind records, passed through. */
    stateOfMind: z.nullish(passThrough),
    /** Medication records, passed through. */
    medications: z.nullish(passThrough),
    /** Symptom records, passed through. */
    symptoms: z.nullish(passThrough),
    /** Cycle tracking records, passed through. */
    cycleTracking: z.nullish(passThrough),
    /** ECG recordings, passed through. */
    ecg: z.nullish(passThrough),
    /** Heart-rate notifications, passed through. */
    heartRateNotifications: z.nullish(passThrough),
  }),
});

/** The body of one Health Auto Export POST. */
export type AppleHealthExport = z.output<typeof appleHealthExportSchema>;
