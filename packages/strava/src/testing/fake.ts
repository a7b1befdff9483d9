// Over 400 lines on purpose: one renderer per Strava model (summary, detail, laps, zones, streams,
// stats) sharing the same workout-to-wire helpers, so each Strava quirk is written once.
import {
  createSandboxTimeline,
  createSeededRandom,
  type SandboxSport,
  type SandboxWorkout,
  sandboxWorkoutSamples,
} from '@fitlink/testing';
import type { StravaStreamKey } from '../schemas/streams.js';

/** The sandbox athlete's Strava id. */
export const STRAVA_SANDBOX_ATHLETE_ID = 12345678;

// Activity ids start beyond 2^53, as Strava's int64 ids may: clients must not round them.
const FIRST_ACTIVITY_ID = 2n ** 54n;
const FIRST_UPLOAD_ID = 2n ** 55n;
const DAY_MS = 86_400_000;

/** Strava's `sport_type` and `trainer` flag for each sandbox sport Strava records. */
export const STRAVA_SANDBOX_SPORTS: Readonly<
  Partial<
    Record<
      SandboxSport,
      {
        /** Strava's `sport_type` for the sport (`Ride`, `Run`, `WeightTraining` …). */
        sportType: string;
        /** Strava's `trainer` flag: `true` for the indoor variant of an outdoor type. */
        trainer: boolean;
      }
    >
  >
> = {
  ride: { sportType: 'Ride', trainer: false },
  // Strava has no indoor types: an indoor ride, treadmill run or erg row is the outdoor type on a trainer.
  indoor_ride: { sportType: 'Ride', trainer: true },
  run: { sportType: 'Run', trainer: false },
  treadmill_run: { sportType: 'Run', trainer: true },
  walk: { sportType: 'Walk', trainer: false },
  hike: { sportType: 'Hike', trainer: false },
  swim: { sportType: 'Swim', trainer: false },
  indoor_row: { sportType: 'Rowing', trainer: true },
  strength: { sportType: 'WeightTraining', trainer: false },
};

/** One activity of the fake, with the workout it renders. */
export interface StravaFakeActivity {
  /** The int64 id. */
  readonly id: bigint;
  /** The sandbox workout (shared with other providers' fakes). */
  readonly workout: SandboxWorkout;
}

/** Options of {@link createStravaFake}. */
export interface StravaFakeOptions {
  /** Timeline seed. @defaultValue 1 */
  seed?: number;
  /** The timeline's end, epoch ms. @defaultValue Date.now() */
  now?: number;
  /** Days of history. @defaultValue 90 */
  days?: number;
}

/** A seeded Strava world: the athlete and their activities in Strava's exact wire shape. */
export interface StravaFake {
  /** The timeline's end. */
  readonly now: number;
  /** `DetailedAthlete`. */
  readonly athlete: Record<string, unknown>;
  /** `Zones` of `GET /athlete/zones`. */
  readonly athleteZones: Record<string, unknown>;
  /** Every workout Strava records (all but yoga and meditation), oldest first. */
  readonly activities: readonly StravaFakeActivity[];
  /** `count` synthetic activities before the timeline, one every six hours back, newest first. */
  extraActivities(count: number): StravaFakeActivity[];
  /** `SummaryActivity`. */
  summary(activity: StravaFakeActivity): Record<string, unknown>;
  /** `DetailedActivity`. */
  detailed(activity: StravaFakeActivity): Record<string, unknown>;
  /** `Lap[]`: five equal laps. */
  laps(activity: StravaFakeActivity): Record<string, unknown>[];
  /** `ActivityZone[]`: heart-rate (and power) time in zones. */
  zones(activity: StravaFakeActivity): Record<string, unknown>[];
  /** `StreamSet` keyed by type, for the recorded keys among `keys`. */
  streams(activity: StravaFakeActivity, keys: readonly StravaStreamKey[]): Record<string, unknown>;
  /** `ActivityStats` over the given activities. */
  stats(activities: readonly StravaFakeActivity[]): Record<string, unknown>;
}

const HR_ZONES = [
  [0, 123],
  [123, 153],
  [153, 169],
  [169, 184],
  [184, -1],
] as const;

function isoSeconds(ms: number): string {
  return new Date(Math.floor(ms / 1000) * 1000).toISOString().replace('.000Z', 'Z');
}

// "(GMT-07:00) America/Denver"
function stravaTimezone(workout: SandboxWorkout): string {
  const offset = workout.utcOffsetMinutes;
  const sign = offset < 0 ? '-' : '+';
  const hours = String(Math.floor(Math.abs(offset) / 60)).padStart(2, '0');
  const minutes = String(Math.abs(offset) % 60).padStart(2, '0');
  return `(GMT${sign}${hours}:${minutes}) ${workout.timeZone}`;
}

const perFoot = (sport: SandboxSport) =>
  sport === 'run' || sport === 'treadmill_run' || sport === 'walk' || sport === 'hike';

/**
 * Creates the Strava rendering of the sandbox timeline: the same workouts the other providers'
 * fakes render (so duplicates are real), with Strava's quirks: int64 ids beyond 2^53,
 * `start_date_local` with a fake `Z`, `timezone` as `(GMT±hh:mm) Zone`, `utc_offset` in
 * seconds, indoor sessions as `trainer: true`, run cadence per foot, `distance: 0` when nothing
 * was measured, and `type` beside `sport_type`.
 *
 * @param options - Seed, end and length of the timeline.
 * @example
 * ```ts
 * const fake = createStravaFake({ now: Date.parse('2026-11-22T00:00:00Z') });
 * const summaries = fake.activities.map((activity) => fake.summary(activity));
 * ```
 */
export function createStravaFake(options: StravaFakeOptions = {}): StravaFake {
  const now = options.now ?? Date.now();
  const timeline = createSandboxTimeline({
    seed: options.seed ?? 1,
    now,
    ...(options.days === undefined ? {} : { days: options.days }),
  });
  const activities = timeline.workouts
    .filter((workout) => STRAVA_SANDBOX_SPORTS[workout.sport] !== undefined)
    .map((workout) => ({ id: FIRST_ACTIVITY_ID + BigInt(workout.index) * 1009n, workout }));
  const template = activities.find((activity) => activity.workout.sport === 'run')?.workout;

  const summary = ({ id, workout }: StravaFakeActivity): Record<string, unknown> => {
    const { sportType, trainer } = STRAVA_SANDBOX_SPORTS[workout.sport] ?? {
      sportType: 'Workout',
      trainer: false,
    };
    const distance = workout.distanceMeters ?? 0;
    const speed = distance > 0 ? Math.round((distance / workout.movingSeconds) * 1000) / 1000 : 0;
    const power = workout.averagePowerWatts;
    const end = workout.startLatLng;
    return {
      resource_state: 2,
      athlete: { id: STRAVA_SANDBOX_ATHLETE_ID, resource_state: 1 },
      name: workout.title,
      distance,
      moving_time: workout.movingSeconds,
      elapsed_time: workout.elapsedSeconds,
      total_elevation_gain: workout.elevationGainMeters ?? 0,
      type: sportType,
      sport_type: sportType,
      workout_type: null,
      id,
      external_id: `fitlink-sandbox-${workout.id}.fit`,
      upload_id: FIRST_UPLOAD_ID + id,
      upload_id_str: String(FIRST_UPLOAD_ID + id),
      start_date: isoSeconds(workout.startMs),
      // Local wall-clock time with a misleading "Z", exactly as Strava writes it.
      start_date_local: isoSeconds(workout.startMs + workout.utcOffsetMinutes * 60_000),
      timezone: stravaTimezone(workout),
      utc_offset: workout.utcOffsetMinutes * 60,
      start_latlng: end ? [...end] : [],
      end_latlng: end ? [...end] : [],
      map: { id: `a${id}`, summary_polyline: end ? '_p~iF~ps|U_ulLnnqC' : '', resource_state: 2 },
      trainer,
      commute: false,
      manual: false,
      private: false,
      visibility: 'everyone',
      flagged: false,
      average_speed: speed,
      max_speed: Math.round(speed * 1.6 * 1000) / 1000,
      ...(workout.averageCadence === null
        ? {}
        : {
            average_cadence: perFoot(workout.sport)
              ? workout.averageCadence / 2
              : workout.averageCadence,
          }),
      ...(power === null
        ? {}
        : {
            average_watts: power,
            weighted_average_watts: Math.round(power * 1.05),
            max_watts: Math.round(power * 2.1),
            kilojoules: workout.workKilojoules,
            device_watts: true,
          }),
      has_heartrate: true,
      average_heartrate: workout.averageHeartRate,
      max_heartrate: workout.maxHeartRate,
      heartrate_opt_out: false,
      kudos_count: workout.index % 7,
      achievement_count: 0,
      pr_count: 0,
    };
  };

  const samplesOf = (workout: SandboxWorkout) => sandboxWorkoutSamples(workout);
  const laps = ({ id, workout }: StravaFakeActivity): Record<string, unknown>[] => {
    const count = 5;
    const size = Math.floor(workout.elapsedSeconds / count);
    const distance = workout.distanceMeters ?? 0;
    return Array.from({ length: count }, (_, index) => ({
      id: id * 10n + BigInt(index + 1),
      resource_state: 2,
      name: `Lap ${index + 1}`,
      activity: { id, resource_state: 1 },
      athlete: { id: STRAVA_SANDBOX_ATHLETE_ID, resource_state: 1 },
      elapsed_time: size,
      moving_time: Math.round(size * 0.96),
      start_date: isoSeconds(workout.startMs + index * size * 1000),
      start_date_local: isoSeconds(
        workout.startMs + index * size * 1000 + workout.utcOffsetMinutes * 60_000,
      ),
      distance: Math.round((distance / count) * 10) / 10,
      start_index: index * size,
      end_index: (index + 1) * size - 1,
      total_elevation_gain: Math.round(((workout.elevationGainMeters ?? 0) / count) * 10) / 10,
      average_speed:
        distance > 0 ? Math.round((distance / workout.movingSeconds) * 1000) / 1000 : 0,
      average_heartrate: workout.averageHeartRate,
      max_heartrate: workout.maxHeartRate,
      lap_index: index + 1,
      split: index + 1,
    }));
  };

  const zones = ({ workout }: StravaFakeActivity): Record<string, unknown>[] => {
    const heartRate = samplesOf(workout).heartRate;
    const buckets = HR_ZONES.map(([min, max]) => ({
      min,
      max,
      time: heartRate.filter((value) => value >= min && (max === -1 || value < max)).length,
    }));
    return [
      {
        score: Math.round(workout.elapsedSeconds / 60),
        distribution_buckets: buckets,
        type: 'heartrate',
        resource_state: 3,
        sensor_based: true,
        points: 0,
        custom_zones: false,
      },
    ];
  };

  const streams = (
    { workout }: StravaFakeActivity,
    keys: readonly StravaStreamKey[],
  ): Record<string, unknown> => {
    const samples = samplesOf(workout);
    const stream = (data: readonly unknown[]) => ({
      data,
      series_type: 'distance',
      original_size: data.length,
      resolution: 'high',
    });
    const all: Partial<Record<StravaStreamKey, readonly unknown[] | null>> = {
      time: samples.offsetSeconds,
      distance: samples.distanceMeters ?? samples.offsetSeconds.map(() => 0),
      latlng: samples.latLng,
      altitude: samples.altitude,
      velocity_smooth: samples.speed,
      heartrate: samples.heartRate,
      cadence:
        samples.cadence && perFoot(workout.sport)
          ? samples.cadence.map((value) => Math.round(value / 2))
          : samples.cadence,
      watts: samples.power,
    };
    const set: Record<string, unknown> = {};
    // Strava always sends `distance` and `time`, whatever was asked, and omits unrecorded streams.
    for (const key of new Set<StravaStreamKey>(['time', 'distance', ...keys])) {
      const data = all[key];
      if (data) set[key] = stream(data);
    }
    return set;
  };

  return {
    now,
    athlete: {
      id: STRAVA_SANDBOX_ATHLETE_ID,
      username: 'sandy_box',
      resource_state: 3,
      firstname: 'Sandy',
      lastname: 'Box',
      city: 'Boulder',
      state: 'Colorado',
      country: 'United States',
      sex: 'F',
      premium: true,
      summit: true,
      created_at: '2019-04-01T16:20:00Z',
      updated_at: isoSeconds(now - DAY_MS),
      profile_medium: 'https://dgalywyr863hv.cloudfront.net/pictures/athletes/sandbox/medium.jpg',
      profile: 'https://dgalywyr863hv.cloudfront.net/pictures/athletes/sandbox/large.jpg',
      follower_count: 42,
      friend_count: 37,
      measurement_preference: 'feet',
      ftp: 245,
      weight: 61.2,
      clubs: [],
      bikes: [
        {
          id: 'b1000001',
          primary: true,
          name: 'Gravel bike',
          resource_state: 2,
          distance: 4_812_300,
        },
      ],
      shoes: [
        {
          id: 'g1000002',
          primary: true,
          name: 'Trail shoes',
          resource_state: 2,
          distance: 812_400,
        },
      ],
    },
    athleteZones: {
      heart_rate: { custom_zones: false, zones: HR_ZONES.map(([min, max]) => ({ min, max })) },
      power: {
        zones: [
          [0, 135],
          [136, 184],
          [185, 221],
          [222, 257],
          [258, 294],
          [295, 368],
          [369, -1],
        ].map(([min, max]) => ({ min, max })),
      },
    },
    activities,
    extraActivities(count) {
      if (!template) return [];
      const random = createSeededRandom(count);
      return Array.from({ length: count }, (_, index) => {
        const startMs = timeline.fromMs - (index + 1) * 6 * 3_600_000;
        const workout: SandboxWorkout = {
          ...template,
          id: `x-${index + 1}`,
          index: 100_000 + index,
          title: `Base Run ${index + 1}`,
          startMs,
          elapsedSeconds: template.elapsedSeconds + random.integer(-300, 300),
        };
        return { id: FIRST_ACTIVITY_ID - 1_000_000n - BigInt(index), workout };
      });
    },
    summary,
    detailed(activity) {
      const { workout } = activity;
      return {
        ...summary(activity),
        resource_state: 3,
        description: `${workout.title} (fitlink sandbox)`,
        calories: workout.energyKcal,
        device_name: workout.indoor ? 'Zwift' : 'Garmin Edge 540',
        segment_efforts: [],
        laps: laps(activity),
        gear_id: workout.sport === 'ride' ? 'b1000001' : null,
      };
    },
    laps,
    zones,
    streams,
    stats(list) {
      const totals = (filter: (workout: SandboxWorkout) => boolean) => {
        const chosen = list.map((activity) => activity.workout).filter(filter);
        return {
          count: chosen.length,
          distance: Math.round(chosen.reduce((sum, w) => sum + (w.distanceMeters ?? 0), 0)),
          moving_time: chosen.reduce((sum, w) => sum + w.movingSeconds, 0),
          elapsed_time: chosen.reduce((sum, w) => sum + w.elapsedSeconds, 0),
          elevation_gain: Math.round(
            chosen.reduce((sum, w) => sum + (w.elevationGainMeters ?? 0), 0),
          ),
          achievement_count: 0,
        };
      };
      const year = new Date(now).getUTCFullYear();
      const recent = (w: SandboxWorkout) => w.startMs >= now - 28 * DAY_MS;
      const ytd = (w: SandboxWorkout) => new Date(w.startMs).getUTCFullYear() === year;
      const ride = (w: SandboxWorkout) => w.sport === 'ride' || w.sport === 'indoor_ride';
      const run = (w: SandboxWorkout) => w.sport === 'run' || w.sport === 'treadmill_run';
      const swim = (w: SandboxWorkout) => w.sport === 'swim';
      const rides = list.map((a) => a.workout).filter(ride);
      return {
        biggest_ride_distance: Math.max(0, ...rides.map((w) => w.distanceMeters ?? 0)),
        biggest_climb_elevation_gain: Math.max(0, ...rides.map((w) => w.elevationGainMeters ?? 0)),
        recent_ride_totals: totals((w) => ride(w) && recent(w)),
        recent_run_totals: totals((w) => run(w) && recent(w)),
        recent_swim_totals: totals((w) => swim(w) && recent(w)),
        ytd_ride_totals: totals((w) => ride(w) && ytd(w)),
        ytd_run_totals: totals((w) => run(w) && ytd(w)),
        ytd_swim_totals: totals((w) => swim(w) && ytd(w)),
        all_ride_totals: totals(ride),
        all_run_totals: totals(run),
        all_swim_totals: totals(swim),
      };
    },
  };
}
