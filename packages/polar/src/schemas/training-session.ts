import * as z from 'zod/mini';
import { polarDateTimeSchema, polarProtobufDurationSchema } from './duration.js';

/** A v4 identifier object (`{ "id": "…" }`). */
export const polarIdentifierSchema = z.looseObject({
  /** The stable id. */
  id: z.string(),
});

/** Average and maximum heart rate of a session, bpm. */
export const polarHeartRateSchema = z.looseObject({
  /** Average, bpm. */
  average: z.nullish(z.number()),
  /** Maximum, bpm. */
  maximum: z.nullish(z.number()),
});

/** The product a session was recorded with. */
export const polarProductSchema = z.looseObject({
  /** Model name (`Polar Vantage V3`, `Polar Flow app`). */
  modelName: z.nullish(z.string()),
});

/** Time in one heart-rate zone. */
export const polarHeartRateZoneSchema = z.looseObject({
  /** Lower limit, bpm. */
  lowerLimit: z.nullish(z.number()),
  /** Upper limit, bpm. */
  upperLimit: z.nullish(z.number()),
  /** Time in the zone, protobuf duration. */
  inZone: polarProtobufDurationSchema,
});

/** Feature `zones` of a session. */
export const polarZonesSchema = z.looseObject({
  /** Heart-rate zones, lowest first. */
  heartRate: z.nullish(z.array(polarHeartRateZoneSchema)),
});

/**
 * A training session of the Dynamic API v4 (`GET /v4/data/training-sessions/list`). The base
 * session comes with every answer; the objects named by `features` (`statistics`, `zones`,
 * `samples`, `laps` …) only when asked for, one day per request. Loose: only what the mapper
 * reads is typed. Field names follow the v4 description as quoted by third parties (no copy of
 * Polar's swagger was available): see the package README.
 *
 * @see https://www.polar.com/polar-api-v4/
 */
export const polarTrainingSessionSchema = z.looseObject({
  /** The session's stable id. */
  identifier: polarIdentifierSchema,
  /** When Polar stored it, ISO 8601. */
  created: z.nullish(z.string()),
  /** When it last changed, ISO 8601. */
  modified: z.nullish(z.string()),
  /** Start in the user's local time; some answers carry no zone (see `startTimeUtcOffset`). */
  startTime: polarDateTimeSchema,
  /** The local start's offset from UTC, minutes. */
  startTimeUtcOffset: z.nullish(z.number()),
  /** End in local time. */
  stopTime: z.nullish(polarDateTimeSchema),
  /** Duration, protobuf JSON (`"3600s"`). */
  duration: z.nullish(polarProtobufDurationSchema),
  /** The sport: an id from `GET /v4/data/sports/list`. */
  sport: z.nullish(polarIdentifierSchema),
  /** A title given in Polar Flow. */
  name: z.nullish(z.string()),
  /** Distance, metres. */
  distanceMeters: z.nullish(z.number()),
  /** Energy, kilocalories. */
  calories: z.nullish(z.number()),
  /** Ascent, metres. */
  ascentMeters: z.nullish(z.number()),
  /** Heart rate. */
  heartRate: z.nullish(polarHeartRateSchema),
  /** Training load (Polar's cardio load of the session). */
  trainingLoad: z.nullish(z.number()),
  /** The recording product (`Polar Vantage V3`, `Polar Flow app`). */
  product: z.nullish(polarProductSchema),
  /** Feature `zones`: time per heart-rate zone, lowest zone first. */
  zones: z.nullish(polarZonesSchema),
});

/** A v4 training session. */
export type PolarTrainingSession = z.infer<typeof polarTrainingSessionSchema>;

/** The answer of `GET /v4/data/training-sessions/list` (an empty object when there is nothing). */
export const polarTrainingSessionListSchema = z.looseObject({
  /** The sessions of the range (of the one day when `features` were asked for). */
  trainingSessions: z._default(z.array(polarTrainingSessionSchema), []),
});

/** The answer of the training-session list. */
export type PolarTrainingSessionList = z.infer<typeof polarTrainingSessionListSchema>;
