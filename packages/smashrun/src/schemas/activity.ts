import * as z from 'zod/mini';
import { optionalFlag, optionalNumber, optionalString } from './fields.js';

/**
 * The fields every activity style shares. `distance` is in **kilometres**, `duration` in
 * seconds, `startDateTimeLocal` ISO 8601 with the local offset (`2026-10-01T06:30:00-06:00`).
 */
const activityCore = {
  /** SmashRun's activity id. */
  activityId: z.number(),
  /** Local start with its UTC offset. */
  startDateTimeLocal: z.string(),
  /** Distance in kilometres. */
  distance: z.number(),
  /** Duration in seconds. */
  duration: z.number(),
};

/**
 * One run in SmashRun's summary style (`GET /my/activities`, `/my/activities/search`).
 * Flags are `0`/`1`; `*UTC` times have no `Z`; weather is in °C and km/h.
 *
 * @see https://api.smashrun.com/v1/explorer
 */
export const smashrunActivitySummarySchema = z.looseObject({
  ...activityCore,
  /** Always `running` today. */
  activityType: z.string(),
  /** Kilocalories, `null` when unknown. */
  calories: optionalNumber,
  /** The user's notes (`''` when none). */
  notes: optionalString,
  /** The id at the source (a Garmin activity id …), `''` for manual runs. */
  externalId: optionalString,
  /** Where the run came from: `garmin`, `garminhealth`, `mapmyrun`, `manual` … */
  source: optionalString,
  /** Version of the uploading app. */
  appVersion: optionalString,
  /** Recording device family, `''` when unknown. */
  deviceType: optionalString,
  /** Whether a recording (per-second data) exists. */
  hasDetails: optionalFlag,
  /** Whether the recording has GPS positions. */
  hasDetailsGPS: optionalFlag,
  /** Start position. */
  startLatitude: optionalNumber,
  /** Start position. */
  startLongitude: optionalNumber,
  /** Heart rate, bpm. */
  heartRateMax: optionalNumber,
  /** Heart rate, bpm. */
  heartRateMin: optionalNumber,
  /** Heart rate, bpm. */
  heartRateAverage: optionalNumber,
  /** Cadence, steps per minute. */
  cadenceMax: optionalNumber,
  /** Cadence, steps per minute. */
  cadenceMin: optionalNumber,
  /** Cadence, steps per minute. */
  cadenceAverage: optionalNumber,
  /** Weather at the start (`clear`, `partlycloudy`, `drizzle` …). */
  weatherType: optionalString,
  /** Temperature, °C. */
  temperature: optionalNumber,
  /** Relative humidity, percent. */
  humidity: optionalNumber,
  /** Wind speed, km/h. */
  windSpeed: optionalNumber,
  /** Apparent temperature, °C. */
  temperatureApparent: optionalNumber,
  /** Wind chill, °C. */
  temperatureWindChill: optionalNumber,
  /** How the run felt (`none`, `great` …). */
  howFelt: optionalString,
  /** Terrain (`none`, `treadmill`, `trail` …). */
  terrain: optionalString,
  /** A race. */
  isRace: optionalFlag,
  /** Run on a treadmill. */
  isTreadmill: optionalFlag,
  /** Heart rate flagged as bad. */
  isBadHR: optionalFlag,
  /** Elevation flagged as bad. */
  isBadElevation: optionalFlag,
  /** When the device synced, UTC without `Z`. */
  syncDateTimeUTC: optionalString,
  /** When SmashRun created the run, UTC without `Z`. */
  dateCreatedUTC: optionalString,
  /** When SmashRun last changed the run, UTC without `Z`. */
  dateUpdatedUTC: optionalString,
});

/** One run in SmashRun's summary style. */
export type SmashrunActivitySummary = z.infer<typeof smashrunActivitySummarySchema>;

/** A page (or the whole list) of summaries. */
export const smashrunActivitySummaryListSchema = z.array(smashrunActivitySummarySchema);

/** One run in the `briefs` style: id, start, distance (km) and duration (s). */
export const smashrunActivityBriefSchema = z.looseObject(activityCore);

/** One run in the `briefs` style. */
export type SmashrunActivityBrief = z.infer<typeof smashrunActivityBriefSchema>;

/** A page of the `ids` style: activity ids only. */
export const smashrunActivityIdListSchema = z.array(z.number());

/** One lap of a recorded run. */
export const smashrunLapSchema = z.looseObject({
  /** `general`, `work`, `recovery`, `warmup`, `cooldown`. */
  lapType: optionalString,
  /** Seconds from the start at the end of the lap. */
  endDuration: optionalNumber,
  /** Kilometres from the start at the end of the lap. */
  endDistance: optionalNumber,
});

/**
 * One run in the extended style (`GET /my/activities/{id}`, `search/extended`): the summary plus
 * the recording as `recordingKeys` (`clock`, `distance` km, `latitude`, `longitude`, `elevation`
 * m, `heartRate`, `cadence`, `power`, `speed` km/h, `temperature` °C) and `recordingValues`, one
 * array per key, parallel to each other. `-1` marks a missing value.
 */
export const smashrunActivitySchema = z.looseObject({
  ...smashrunActivitySummarySchema.shape,
  /** Names of the recorded series. */
  recordingKeys: z.optional(z.nullable(z.array(z.string()))),
  /** One array per key, each with one value per sample. */
  recordingValues: z.optional(z.nullable(z.array(z.array(z.nullable(z.number()))))),
  /** Laps. */
  laps: z.optional(z.nullable(z.array(smashrunLapSchema))),
  /** Sample indexes where the run was paused. */
  pauseIndexes: z.optional(z.nullable(z.array(z.number()))),
});

/** One run in the extended style, with its recording. */
export type SmashrunActivity = z.infer<typeof smashrunActivitySchema>;

/** A page of extended activities. */
export const smashrunActivityListSchema = z.array(smashrunActivitySchema);
