import * as z from 'zod/mini';
import { smashrunFlagSchema } from './fields.js';

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
  calories: z.nullish(z.number()),
  /** The user's notes (`''` when none). */
  notes: z.nullish(z.string()),
  /** The id at the source (a Garmin activity id …), `''` for manual runs. */
  externalId: z.nullish(z.string()),
  /** Where the run came from: `garmin`, `garminhealth`, `mapmyrun`, `manual` … */
  source: z.nullish(z.string()),
  /** Version of the uploading app. */
  appVersion: z.nullish(z.string()),
  /** Recording device family, `''` when unknown. */
  deviceType: z.nullish(z.string()),
  /** Whether a recording (per-second data) exists. */
  hasDetails: z.nullish(smashrunFlagSchema),
  /** Whether the recording has GPS positions. */
  hasDetailsGPS: z.nullish(smashrunFlagSchema),
  /** Start position. */
  startLatitude: z.nullish(z.number()),
  /** Start position. */
  startLongitude: z.nullish(z.number()),
  /** Heart rate, bpm. */
  heartRateMax: z.nullish(z.number()),
  /** Heart rate, bpm. */
  heartRateMin: z.nullish(z.number()),
  /** Heart rate, bpm. */
  heartRateAverage: z.nullish(z.number()),
  /** Cadence, steps per minute. */
  cadenceMax: z.nullish(z.number()),
  /** Cadence, steps per minute. */
  cadenceMin: z.nullish(z.number()),
  /** Cadence, steps per minute. */
  cadenceAverage: z.nullish(z.number()),
  /** Weather at the start (`clear`, `partlycloudy`, `drizzle` …). */
  weatherType: z.nullish(z.string()),
  /** Temperature, °C. */
  temperature: z.nullish(z.number()),
  /** Relative humidity, percent. */
  humidity: z.nullish(z.number()),
  /** Wind speed, km/h. */
  windSpeed: z.nullish(z.number()),
  /** Apparent temperature, °C. */
  temperatureApparent: z.nullish(z.number()),
  /** Wind chill, °C. */
  temperatureWindChill: z.nullish(z.number()),
  /** How the run felt (`none`, `great` …). */
  howFelt: z.nullish(z.string()),
  /** Terrain (`none`, `treadmill`, `trail` …). */
  terrain: z.nullish(z.string()),
  /** A race. */
  isRace: z.nullish(smashrunFlagSchema),
  /** Run on a treadmill. */
  isTreadmill: z.nullish(smashrunFlagSchema),
  /** Heart rate flagged as bad. */
  isBadHR: z.nullish(smashrunFlagSchema),
  /** Elevation flagged as bad. */
  isBadElevation: z.nullish(smashrunFlagSchema),
  /** When the device synced, UTC without `Z`. */
  syncDateTimeUTC: z.nullish(z.string()),
  /** When SmashRun created the run, UTC without `Z`. */
  dateCreatedUTC: z.nullish(z.string()),
  /** When SmashRun last changed the run, UTC without `Z`. */
  dateUpdatedUTC: z.nullish(z.string()),
});

/** One run in SmashRun's summary style. */
export type SmashrunActivitySummary = z.infer<typeof smashrunActivitySummarySchema>;

/** A page (or the whole list) of summaries. */
export const smashrunActivitySummaryListSchema = z.array(smashrunActivitySummarySchema);

/** One run in the `briefs` style: id, start, distance (km) and duration (s). */
export const smashrunActivityBriefSchema = z.looseObject(activityCore);

/** One run in the `briefs` style. */
export type SmashrunActivityBrief = z.infer<typeof smashrunActivityBriefSchema>;

/** A page of the `briefs` style. */
export const smashrunActivityBriefListSchema = z.array(smashrunActivityBriefSchema);

/** A page of the `ids` style: activity ids only. */
export const smashrunActivityIdListSchema = z.array(z.number());

/** One lap of a recorded run. */
export const smashrunLapSchema = z.looseObject({
  /** `general`, `work`, `recovery`, `warmup`, `cooldown`. */
  lapType: z.nullish(z.string()),
  /** Seconds from the start at the end of the lap. */
  endDuration: z.nullish(z.number()),
  /** Kilometres from the start at the end of the lap. */
  endDistance: z.nullish(z.number()),
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
  recordingKeys: z.nullish(z.array(z.string())),
  /** One array per key, each with one value per sample. */
  recordingValues: z.nullish(z.array(z.array(z.nullable(z.number())))),
  /** Laps. */
  laps: z.nullish(z.array(smashrunLapSchema)),
  /** Sample indexes where the run was paused. */
  pauseIndexes: z.nullish(z.array(z.number())),
});

/** One run in the extended style, with its recording. */
export type SmashrunActivity = z.infer<typeof smashrunActivitySchema>;

/** A page of extended activities. */
export const smashrunActivityListSchema = z.array(smashrunActivitySchema);
