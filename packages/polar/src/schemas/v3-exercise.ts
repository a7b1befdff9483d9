import * as z from 'zod/mini';
import { polarDateTimeSchema, polarIsoDurationSchema } from './duration.js';

/** Average and maximum heart rate of a v3 exercise, bpm. */
export const polarV3HeartRateSchema = z.looseObject({
  /** Average, bpm. */
  average: z.nullish(z.number()),
  /** Maximum, bpm. */
  maximum: z.nullish(z.number()),
});

/**
 * An AccessLink v3 exercise (training session summary), from `GET /v3/exercises` or an exercise
 * transaction. Property names are kebab-case; `start-time` is local wall time without a zone,
 * with `start-time-utc-offset` in minutes; `duration` is ISO 8601 (`PT2H44M45S`).
 *
 * @see https://www.polar.com/accesslink-api/#exercises
 */
export const polarV3ExerciseSchema = z.looseObject({
  /** The exercise id: a hashed string on `/v3/exercises`, an int64 in transactions. */
  id: z.union([z.string(), z.number()]),
  /** When the device uploaded it. */
  'upload-time': z.nullish(z.string()),
  /** Link to the owning user. */
  'polar-user': z.nullish(z.string()),
  /** The transaction it came in (transactions only). */
  'transaction-id': z.nullish(z.number()),
  /** Product name (`Polar M400`). */
  device: z.nullish(z.string()),
  /** Device id. */
  'device-id': z.nullish(z.string()),
  /** Start, local time without a zone. */
  'start-time': polarDateTimeSchema,
  /** Offset of the local start from UTC, minutes. */
  'start-time-utc-offset': z.number(),
  /** Duration, ISO 8601. */
  duration: z.nullish(polarIsoDurationSchema),
  /** Energy, kilocalories. */
  calories: z.nullish(z.number()),
  /** Distance, metres. */
  distance: z.nullish(z.number()),
  /** Heart rate, bpm. */
  'heart-rate': z.nullish(polarV3HeartRateSchema),
  /** Training load. */
  'training-load': z.nullish(z.number()),
  /** Sport name (`RUNNING`, `OTHER`). */
  sport: z.nullish(z.string()),
  /** Whether a route is available. */
  'has-route': z.nullish(z.boolean()),
  /** The Polar Flow sport, when set (`RUNNING`, `ROAD_BIKING`). */
  'detailed-sport-info': z.nullish(z.string()),
  /** Running Index. */
  'running-index': z.nullish(z.number()),
});

/** A v3 exercise. */
export type PolarV3Exercise = z.infer<typeof polarV3ExerciseSchema>;

/**
 * An AccessLink v3 exercise from the non-transactional `GET /v3/exercises` and
 * `GET /v3/exercises/{exerciseId}`: the same summary as {@link polarV3ExerciseSchema} with a
 * hashed string id and snake_case names (`start_time`, `start_time_utc_offset`, `heart_rate`,
 * `detailed_sport_info`), as Polar's description gives them.
 *
 * @see https://www.polar.com/accesslink-api/#exercises
 */
export const polarV3HashedExerciseSchema = z.looseObject({
  /** The hashed exercise id. */
  id: z.string(),
  /** When the device uploaded it. */
  upload_time: z.nullish(z.string()),
  /** Product name. */
  device: z.nullish(z.string()),
  /** Start, local time without a zone. */
  start_time: polarDateTimeSchema,
  /** Offset of the local start from UTC, minutes. */
  start_time_utc_offset: z.number(),
  /** Duration, ISO 8601. */
  duration: z.nullish(polarIsoDurationSchema),
  /** Energy, kilocalories. */
  calories: z.nullish(z.number()),
  /** Distance, metres. */
  distance: z.nullish(z.number()),
  /** Heart rate, bpm. */
  heart_rate: z.nullish(polarV3HeartRateSchema),
  /** Training load. */
  training_load: z.nullish(z.number()),
  /** Sport name. */
  sport: z.nullish(z.string()),
  /** The Polar Flow sport, when set. */
  detailed_sport_info: z.nullish(z.string()),
  /** Whether a route is available. */
  has_route: z.nullish(z.boolean()),
  /** Running Index (kebab-case even here, as the description spells it). */
  'running-index': z.nullish(z.number()),
});

/** A v3 exercise of the non-transactional routes (snake_case). */
export type PolarV3HashedExercise = z.infer<typeof polarV3HashedExerciseSchema>;

/** `POST /v3/users/{user-id}/exercise-transactions` → 201: the new transaction. */
export const polarV3TransactionSchema = z.looseObject({
  /** The transaction id. */
  'transaction-id': z.number(),
  /** Its URL. */
  'resource-uri': z.string(),
});

/** A created v3 transaction. */
export type PolarV3Transaction = z.infer<typeof polarV3TransactionSchema>;

/** `GET …/exercise-transactions/{id}`: links to the transaction's exercises. */
export const polarV3ExerciseLinksSchema = z.looseObject({
  /** Absolute URLs of the exercises. */
  exercises: z._default(z.array(z.string()), []),
});

/** The links of a transaction's exercises. */
export type PolarV3ExerciseLinks = z.infer<typeof polarV3ExerciseLinksSchema>;

/** `POST /v3/users` → 200 and `GET /v3/users/{user-id}`: a registered user. */
export const polarV3UserSchema = z.looseObject({
  /** Polar's user id (also `x_user_id` in the token answer). */
  'polar-user-id': z.number(),
  /** The partner's own id for the user, given at registration. */
  'member-id': z.nullish(z.string()),
  /** When the user was registered. */
  'registration-date': z.nullish(z.string()),
  /** First name. */
  'first-name': z.nullish(z.string()),
  /** Last name. */
  'last-name': z.nullish(z.string()),
  /** Birth date. */
  birthdate: z.nullish(z.string()),
  /** `MALE` or `FEMALE`. */
  gender: z.nullish(z.string()),
  /** Weight, kg. */
  weight: z.nullish(z.number()),
  /** Height, cm. */
  height: z.nullish(z.number()),
});

/** A registered v3 user. */
export type PolarV3User = z.infer<typeof polarV3UserSchema>;

/** A v3 webhook delivery (`EXERCISE`, `SLEEP`, … or the `PING` sent on creation). */
export const polarV3WebhookEventSchema = z.looseObject({
  /** Event type. */
  event: z.string(),
  /** Polar user id (absent on `PING`). */
  user_id: z.nullish(z.number()),
  /** The changed entity's id. */
  entity_id: z.nullish(z.string()),
  /** When it happened, ISO 8601. */
  timestamp: z.string(),
  /** Where to fetch the entity. */
  url: z.nullish(z.string()),
  /** The date, for daily events (`SLEEP`, `ACTIVITY_SUMMARY` …). */
  date: z.nullish(z.string()),
});

/** A v3 webhook event. */
export type PolarV3WebhookEvent = z.infer<typeof polarV3WebhookEventSchema>;
