import {
  createSandboxTimeline,
  createSeededRandom,
  type SandboxWorkout,
  sandboxWorkoutSamples,
} from '@fitlink/testing';
import type { PelotonInstructor } from '../schemas/instructor.js';
import type { PelotonGraphMetric, PelotonPerformanceGraph } from '../schemas/performance-graph.js';
import type { PelotonRide, PelotonRideDetails } from '../schemas/ride.js';
import type { PelotonUser } from '../schemas/user.js';
import type { PelotonWorkout } from '../schemas/workout.js';
import type { PelotonWorkoutSummary } from '../schemas/workout-summary.js';
import { PELOTON_SANDBOX_USER_ID, PELOTON_SANDBOX_USERNAME } from './constants.js';
import { pelotonInstructorFixtures } from './fixtures/instructors.js';

/** Settings of {@link createPelotonFake}. */
export interface PelotonFakeOptions {
  /** Seed of the shared timeline. @defaultValue 1 */
  seed?: number;
  /** End of the timeline, epoch ms. @defaultValue Date.now() */
  now?: number;
  /** Days of history. @defaultValue 90 */
  days?: number;
  /** The member's unit preference: `mi`/`mph`/`ft` or `km`/`kph`/`m`. @defaultValue 'imperial' */
  units?: 'imperial' | 'metric';
}

/** The sandbox member's Peloton data, in Peloton's wire shape. */
export interface PelotonFake {
  /** `GET /api/me`. */
  readonly user: PelotonUser;
  /** Workouts, newest first (`ride` with `instructor` joined). */
  readonly workouts: readonly PelotonWorkout[];
  /** Instructors. */
  readonly instructors: readonly PelotonInstructor[];
  /** A workout's performance graph at `every_n` seconds; GPS only when `withLocation`. */
  performanceGraph(
    workoutId: string,
    everyN: number,
    withLocation: boolean,
  ): PelotonPerformanceGraph | undefined;
  /** A workout's summary. */
  summary(workoutId: string): PelotonWorkoutSummary | undefined;
  /** A class's details, or `null` for classes without segments (Peloton answers 404). */
  rideDetails(rideId: string): PelotonRideDetails | null | undefined;
}

type Rendered = { readonly sandbox: SandboxWorkout; readonly workout: PelotonWorkout };

const DISCIPLINES: Partial<Record<SandboxWorkout['sport'], string>> = {
  indoor_ride: 'cycling',
  treadmill_run: 'running',
  run: 'running',
  indoor_row: 'caesar',
  strength: 'strength',
  yoga: 'yoga',
  meditation: 'meditation',
};

const DEVICES: Record<string, readonly [string, string, string]> = {
  cycling: ['home_bike_v1', 'home_bike', 'Bike'],
  running: ['home_tread', 'home_tread', 'Tread'],
  caesar: ['caesar', 'caesar', 'Row'],
  app: ['iPhone', 'iOS_app', 'App'],
};

const NAMES: Record<string, string> = {
  cycling: 'Cycling Workout',
  running: 'Running Workout',
  caesar: 'Rowing Workout',
  strength: 'Strength Workout',
  yoga: 'Yoga Workout',
  meditation: 'Meditation Workout',
};

function hexId(seed: number): string {
  const random = createSeededRandom(seed);
  let out = '';
  for (let i = 0; i < 32; i++) out += random.integer(0, 15).toString(16);
  return out;
}

const round = (value: number, digits: number) => Math.round(value * 10 ** digits) / 10 ** digits;

// Peloton sometimes reports a fixed-offset POSIX zone instead of the member's IANA region;
// the sign is inverted (Etc/GMT+6 is UTC−6).
function pelotonZone(workout: SandboxWorkout): string {
  const offset = workout.utcOffsetMinutes;
  if (workout.index % 3 !== 0 || offset % 60 !== 0) return workout.timeZone;
  const hours = -offset / 60;
  return hours === 0 ? 'Etc/GMT' : `Etc/GMT${hours > 0 ? '+' : '-'}${Math.abs(hours)}`;
}

/**
 * Renders the shared sandbox timeline as Peloton records it: indoor rides, treadmill and outdoor
 * runs (with GPS), rows (`caesar`), strength, yoga and meditation; epoch-second times, 32-hex
 * ids, `Etc/GMT+N` zones on some workouts, `total_work` in joules, and every distance and speed
 * in the member's units (`mi`/`mph` or `km`/`kph`; the rower always in metres).
 *
 * @example
 * ```ts
 * const fake = createPelotonFake({ seed: 1, now: Date.parse('2026-11-22T12:00:00Z'), days: 30 });
 * fake.workouts[0]?.fitness_discipline;
 * ```
 */
export function createPelotonFake(options: PelotonFakeOptions = {}): PelotonFake {
  const seed = options.seed ?? 1;
  const metric = options.units === 'metric';
  const distanceUnit = metric ? 'km' : 'mi';
  const speedUnit = metric ? 'kph' : 'mph';
  const paceUnit = metric ? 'min/km' : 'min/mi';
  const toDistance = (metres: number) => (metric ? metres / 1000 : metres / 1609.344);
  const toSpeed = (mps: number) => (metric ? mps * 3.6 : (mps * 3600) / 1609.344);
  const toPace = (mps: number) => (mps > 0 ? 60 / toSpeed(mps) : null);
  const toHeight = (metres: number) => (metric ? metres : metres / 0.3048);
  const timeline = createSandboxTimeline({
    seed,
    now: options.now ?? Date.now(),
    days: options.days ?? 90,
  });
  const instructors = pelotonInstructorFixtures;

  const rendered: Rendered[] = [];
  for (const sandbox of timeline.workouts) {
    const discipline = DISCIPLINES[sandbox.sport];
    if (!discipline) continue;
    const outdoor = sandbox.sport === 'run';
    const [deviceType, platform, deviceName] =
      DEVICES[outdoor ? 'app' : discipline] ?? (DEVICES.app as readonly [string, string, string]);
    const instructor = instructors[(sandbox.index * 7 + seed) % instructors.length];
    const start = Math.floor(sandbox.startMs / 1000);
    const ride: PelotonRide = {
      id: hexId(seed * 100_003 + sandbox.index * 2 + 1),
      title: outdoor ? `${Math.round(sandbox.elapsedSeconds / 60)} min Outdoor Run` : sandbox.title,
      duration: Math.ceil(sandbox.elapsedSeconds / 300) * 300,
      fitness_discipline: discipline,
      instructor_id: instructor?.id ?? null,
      instructor: instructor ?? null,
      content_format: outdoor || discipline === 'meditation' ? 'audio' : 'video',
      difficulty_estimate: round(5 + (sandbox.index % 40) / 10, 2),
      image_url: null,
      original_air_time: start - 86_400 * (30 + (sandbox.index % 200)),
    };
    const work = sandbox.workKilojoules;
    rendered.push({
      sandbox,
      workout: {
        id: hexId(seed * 100_003 + sandbox.index * 2),
        created_at: start - 60,
        start_time: start,
        end_time: start + sandbox.elapsedSeconds,
        fitness_discipline: discipline,
        status: 'COMPLETE',
        timezone: pelotonZone(sandbox),
        total_work: work === null ? 0 : round(work * 1000, 2),
        name: NAMES[discipline] ?? 'Workout',
        title: null,
        user_id: PELOTON_SANDBOX_USER_ID,
        device_type: deviceType,
        device_type_display_name: deviceName,
        platform,
        is_outdoor: outdoor,
        workout_type: 'class',
        metrics_type: ['cycling', 'running', 'caesar'].includes(discipline) ? discipline : null,
        ride,
        leaderboard_rank: work === null ? null : 100 + (sandbox.index % 900),
        ftp_info: { ftp: discipline === 'cycling' ? 210 : 0 },
        effort_zones: { total_effort_points: round(sandbox.elapsedSeconds / 120, 1) },
      },
    });
  }
  rendered.sort((left, right) => right.workout.created_at - left.workout.created_at);
  const byId = new Map(rendered.map((item) => [item.workout.id, item]));
  const rides = new Map(rendered.map((item) => [item.workout.ride?.id ?? '', item]));

  function performanceGraph(workoutId: string, everyN: number, withLocation: boolean) {
    const item = byId.get(workoutId);
    if (!item) return undefined;
    const { sandbox, workout } = item;
    const discipline = workout.fitness_discipline;
    const samples = sandboxWorkoutSamples(sandbox, { everySeconds: everyN });
    const series = (
      slug: string,
      unit: string | null,
      values: readonly (number | null)[],
      extra: Partial<PelotonGraphMetric> = {},
    ): PelotonGraphMetric => {
      const known = values.filter((value): value is number => value !== null);
      return {
        slug,
        display_name: slug.replace(/_/g, ' '),
        display_unit: unit,
        values: [...values],
        average_value: known.length
          ? round(known.reduce((a, b) => a + b, 0) / known.length, 2)
          : null,
        max_value: known.length ? Math.max(...known) : null,
        ...extra,
      };
    };
    const metrics: PelotonGraphMetric[] = [];
    const distanceMetres = sandbox.distanceMeters;
    const meanSpeed = distanceMetres === null ? null : distanceMetres / sandbox.elapsedSeconds;
    const summaries: PelotonPerformanceGraph['summaries'] = [];
    const averages: PelotonPerformanceGraph['average_summaries'] = [];
    if (samples.power && discipline !== 'running') {
      metrics.push(series('output', 'watts', samples.power));
      summaries.push({
        slug: 'total_output',
        display_unit: 'kj',
        value: Math.round((workout.total_work ?? 0) / 1000),
      });
      averages.push({
        slug: 'avg_output',
        display_unit: 'watts',
        value: sandbox.averagePowerWatts,
      });
    }
    if (discipline === 'cycling' && samples.cadence && samples.speed && meanSpeed !== null) {
      metrics.push(series('cadence', 'rpm', samples.cadence));
      metrics.push(
        series(
          'resistance',
          '%',
          samples.cadence.map((_, i) => 35 + (i % 10)),
        ),
      );
      metrics.push(
        series(
          'speed',
          speedUnit,
          samples.speed.map((v) => round(toSpeed(v), 1)),
        ),
      );
      averages.push({ slug: 'avg_cadence', display_unit: 'rpm', value: sandbox.averageCadence });
      averages.push({
        slug: 'avg_speed',
        display_unit: speedUnit,
        value: round(toSpeed(meanSpeed), 1),
      });
    }
    if (discipline === 'running' && samples.speed && meanSpeed !== null) {
      const speed = series(
        'speed',
        speedUnit,
        samples.speed.map((v) => round(toSpeed(v), 1)),
      );
      metrics.push(
        series(
          'pace',
          paceUnit,
          samples.speed.map((v) => {
            const pace = toPace(v);
            return pace === null ? null : round(pace, 2);
          }),
          {
            alternatives: [speed],
          },
        ),
      );
      averages.push({
        slug: 'avg_pace',
        display_unit: paceUnit,
        value: round(toPace(meanSpeed) ?? 0, 2),
      });
      averages.push({
        slug: 'avg_speed',
        display_unit: speedUnit,
        value: round(toSpeed(meanSpeed), 1),
      });
      if (samples.altitude) {
        metrics.push(
          series(
            'altitude',
            metric ? 'm' : 'ft',
            samples.altitude.map((v) => round(toHeight(v), 0)),
          ),
        );
      } else {
        metrics.push(
          series(
            'incline',
            '%',
            samples.speed.map((_, i) => (i % 20 < 10 ? 1 : 3)),
          ),
        );
      }
    }
    if (discipline === 'caesar' && samples.cadence && samples.speed && meanSpeed !== null) {
      metrics.push(series('stroke_rate', 'spm', samples.cadence));
      // The rower's split: decimal minutes per 500 m.
      metrics.push(
        series(
          'split_pace',
          'min/500m',
          samples.speed.map((v) => (v > 0 ? round(500 / v / 60, 2) : null)),
        ),
      );
      averages.push({
        slug: 'avg_stroke_rate',
        display_unit: 'spm',
        value: sandbox.averageCadence,
      });
      averages.push({
        slug: 'avg_split_pace',
        display_unit: 'min/500m',
        value: round(500 / meanSpeed / 60, 2),
      });
    }
    if (discipline !== 'meditation') {
      metrics.push(
        series('heart_rate', 'bpm', samples.heartRate, {
          zones: ['zone1', 'zone2', 'zone3', 'zone4', 'zone5'].map((slug, i) => ({
            slug,
            duration: Math.round(sandbox.elapsedSeconds * [0.1, 0.3, 0.35, 0.2, 0.05][i]!),
          })),
        }),
      );
    }
    if (distanceMetres !== null) {
      // The rower shows metres whatever the member's preference.
      const rower = discipline === 'caesar';
      summaries.push({
        slug: 'distance',
        display_unit: rower ? 'm' : distanceUnit,
        value: rower ? round(distanceMetres, 2) : round(toDistance(distanceMetres), 2),
      });
    }
    if (sandbox.elevationGainMeters !== null) {
      summaries.push({
        slug: 'elevation',
        display_unit: metric ? 'm' : 'ft',
        value: round(toHeight(sandbox.elevationGainMeters), 0),
      });
    }
    summaries.push({
      slug: 'calories',
      display_unit: 'kcal',
      value: Math.round(sandbox.energyKcal),
    });

    const location =
      withLocation && samples.latLng && samples.distanceMeters
        ? [
            {
              segment_id: hexId(sandbox.index * 31 + 7),
              is_gap: false,
              coordinates: samples.latLng.map(([latitude, longitude], i) => ({
                seconds_offset_from_start: samples.offsetSeconds[i] ?? 0,
                latitude,
                longitude,
                accuracy: 5,
                distance: round(toDistance(samples.distanceMeters?.[i] ?? 0), 2),
                distance_display_unit: distanceUnit,
              })),
            },
          ]
        : [];
    return {
      duration: workout.ride?.duration ?? sandbox.elapsedSeconds,
      seconds_since_pedaling_start: [...samples.offsetSeconds],
      metrics,
      summaries,
      average_summaries: averages,
      location_data: location,
      segment_list: segments(sandbox),
    };
  }

  function segments(sandbox: SandboxWorkout) {
    const length = sandbox.elapsedSeconds;
    const warm = Math.min(300, Math.round(length * 0.15));
    const cool = Math.min(180, Math.round(length * 0.1));
    return [
      {
        id: hexId(sandbox.index * 97 + 1),
        name: 'Warmup',
        start_time_offset: 0,
        length: warm,
        icon_slug: 'warmup',
      },
      {
        id: hexId(sandbox.index * 97 + 2),
        name: 'Main',
        start_time_offset: warm,
        length: length - warm - cool,
        icon_slug: 'main',
      },
      {
        id: hexId(sandbox.index * 97 + 3),
        name: 'Cool Down',
        start_time_offset: length - cool,
        length: cool,
        icon_slug: 'cooldown',
      },
    ];
  }

  return {
    user: {
      id: PELOTON_SANDBOX_USER_ID,
      username: 'SandyBox',
      email: PELOTON_SANDBOX_USERNAME,
      name: 'Sandy Box',
      first_name: 'Sandy',
      last_name: 'Box',
      gender: 'female',
      birthday: 536457600,
      location: 'Boulder, CO',
      total_workouts: rendered.length,
      cycling_ftp: 210,
      estimated_cycling_ftp: 205,
      default_max_heart_rate: 185,
      customized_max_heart_rate: null,
      created_at: Math.floor(timeline.fromMs / 1000) - 86_400 * 400,
    },
    workouts: rendered.map((item) => item.workout),
    instructors,
    performanceGraph,
    summary(workoutId) {
      const item = byId.get(workoutId);
      if (!item) return undefined;
      const { sandbox, workout } = item;
      const speed =
        sandbox.distanceMeters === null ? null : sandbox.distanceMeters / sandbox.elapsedSeconds;
      return {
        id: hexId(sandbox.index * 13 + 5),
        workout_id: workout.id,
        instant: workout.end_time,
        total_work: workout.total_work,
        avg_power: sandbox.averagePowerWatts ?? 0,
        max_power:
          sandbox.averagePowerWatts === null ? 0 : Math.round(sandbox.averagePowerWatts * 1.2),
        avg_cadence: sandbox.averageCadence ?? 0,
        avg_speed: speed === null ? 0 : round(toSpeed(speed), 2),
        distance:
          sandbox.distanceMeters === null ? 0 : round(toDistance(sandbox.distanceMeters), 2),
        calories: Math.round(sandbox.energyKcal),
        avg_heart_rate: sandbox.sport === 'meditation' ? 0 : sandbox.averageHeartRate,
        max_heart_rate: sandbox.sport === 'meditation' ? 0 : sandbox.maxHeartRate,
      };
    },
    rideDetails(rideId) {
      const item = rides.get(rideId);
      if (!item) return undefined;
      const { sandbox, workout } = item;
      // Audio-only classes (outdoor runs, meditation) have no segments: Peloton answers 404.
      if (workout.ride?.content_format === 'audio' || !workout.ride) return null;
      return { ride: workout.ride, segments: { segment_list: segments(sandbox) } };
    },
  };
}
