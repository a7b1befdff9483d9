import * as z from 'zod/mini';
import { idSchema } from './wire.js';

/**
 * A TrainingPeaks workout (planned and/or completed). Times are local without a zone
 * (`StartTime`, `WorkoutDay`), `TotalTime` is decimal hours, `Distance` metres, velocities
 * m/s, `Energy` kJ and `Calories` kcal. Premium-only fields are `null` for basic athletes.
 *
 * @see https://github.com/TrainingPeaks/PartnersAPI/wiki/Workouts-Object
 */
export const trainingpeaksWorkoutSchema = z.looseObject({
  /** Workout id (`long`). */
  Id: idSchema,
  /** Athlete id. */
  AthleteId: z.nullish(idSchema),
  /** Title, at most 500 characters. */
  Title: z.nullish(z.string()),
  /** `Bike`, `Run`, `Swim`, `Strength`, `Rowing` … */
  WorkoutType: z.nullish(z.string()),
  /** Local calendar day, `YYYY-MM-DDT00:00:00`. */
  WorkoutDay: z.nullish(z.string()),
  /** Local start, no zone. */
  StartTime: z.nullish(z.string()),
  /** Planned local start, no zone. */
  StartTimePlanned: z.nullish(z.string()),
  /** Whether it was completed. */
  Completed: z.nullish(z.boolean()),
  /** Completed activity rather than plan only (third-party OpenAPI). */
  IsItAnActivity: z.nullish(z.boolean()),
  /** Only with `includeDescription=true`. */
  Description: z.nullish(z.string()),
  /** Distance, metres. */
  Distance: z.nullish(z.number()),
  /** Planned distance, metres. */
  DistancePlanned: z.nullish(z.number()),
  /** Duration, decimal hours. */
  TotalTime: z.nullish(z.number()),
  /** Planned duration, decimal hours. */
  TotalTimePlanned: z.nullish(z.number()),
  /** Heart rate minimum, bpm (premium). */
  HeartRateMinimum: z.nullish(z.number()),
  /** Heart rate maximum, bpm (premium). */
  HeartRateMaximum: z.nullish(z.number()),
  /** Heart rate average, bpm (premium). */
  HeartRateAverage: z.nullish(z.number()),
  /** Food energy, kcal (premium). */
  Calories: z.nullish(z.number()),
  /** Mechanical work, kJ (premium). */
  Energy: z.nullish(z.number()),
  /** Training Stress Score (premium). */
  TssActual: z.nullish(z.number()),
  /** Planned TSS. */
  TssPlanned: z.nullish(z.number()),
  /** How TSS was computed (`Power`, `HeartRate` …). */
  TssCalculationMethod: z.nullish(z.string()),
  /** Intensity factor (premium). */
  IF: z.nullish(z.number()),
  /** Normalized power, W (premium). */
  NormalizedPower: z.nullish(z.number()),
  /** Normalized power, W (as some payloads name it). */
  NormalizedPowerActual: z.nullish(z.number()),
  /** Average power, W (premium). */
  PowerAverage: z.nullish(z.number()),
  /** Maximum power, W (premium). */
  PowerMaximum: z.nullish(z.number()),
  /** Average speed, m/s (premium). */
  VelocityAverage: z.nullish(z.number()),
  /** Maximum speed, m/s (premium). */
  VelocityMaximum: z.nullish(z.number()),
  /** Average cadence (premium). */
  CadenceAverage: z.nullish(z.number()),
  /** Maximum cadence (premium). */
  CadenceMaximum: z.nullish(z.number()),
  /** Ascent, metres (premium). */
  ElevationGain: z.nullish(z.number()),
  /** Descent, metres (premium). */
  ElevationLoss: z.nullish(z.number()),
  /** Average temperature, °C (premium). */
  TempAvg: z.nullish(z.number()),
  /** Last change, "based on Mountain time". */
  LastModifiedDate: z.nullish(z.string()),
  /** Export formats of the structured workout. */
  WorkoutFileFormats: z.nullish(z.array(z.string())),
});

/** A TrainingPeaks workout. */
export type TrainingPeaksWorkout = z.infer<typeof trainingpeaksWorkoutSchema>;

/** `GET /v2/workouts/{start}/{end}`: every workout between two local dates. */
export const trainingpeaksWorkoutListSchema = z.array(trainingpeaksWorkoutSchema);
