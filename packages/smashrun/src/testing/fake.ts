import { roundTo } from '@fitlink/core';
import {
  createSandboxTimeline,
  createSeededRandom,
  type SandboxWorkout,
  sandboxWorkoutSamples,
} from '@fitlink/testing';
import type { SmashrunActivity, SmashrunActivitySummary } from '../schemas/activity.js';
import type { SmashrunBodyWeight } from '../schemas/body-weight.js';
import type { SmashrunUserInfo } from '../schemas/user-info.js';
import { formatLocal, formatUtc } from './wire-format.js';

/** Options of {@link createSmashrunFake}. */
export interface SmashrunFakeOptions {
  /** Seed of the sandbox timeline. @defaultValue 1 */
  seed?: number;
  /** The timeline's end, epoch ms. @defaultValue Date.now() */
  now?: number;
  /** Days of history. @defaultValue 90 */
  days?: number;
  /** Seconds between recorded samples. @defaultValue 10 */
  sampleEverySeconds?: number;
}

/** The sandbox athlete as SmashRun records them: runs (extended, newest first), user, weights. */
export interface SmashrunFake {
  /** The user's info. */
  readonly userInfo: SmashrunUserInfo;
  /** Every run with its recording, newest first; uploads are added here. */
  readonly activities: SmashrunActivity[];
  /** Body weight recordings, oldest first; recordings are added here. */
  readonly weights: SmashrunBodyWeight[];
  /** The timeline workout behind each activity id. */
  readonly workouts: ReadonlyMap<number, SandboxWorkout>;
}

/** The recording keys of a run with GPS; treadmill runs leave out position and elevation. */
const OUTDOOR_KEYS = [
  'clock',
  'distance',
  'latitude',
  'longitude',
  'elevation',
  'heartRate',
  'cadence',
  'speed',
];
const INDOOR_KEYS = ['clock', 'distance', 'heartRate', 'cadence', 'speed'];
const WEATHER = ['clear', 'partlycloudy', 'cloudy', 'drizzle'] as const;

function weather(random: ReturnType<typeof createSeededRandom>) {
  const temperature = roundTo(-2 + random.next() * 22, 2);
  const windSpeed = random.integer(0, 30);
  return {
    weatherType: WEATHER[random.integer(0, WEATHER.length - 1)],
    temperature,
    humidity: random.integer(20, 80),
    windSpeed,
    temperatureApparent: roundTo(temperature - random.next() * 3, 2),
    temperatureWindChill: roundTo(temperature - windSpeed / 6, 2),
  };
}

/** SmashRun's 8-digit activity id for a timeline workout. */
export function smashrunActivityIdOf(workout: SandboxWorkout): number {
  return 41_000_000 + workout.index * 37 + 11;
}

/**
 * Renders one timeline run or treadmill run in SmashRun's extended wire shape: distance in
 * km, `startDateTimeLocal` with its offset, duration (timer seconds), `0`/`1` flags, `*UTC`
 * without `Z`, and the recording as `recordingKeys` + parallel `recordingValues`.
 *
 * @param workout - A `run` or `treadmill_run` of the sandbox timeline.
 * @param everySeconds - Seconds between samples.
 */
export function renderSmashrunActivity(
  workout: SandboxWorkout,
  everySeconds = 10,
): SmashrunActivity {
  const random = createSeededRandom(workout.index * 131 + 7);
  const treadmill = workout.sport === 'treadmill_run';
  const samples = sandboxWorkoutSamples(workout, { everySeconds });
  const createdMs =
    workout.startMs + workout.elapsedSeconds * 1000 + random.integer(120, 900) * 1000;
  const heartRateMin = Math.min(...samples.heartRate);
  const cadence = samples.cadence ?? [];
  const keys = treadmill || samples.latLng === null ? INDOOR_KEYS : OUTDOOR_KEYS;
  const column = (key: string): (number | null)[] => {
    switch (key) {
      case 'clock':
        return [...samples.offsetSeconds];
      case 'distance':
        return (samples.distanceMeters ?? []).map((metres) => roundTo(metres / 1000, 4));
      case 'latitude':
        return (samples.latLng ?? []).map(([lat]) => lat);
      case 'longitude':
        return (samples.latLng ?? []).map(([, lng]) => lng);
      case 'elevation':
        return [...(samples.altitude ?? samples.offsetSeconds.map(() => 1650))];
      case 'heartRate':
        return [...samples.heartRate];
      case 'cadence':
        return [...cadence];
      default:
        return (samples.speed ?? []).map((speed) => roundTo(speed * 3.6, 2));
    }
  };
  const outdoor = !treadmill && workout.startLatLng !== null;
  return {
    activityId: smashrunActivityIdOf(workout),
    activityType: 'running',
    duration: workout.movingSeconds,
    distance: roundTo((workout.distanceMeters ?? 0) / 1000, 5),
    calories: workout.energyKcal,
    notes: workout.title,
    startDateTimeLocal: formatLocal(workout.startMs, workout.utcOffsetMinutes),
    externalId: String(9_900_000_000 + workout.index * 1_009),
    source: 'garminhealth',
    appVersion: '20.04',
    deviceType: 'Garmin',
    hasDetails: 1,
    hasDetailsGPS: outdoor ? 1 : 0,
    ...(outdoor && workout.startLatLng
      ? { startLatitude: workout.startLatLng[0], startLongitude: workout.startLatLng[1] }
      : {}),
    heartRateMax: workout.maxHeartRate,
    heartRateMin,
    heartRateAverage: workout.averageHeartRate,
    cadenceMax: cadence.length > 0 ? Math.max(...cadence) : null,
    cadenceMin: cadence.length > 0 ? Math.min(...cadence) : null,
    cadenceAverage: workout.averageCadence,
    ...(outdoor ? weather(random) : {}),
    howFelt: 'none',
    terrain: treadmill ? 'treadmill' : 'none',
    isRace: 0,
    isTreadmill: treadmill ? 1 : 0,
    isBadHR: 0,
    isBadElevation: treadmill ? 1 : 0,
    syncDateTimeUTC: formatUtc(createdMs - 20_000)
      .slice(0, 16)
      .concat(':00'),
    dateCreatedUTC: formatUtc(createdMs),
    dateUpdatedUTC: formatUtc(createdMs + 870),
    recordingKeys: keys,
    recordingValues: keys.map(column),
    laps: [
      {
        lapType: 'general',
        endDuration: workout.movingSeconds,
        endDistance: roundTo((workout.distanceMeters ?? 0) / 1000, 5),
      },
    ],
  };
}

/**
 * The summary style of an extended activity: the same object without the recording.
 *
 * @param activity - An extended activity.
 */
export function toSmashrunSummary(activity: SmashrunActivity): SmashrunActivitySummary {
  const {
    recordingKeys: _keys,
    recordingValues: _values,
    laps: _laps,
    pauseIndexes: _pauses,
    ...summary
  } = activity;
  return summary;
}

/**
 * Creates the sandbox athlete's SmashRun data from the shared seeded timeline: every `run` and
 * `treadmill_run` (SmashRun records nothing else), the user info and weekly weights.
 *
 * @example
 * ```ts
 * import { createSmashrunFake } from '@fitlink/smashrun/testing';
 * const data = createSmashrunFake({ seed: 1, now: Date.parse('2026-11-22T12:00:00Z') });
 * console.log(data.activities.length, data.activities[0]?.startDateTimeLocal);
 * ```
 */
export function createSmashrunFake(options: SmashrunFakeOptions = {}): SmashrunFake {
  const now = options.now ?? Date.now();
  const timeline = createSandboxTimeline({
    seed: options.seed ?? 1,
    now,
    days: options.days ?? 90,
  });
  const runs = timeline.workouts.filter((w) => w.sport === 'run' || w.sport === 'treadmill_run');
  const workouts = new Map(runs.map((workout) => [smashrunActivityIdOf(workout), workout]));
  const activities = runs
    .map((workout) => renderSmashrunActivity(workout, options.sampleEverySeconds ?? 10))
    .reverse();
  const random = createSeededRandom((options.seed ?? 1) * 977 + 3);
  const weights: SmashrunBodyWeight[] = [];
  for (let ms = timeline.fromMs; ms <= now; ms += 7 * 86_400_000) {
    weights.push({
      date: new Date(ms).toISOString().slice(0, 10),
      weightInKilograms: roundTo(68 + random.next() * 3, 1),
    });
  }
  const last = runs.at(-1);
  return {
    userInfo: {
      id: 2_604_117,
      firstName: 'Sandy',
      lastName: 'Box',
      userName: 'sandybox',
      registrationDateUTC: formatUtc(timeline.fromMs - 400 * 86_400_000),
      dateTimeUTCOfLastRun: last ? formatUtc(last.startMs).slice(0, 19) : null,
      unitDistance: 'k',
      unitWeight: 'k',
      timeZone: 'America/Denver',
      heartRateMax: 191,
      heartRateResting: 48,
    },
    activities,
    weights,
    workouts,
  };
}
