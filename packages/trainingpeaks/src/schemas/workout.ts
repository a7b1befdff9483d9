import * as z from 'zod/mini';
import { idSchema, nullish } from './wire.js';

const number = () => nullish(z.number());

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
  AthleteId: nullish(idSchema),
  /** Title, at most 500 characters. */
  Title: nullish(z.string()),
  /** `Bike`, `Run`, `Swim`, `Strength`, `Rowing` … */
  WorkoutType: nullish(z.string()),
  /** Local calendar day, `YYYY-MM-DDT00:00:00`. */
  WorkoutDay: nullish(z.string()),
  /** Local start, no zone. */
  StartTime: nullish(z.string()),
  /** Planned local start, no zone. */
  StartTimePlanned: nullish(z.string()),
  /** Whether it was completed. */
  Completed: nullish(z.boolean()),
  /** Completed activity rather than plan only (third-party OpenAPI). */
  IsItAnActivity: nullish(z.boolean()),
  /** Only with `includeDescription=true`. */
  Description: nullish(z.string()),
  /** Distance, metres. */
  Distance: number(),
  /** Planned distance, metres. */
  DistancePlanned: number(),
  /** Duration, decimal hours. */
  TotalTime: number(),
  /** Planned duration, decimal hours. */
  TotalTimePlanned: number(),
  /** Heart rate minimum, bpm (premium). */
  HeartRateMinimum: number(),
  /** Heart rate maximum, bpm (premium). */
  HeartRateMaximum: number(),
  /** Heart rate average, bpm (premium). */
  HeartRateAverage: number(),
  /** Food energy, kcal (premium). */
  Calories: number(),
  /** Mechanical work, kJ (premium). */
  Energy: number(),
  /** Training Stress Score (premium). */
  TssActual: number(),
  /** Planned TSS. */
  TssPlanned: number(),
  /** How TSS was computed (`Power`, `HeartRate` …). */
  TssCalculationMethod: nullish(z.string()),
  /** Intensity factor (premium). */
  IF: number(),
  /** Normalized power, W (premium). */
  NormalizedPower: number(),
  /** Normalized power, W (as some payloads name it). */
  NormalizedPowerActual: number(),
  /** Average power, W (premium). */
  PowerAverage: number(),
  /** Maximum power, W (premium). */
  PowerMaximum: number(),
  /** Average speed, m/s (premium). */
  VelocityAverage: number(),
  /** Maximum speed, m/s (premium). */
  VelocityMaximum: number(),
  /** Average cadence (premium). */
  CadenceAverage: number(),
  /** Maximum cadence (premium). */
  CadenceMaximum: number(),
  /** Ascent, metres (premium). */
  ElevationGain: number(),
  /** Descent, metres (premium). */
  ElevationLoss: number(),
  /** Average temperature, °C (premium). */
  TempAvg: number(),
  /** Last change, "based on Mountain time". */
  LastModifiedDate: nullish(z.string()),
  /** Export formats of the structured workout. */
  WorkoutFileFormats: nullish(z.array(z.string())),
});

/** A TrainingPeaks workout. */
export type TrainingPeaksWorkout = z.infer<typeof trainingpeaksWorkoutSchema>;

/** `GET /v2/workouts/{start}/{end}`: every workout between two local dates. */
export const trainingpeaksWorkoutListSchema = z.array(trainingpeaksWorkoutSchema);
