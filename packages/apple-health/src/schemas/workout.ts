import * as z from 'zod/mini';
import { appleHealthDateSchema, appleHealthQuantitySchema } from './quantity.js';

/**
 * A workout's heart-rate summary in either form seen in the wild: `{ min, avg, max }` each a
 * `{ qty, units }` (the documented v2 form), or flat `{ Min, Avg, Max }` numbers (the vendor
 * server's model). Both are read; a payload carries one or the other.
 */
export const appleHealthWorkoutHeartRateSchema = z.looseObject({
  /** Lowest heart rate, with its unit. */
  min: z.nullish(appleHealthQuantitySchema),
  /** Average heart rate, with its unit. */
  avg: z.nullish(appleHealthQuantitySchema),
  /** Highest heart rate, with its unit. */
  max: z.nullish(appleHealthQuantitySchema),
  /** Lowest value, bpm. */
  Min: z.nullish(z.number()),
  /** Average value, bpm. */
  Avg: z.nullish(z.number()),
  /** Highest value, bpm. */
  Max: z.nullish(z.number()),
});

/** A workout's heart-rate summary. */
export type AppleHealthWorkoutHeartRate = z.output<typeof appleHealthWorkoutHeartRateSchema>;

/** One heart-rate reading during a workout: `{ date, Min, Avg, Max }` or `{ date, qty }`. */
export const appleHealthWorkoutHeartRatePointSchema = z.looseObject({
  /** When, `yyyy-MM-dd HH:mm:ss Z` with the offset the phone had then. */
  date: appleHealthDateSchema,
  /** Lowest value, bpm. */
  Min: z.nullish(z.number()),
  /** Average value, bpm. */
  Avg: z.nullish(z.number()),
  /** Highest value, bpm. */
  Max: z.nullish(z.number()),
  /** The value, in `units`. */
  qty: z.nullish(z.number()),
  /** The unit the value is in, as the phone writes it (`km`, `mi`, `kcal`, `kJ` …). */
  units: z.nullish(z.string()),
});

/** One heart-rate reading during a workout. */
export type AppleHealthWorkoutHeartRatePoint = z.output<
  typeof appleHealthWorkoutHeartRatePointSchema
>;

/** One point of a workout's route: degrees, metres, metres per second. */
export const appleHealthRoutePointSchema = z.looseObject({
  /** Latitude, degrees. */
  latitude: z.number(),
  /** Longitude, degrees. */
  longitude: z.number(),
  /** Altitude, metres. */
  altitude: z.nullish(z.number()),
  /** Speed, metres per second. */
  speed: z.nullish(z.number()),
  /** Heading, degrees from north. */
  course: z.nullish(z.number()),
  /** When the point was recorded, `yyyy-MM-dd HH:mm:ss Z`. */
  timestamp: appleHealthDateSchema,
});

/** One point of a workout's route. */
export type AppleHealthRoutePoint = z.output<typeof appleHealthRoutePointSchema>;

/** A quantity sample inside a workout (`stepCount`, `activeEnergy`): `{ date, qty, units }`. */
const workoutQuantitySample = z.looseObject({
  /** The value, in `units`. */
  qty: z.number(),
  /** The unit the value is in, as the phone writes it (`km`, `mi`, `kcal`, `kJ` …). */
  units: z.nullish(z.string()),
  /** When, `yyyy-MM-dd HH:mm:ss Z` with the offset the phone had then. */
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
  /** The workout's stable UUID (Export Version 2): the natural idempotency key. */
  id: z.string().check(z.minLength(1)),
  /** Workout type as the app names it (`Running`, `Outdoor Cycling` …). */
  name: z.string(),
  /** Start, `yyyy-MM-dd HH:mm:ss Z` with the phone's offset then. */
  start: appleHealthDateSchema,
  /** End, `yyyy-MM-dd HH:mm:ss Z`. */
  end: appleHealthDateSchema,
  /** Length in seconds. */
  duration: z.nullish(z.number()),
  /** `Indoor`, `Outdoor` or `Pool`/`Open Water` as the app reports it. */
  location: z.nullish(z.string()),
  /** Whether the workout was indoors. */
  isIndoor: z.nullish(z.boolean()),
  /** Total active energy, in its unit (`kcal` or `kJ`). */
  activeEnergyBurned: z.nullish(appleHealthQuantitySchema),
  /** Active energy per interval (the vendor server's model), used when there is no total. */
  activeEnergy: z.nullish(z.array(workoutQuantitySample)),
  /** Total distance, in its unit (`km`, `mi`, `m`, `yd`). */
  distance: z.nullish(appleHealthQuantitySchema),
  /** Elevation gained, in its unit (`m` or `ft`). */
  elevationUp: z.nullish(appleHealthQuantitySchema),
  /** Heart-rate summary (either form). */
  heartRate: z.nullish(appleHealthWorkoutHeartRateSchema),
  /** Average heart rate (flat form), bpm. */
  avgHeartRate: z.nullish(appleHealthQuantitySchema),
  /** Highest heart rate (flat form), bpm. */
  maxHeartRate: z.nullish(appleHealthQuantitySchema),
  /** Heart-rate readings during the workout. */
  heartRateData: z.nullish(z.array(appleHealthWorkoutHeartRatePointSchema)),
  /** The route's points, when the workout has one. */
  route: z.nullish(z.array(appleHealthRoutePointSchema)),
  /** Steps: a total, or samples per interval. */
  stepCount: z.nullish(z.union([appleHealthQuantitySchema, z.array(workoutQuantitySample)])),
  /** Temperature during the workout, in its unit (`degC` or `degF`). */
  temperature: z.nullish(appleHealthQuantitySchema),
  /** Relative humidity during the workout, percent. */
  humidity: z.nullish(appleHealthQuantitySchema),
  /** Intensity as the app reports it (`kcal/hr·kg`). */
  intensity: z.nullish(appleHealthQuantitySchema),
  /** The app or device that recorded it. */
  source: z.nullish(z.string()),
});

/** One workout, Export Version 2. */
export type AppleHealthWorkout = z.output<typeof appleHealthWorkoutSchema>;
