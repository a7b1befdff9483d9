import * as z from 'zod/mini';
import { appleHealthDateSchema, appleHealthQuantitySchema } from './quantity.js';

/**
 * A workout's heart-rate summary in either form seen in the wild: `{ min, avg, max }` each a
 * `{ qty, units }` (the documented v2 form), or flat `{ Min, Avg, Max }` numbers (the vendor
 * server's model). Both are read; a payload carries one or the other.
 */
export const appleHealthWorkoutHeartRateSchema = z.looseObject({
  min: z.nullish(appleHealthQuantitySchema),
  avg: z.nullish(appleHealthQuantitySchema),
  max: z.nullish(appleHealthQuantitySchema),
  Min: z.nullish(z.number()),
  Avg: z.nullish(z.number()),
  Max: z.nullish(z.number()),
});

/** A workout's heart-rate summary. */
export type AppleHealthWorkoutHeartRate = z.output<typeof appleHealthWorkoutHeartRateSchema>;

/** One heart-rate reading during a workout: `{ date, Min, Avg, Max }` or `{ date, qty }`. */
export const appleHealthWorkoutHeartRatePointSchema = z.looseObject({
  date: appleHealthDateSchema,
  Min: z.nullish(z.number()),
  Avg: z.nullish(z.number()),
  Max: z.nullish(z.number()),
  qty: z.nullish(z.number()),
  units: z.nullish(z.string()),
});

/** One heart-rate reading during a workout. */
export type AppleHealthWorkoutHeartRatePoint = z.output<
  typeof appleHealthWorkoutHeartRatePointSchema
>;

/** One point of a workout's route: degrees, metres, metres per second. */
export const appleHealthRoutePointSchema = z.looseObject({
  latitude: z.number(),
  longitude: z.number(),
  altitude: z.nullish(z.number()),
  speed: z.nullish(z.number()),
  course: z.nullish(z.number()),
  timestamp: appleHealthDateSchema,
});

/** One point of a workout's route. */
export type AppleHealthRoutePoint = z.output<typeof appleHealthRoutePointSchema>;

/** A quantity sample inside a workout (`stepCount`, `activeEnergy`): `{ date, qty, units }`. */
const workoutQuantitySample = z.looseObject({
  qty: z.number(),
  units: z.nullish(z.string()),
  date: z.nullish(z.string()),
});

/**
 * One workout, "Export Version 2" (pin it in the automation: versions exist to avoid breaking
 * changes). `id` is the workout's stable UUID, the natural idempotency key. Units follow the
 * phone's settings; every quantity carries its own.
 *
 * @see https://github.com/Lybron/health-auto-export/wiki/API-Export---JSON-Format
 */
export const appleHealthWorkoutSchema = z.looseObject({
  id: z.string().check(z.minLength(1)),
  /** Workout type as the app names it (`Running`, `Outdoor Cycling` …). */
  name: z.string(),
  start: appleHealthDateSchema,
  end: appleHealthDateSchema,
  /** Length in seconds. */
  duration: z.nullish(z.number()),
  location: z.nullish(z.string()),
  isIndoor: z.nullish(z.boolean()),
  activeEnergyBurned: z.nullish(appleHealthQuantitySchema),
  /** Active energy per interval (the vendor server's model), used when there is no total. */
  activeEnergy: z.nullish(z.array(workoutQuantitySample)),
  distance: z.nullish(appleHealthQuantitySchema),
  elevationUp: z.nullish(appleHealthQuantitySchema),
  heartRate: z.nullish(appleHealthWorkoutHeartRateSchema),
  avgHeartRate: z.nullish(appleHealthQuantitySchema),
  maxHeartRate: z.nullish(appleHealthQuantitySchema),
  heartRateData: z.nullish(z.array(appleHealthWorkoutHeartRatePointSchema)),
  route: z.nullish(z.array(appleHealthRoutePointSchema)),
  stepCount: z.nullish(z.union([appleHealthQuantitySchema, z.array(workoutQuantitySample)])),
  temperature: z.nullish(appleHealthQuantitySchema),
  humidity: z.nullish(appleHealthQuantitySchema),
  intensity: z.nullish(appleHealthQuantitySchema),
  source: z.nullish(z.string()),
});

/** One workout, Export Version 2. */
export type AppleHealthWorkout = z.output<typeof appleHealthWorkoutSchema>;
