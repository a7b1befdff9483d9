import * as z from 'zod/mini';

/** Every stream type Strava records. */
export const STRAVA_STREAM_KEYS = [
  'time',
  'distance',
  'latlng',
  'altitude',
  'velocity_smooth',
  'heartrate',
  'cadence',
  'watts',
  'temp',
  'moving',
  'grade_smooth',
] as const;

/** One stream type. */
export type StravaStreamKey = (typeof STRAVA_STREAM_KEYS)[number];

const streamMeta = {
  /** Samples before any downsampling. */
  original_size: z.nullish(z.number()),
  /** `low`, `medium` or `high`. */
  resolution: z.nullish(z.string()),
  /** `distance` or `time`. */
  series_type: z.nullish(z.string()),
};

const numberStream = z.looseObject({
  ...streamMeta,
  /** One sample per index, in the unit of its stream type; `null` where none was recorded. */
  data: z.array(z.nullable(z.number())),
});

/**
 * `StreamSet` from `GET /activities/{id}/streams?key_by_type=true`: one object per stream type,
 * each with `data` aligned by index. `latlng` holds `[lat, lng]` pairs, `moving` booleans.
 *
 * @see https://developers.strava.com/docs/reference/#api-models-StreamSet
 */
export const stravaStreamSetSchema = z.looseObject({
  /** Seconds from the start. */
  time: z.optional(numberStream),
  /** Metres so far. */
  distance: z.optional(numberStream),
  /** `[lat, lng]`. */
  latlng: z.optional(
    z.looseObject({
      ...streamMeta,
      /** One `[latitude, longitude]` pair in degrees per index; `[]` or `null` for a GPS gap. */
      data: z.array(z.nullable(z.array(z.number()))),
    }),
  ),
  /** Metres. */
  altitude: z.optional(numberStream),
  /** Metres per second. */
  velocity_smooth: z.optional(numberStream),
  /** Beats per minute. */
  heartrate: z.optional(numberStream),
  /** Revolutions (or steps per foot) per minute. */
  cadence: z.optional(numberStream),
  /** Watts. */
  watts: z.optional(numberStream),
  /** Degrees Celsius. */
  temp: z.optional(numberStream),
  /** Whether moving. */
  moving: z.optional(
    z.looseObject({
      ...streamMeta,
      /** One flag per index: whether the athlete was moving at that sample. */
      data: z.array(z.nullable(z.boolean())),
    }),
  ),
  /** Percent grade. */
  grade_smooth: z.optional(numberStream),
});

/** `StreamSet`. */
export type StravaStreamSet = z.infer<typeof stravaStreamSetSchema>;

/** The legacy streams answer (the swagger's example): an array of `{ type, data }`. */
const legacyStreamsSchema = z.array(
  z.looseObject({
    /** The stream type (`time`, `heartrate`, `latlng` …). */
    type: z.string(),
    /** The samples, one per index, shaped as in the keyed form of the same type. */
    data: z.array(z.unknown()),
  }),
);

// The legacy array form is re-keyed by type here, so its samples are validated like the keyed
// form's (a bad sample is a ValidationError at `<type>.data.<i>`, not a raw ZodError later).
const keyedByType = z.transform((value: unknown, context) => {
  if (!Array.isArray(value)) return value;
  const legacy = z.safeParse(legacyStreamsSchema, value);
  if (legacy.success) return Object.fromEntries(legacy.data.map((stream) => [stream.type, stream]));
  for (const issue of legacy.error.issues) {
    context.issues.push({ code: 'custom', message: issue.message, path: issue.path, input: value });
  }
  return z.NEVER;
});

/**
 * The streams answer in either form, parsed to a {@link StravaStreamSet}: keyed by type
 * (`key_by_type=true`, what the client asks for) or the legacy array of `{ type, data }` (the
 * swagger's example), which is re-keyed by type and validated the same way.
 */
export const stravaStreamsResponseSchema = z.pipe(keyedByType, stravaStreamSetSchema);

/** The streams answer, keyed by type whichever form Strava sent. */
export type StravaStreamsResponse = z.infer<typeof stravaStreamsResponseSchema>;
