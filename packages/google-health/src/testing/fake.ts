import { roundTo } from '@fitlink/core';
import {
  createSandboxTimeline,
  createSeededRandom,
  type SandboxSport,
  type SandboxWorkout,
} from '@fitlink/testing';
import type { GoogleHealthDataPoint } from '../schemas/data-point.js';
import type { GoogleHealthDataSource } from '../schemas/fields.js';
import type { GoogleHealthIdentity, GoogleHealthProfile } from '../schemas/user.js';
import { renderGoogleHealthSleep } from './fake-sleep.js';
import { civilOf, intervalOf } from './wire-time.js';

/** Options of {@link createGoogleHealthFake}. */
export interface GoogleHealthFakeOptions {
  /** Seed of the shared timeline and of Google's ids. @defaultValue 1 */
  seed?: number;
  /** End of the timeline, epoch ms. @defaultValue Date.now() */
  now?: number;
  /** Days of history. @defaultValue 90 */
  days?: number;
}

/** Daily totals Google serves only as roll-ups (total calories). */
export interface GoogleHealthFakeDayTotals {
  /** The user's date, `YYYY-MM-DD`. */
  date: string;
  /** The user's UTC offset that day, minutes. */
  utcOffsetMinutes: number;
  /** Total calories, kcal; `null` on a day the watch was not worn. */
  totalCaloriesKcal: number | null;
}

/** The sandbox user's Google Health data, every list oldest first, in the API's exact shapes. */
export interface GoogleHealthSandboxData {
  /** The user's identity (with a legacy Fitbit id: the sandbox user came from Fitbit). */
  identity: GoogleHealthIdentity;
  /** The profile. */
  profile: GoogleHealthProfile;
  /** Data points per kebab-case data type. */
  dataPoints: Record<string, GoogleHealthDataPoint[]>;
  /** Per-day totals answered by roll-ups of `total-calories`. */
  days: GoogleHealthFakeDayTotals[];
}

/** The sandbox user's Google Health user id. */
export const GOOGLE_HEALTH_SANDBOX_USER_ID = '1d4e9c2ab7f04e55';

/** The sandbox user's legacy Fitbit user id. */
export const GOOGLE_HEALTH_SANDBOX_FITBIT_ID = '7QXB2K';

const EXERCISE_TYPES: Readonly<Record<SandboxSport, string>> = {
  ride: 'BIKING',
  indoor_ride: 'BIKING',
  run: 'RUNNING',
  treadmill_run: 'RUNNING',
  walk: 'WALKING',
  hike: 'HIKING',
  swim: 'SWIMMING',
  indoor_row: 'WORKOUT',
  strength: 'WEIGHTLIFTING',
  yoga: 'YOGA',
  meditation: 'OTHER',
};

const iso = (ms: number) => new Date(ms).toISOString();
const offset = (minutes: number) => `${minutes * 60}s`;

const WATCH: GoogleHealthDataSource = {
  platform: 'FITBIT',
  recordingMethod: 'PASSIVELY_MEASURED',
  device: { displayName: 'Pixel Watch 3', formFactor: 'WATCH', manufacturer: 'Google' },
};

/** A data point name; ids are 19-digit decimals, beyond 2^53 like Google's. */
function nameOf(dataType: string, id: string): string {
  return `users/${GOOGLE_HEALTH_SANDBOX_USER_ID}/dataTypes/${dataType}/dataPoints/${id}`;
}

function renderExercise(workout: SandboxWorkout, id: string): GoogleHealthDataPoint {
  const endMs = workout.startMs + workout.elapsedSeconds * 1000;
  const moving = ['run', 'treadmill_run', 'walk', 'hike'].includes(workout.sport);
  const intensity = Math.min(1, Math.max(0, (workout.averageHeartRate - 95) / 65));
  const total = workout.elapsedSeconds;
  const peak = Math.round(total * 0.1 * intensity);
  const vigorous = Math.round(total * 0.35 * intensity);
  const moderate = Math.round(total * 0.3);
  return {
    name: nameOf('exercise', id),
    dataSource: { ...WATCH, recordingMethod: 'ACTIVELY_MEASURED' },
    exercise: {
      exerciseType: EXERCISE_TYPES[workout.sport],
      displayName: workout.title,
      interval: intervalOf(workout.startMs, endMs, workout.utcOffsetMinutes),
      activeDuration: `${workout.movingSeconds}s`,
      metricsSummary: {
        caloriesKcal: workout.energyKcal,
        averageHeartRateBeatsPerMinute: String(workout.averageHeartRate),
        activeZoneMinutes: String(Math.round((moderate + 2 * (vigorous + peak)) / 60)),
        heartRateZoneDurations: {
          lightTime: `${total - peak - vigorous - moderate}s`,
          moderateTime: `${moderate}s`,
          vigorousTime: `${vigorous}s`,
          peakTime: `${peak}s`,
        },
        // Google leaves absent what the exercise did not measure (proto3 omits it).
        ...(workout.distanceMeters === null
          ? {}
          : {
              distanceMillimeters: Math.round(workout.distanceMeters * 1000),
              averageSpeedMillimetersPerSecond: roundTo(
                (workout.distanceMeters * 1000) / workout.movingSeconds,
                3,
              ),
            }),
        ...(workout.elevationGainMeters === null
          ? {}
          : { elevationGainMillimeters: Math.round(workout.elevationGainMeters * 1000) }),
        ...(moving && workout.distanceMeters !== null
          ? { steps: String(Math.round(workout.distanceMeters * 1.3)) }
          : {}),
      },
      exerciseMetadata: { hasGps: workout.startLatLng !== null },
      createTime: iso(endMs + 120_000),
      updateTime: iso(endMs + 300_000),
    },
  };
}

/**
 * Renders the shared sandbox timeline as the Google Health API serves it: every workout as an
 * `exercise` (19-digit ids beyond 2^53, int64 values as strings, durations as `"2710s"`,
 * millimetres), every night as a `sleep` with stage segments (every 17th night a `CLASSIC` sleep
 * without light/deep/REM), heart rate every minute of each workout, hourly `steps` and
 * `distance` from 07:00 to 22:00 local, and the daily resting heart rate, HRV and SpO2. True
 * zeros are rendered as Google does: an hour worn without steps has its point with `count`
 * omitted; every 13th day the watch was worn and recorded no steps at all; every 11th day it was
 * not worn (no steps, distance or calories at all).
 *
 * @param options - Seed, end and length of the timeline.
 * @example
 * ```ts
 * import { createGoogleHealthFake } from '@fitlink/google-health/testing';
 *
 * const data = createGoogleHealthFake({ seed: 1, now: Date.parse('2026-11-20T12:00:00Z'), days: 30 });
 * console.log(data.dataPoints.exercise?.length);
 * ```
 */
export function createGoogleHealthFake(
  options: GoogleHealthFakeOptions = {},
): GoogleHealthSandboxData {
  const seed = options.seed ?? 1;
  const timeline = createSandboxTimeline({
    seed,
    now: options.now ?? Date.now(),
    days: options.days ?? 90,
  });
  const random = createSeededRandom((seed ^ 0x67686c74) >>> 0);
  const id = () =>
    `${random.integer(1, 9)}${Array.from({ length: 18 }, () => random.integer(0, 9)).join('')}`;

  const exercise = timeline.workouts.map((workout) => renderExercise(workout, id()));
  const heartRate: GoogleHealthDataPoint[] = [];
  for (const workout of timeline.workouts) {
    for (let second = 0; second <= workout.elapsedSeconds; second += 60) {
      const at = workout.startMs + second * 1000;
      const swing = Math.round(Math.sin(second / 300) * 6 + (random.next() - 0.5) * 4);
      heartRate.push({
        dataSource: WATCH,
        heartRate: {
          beatsPerMinute: String(Math.min(workout.maxHeartRate, workout.averageHeartRate + swing)),
          sampleTime: {
            physicalTime: iso(at),
            utcOffset: offset(workout.utcOffsetMinutes),
            civilTime: civilOf(at, workout.utcOffsetMinutes),
          },
          metadata: { motionContext: 'ACTIVE', sensorLocation: 'WRIST' },
        },
      });
    }
  }

  const sleep = timeline.sleeps.map((night, index) =>
    renderGoogleHealthSleep(night, {
      name: nameOf('sleep', id()),
      classic: index % 17 === 9,
      source: WATCH,
    }),
  );

  const steps: GoogleHealthDataPoint[] = [];
  const distance: GoogleHealthDataPoint[] = [];
  const restingHeartRate: GoogleHealthDataPoint[] = [];
  const hrv: GoogleHealthDataPoint[] = [];
  const spo2: GoogleHealthDataPoint[] = [];
  const days: GoogleHealthFakeDayTotals[] = [];
  timeline.recovery.forEach((day, index) => {
    const utcOffsetMinutes = timeline.sleeps[index]?.utcOffsetMinutes ?? 0;
    const [year = 2026, month = 1, dayOfMonth = 1] = day.date.split('-').map(Number);
    const date = { year, month, day: dayOfMonth };
    const notWorn = index % 11 === 3;
    const stillDay = index % 13 === 5;
    const midnight = Date.UTC(year, month - 1, dayOfMonth) - utcOffsetMinutes * 60_000;
    restingHeartRate.push({
      dataSource: WATCH,
      dailyRestingHeartRate: {
        beatsPerMinute: String(day.restingHeartRate),
        date,
        dailyRestingHeartRateMetadata: { calculationMethod: 'WITH_SLEEP' },
      },
    });
    hrv.push({
      dataSource: WATCH,
      dailyHeartRateVariability: {
        averageHeartRateVariabilityMilliseconds: day.hrvRmssdMs,
        deepSleepRootMeanSquareOfSuccessiveDifferencesMilliseconds: roundTo(
          day.hrvRmssdMs * 1.12,
          1,
        ),
        date,
      },
    });
    spo2.push({
      dataSource: WATCH,
      dailyOxygenSaturation: {
        averagePercentage: day.spo2Percent,
        lowerBoundPercentage: roundTo(day.spo2Percent - 1.5, 1),
        upperBoundPercentage: Math.min(100, roundTo(day.spo2Percent + 1.2, 1)),
        date,
      },
    });
    const workoutKcal = timeline.workouts
      .filter((w) => w.startMs >= midnight && w.startMs < midnight + 86_400_000)
      .reduce((sum, w) => sum + w.energyKcal, 0);
    days.push({
      date: day.date,
      utcOffsetMinutes,
      totalCaloriesKcal: notWorn ? null : Math.round(1650 + workoutKcal + random.next() * 200),
    });
    if (notWorn) return;
    const total = stillDay ? 0 : day.steps;
    // 16 waking hours; the hour after lunch is always still (a true zero: count omitted).
    const weights = Array.from({ length: 16 }, (_, hour) =>
      hour === 6 ? 0 : 1 + ((hour * 7) % 5),
    );
    const sum = weights.reduce((a, b) => a + b, 0);
    let left = total;
    weights.forEach((weight, hour) => {
      const count = hour === 15 ? left : Math.floor((total * weight) / sum);
      left -= count;
      const startMs = midnight + (7 + hour) * 3_600_000;
      const interval = intervalOf(startMs, startMs + 3_600_000, utcOffsetMinutes);
      steps.push({
        dataSource: WATCH,
        steps: { interval, ...(count > 0 ? { count: String(count) } : {}) },
      });
      const millimeters = Math.round(count * 762);
      distance.push({
        dataSource: WATCH,
        distance: { interval, ...(millimeters > 0 ? { millimeters: String(millimeters) } : {}) },
      });
    });
  });

  return {
    identity: {
      name: 'users/me/identity',
      healthUserId: GOOGLE_HEALTH_SANDBOX_USER_ID,
      legacyUserId: GOOGLE_HEALTH_SANDBOX_FITBIT_ID,
    },
    profile: {
      name: `users/${GOOGLE_HEALTH_SANDBOX_USER_ID}/profile`,
      age: 34,
      membershipStartDate: { year: 2019, month: 4, day: 12 },
      autoWalkingStrideLengthMm: 762,
      autoRunningStrideLengthMm: 1104,
    },
    dataPoints: {
      exercise,
      sleep,
      'heart-rate': heartRate,
      steps,
      distance,
      'daily-resting-heart-rate': restingHeartRate,
      'daily-heart-rate-variability': hrv,
      'daily-oxygen-saturation': spo2,
    },
    days,
  };
}
