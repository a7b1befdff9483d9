import {
  createSandboxTimeline,
  localDate,
  SANDBOX_USER,
  type SandboxSport,
  type SandboxTimeline,
  type SandboxWorkout,
  sandboxWorkoutSamples,
} from '@fitlink/testing';
import type { GarminActivity } from '../schemas/activity.js';
import type { GarminActivityDetails } from '../schemas/activity-details.js';
import type { GarminDaily } from '../schemas/daily.js';
import type { GarminHrv } from '../schemas/hrv.js';
import type { GarminSleep } from '../schemas/sleep.js';

/** Options of {@link createGarminFake}. */
export interface GarminFakeOptions {
  /** Seed of the shared timeline. @defaultValue 1 */
  seed?: number;
  /** The timeline's end, epoch ms. @defaultValue Date.now() */
  now?: number;
  /** Days of history (the shared timeline's). @defaultValue 90 */
  days?: number;
  /** The Garmin user id the summaries carry. @defaultValue the sandbox user's id */
  userId?: string;
  /** Seconds between Activity Details samples. @defaultValue 30 */
  sampleEverySeconds?: number;
}

/** The sandbox athlete's Garmin data, in Garmin's wire shape. */
export interface GarminFake {
  /** The shared timeline it renders. */
  readonly timeline: SandboxTimeline;
  /** The Garmin user id. */
  readonly userId: string;
  /** Activity summaries (the timeline's workouts Garmin recorded). */
  readonly activities: GarminActivity[];
  /** Activity details (summary, samples) of the same workouts. */
  readonly activityDetails: GarminActivityDetails[];
  /** Nights. */
  readonly sleeps: GarminSleep[];
  /** Days. */
  readonly dailies: GarminDaily[];
  /** Nightly HRV. */
  readonly hrv: GarminHrv[];
}

// Garmin's names for the timeline's sports (the `_V2` spelling where Garmin sends it).
const GARMIN_TYPES: Readonly<Record<SandboxSport, string>> = {
  ride: 'ROAD_BIKING',
  indoor_ride: 'INDOOR_CYCLING',
  run: 'RUNNING',
  treadmill_run: 'TREADMILL_RUNNING',
  walk: 'WALKING',
  hike: 'HIKING',
  swim: 'LAP_SWIMMING',
  indoor_row: 'INDOOR_ROWING',
  strength: 'STRENGTH_TRAINING',
  yoga: 'YOGA_V2',
  meditation: 'MEDITATION',
};

const seconds = (ms: number) => Math.floor(ms / 1000);
const round = (value: number, decimals = 2) => Math.round(value * 10 ** decimals) / 10 ** decimals;

/** Garmin's summary id of a timeline workout (Garmin's ids are numbers around 10^10). */
export function garminSummaryIdOf(workout: SandboxWorkout): string {
  return String(12_000_000_000 + workout.index * 37);
}

/** Renders one timeline workout as a Garmin activity summary. */
export function renderGarminActivity(workout: SandboxWorkout, userId: string): GarminActivity {
  const summaryId = garminSummaryIdOf(workout);
  const run = workout.sport === 'run' || workout.sport === 'treadmill_run';
  const ride = workout.sport === 'ride' || workout.sport === 'indoor_ride';
  return {
    userId,
    summaryId,
    activityId: Number(summaryId),
    activityName: workout.title,
    activityType: GARMIN_TYPES[workout.sport],
    startTimeInSeconds: seconds(workout.startMs),
    // The device clock's offset: the timeline's local offset at the start.
    startTimeOffsetInSeconds: workout.utcOffsetMinutes * 60,
    durationInSeconds: workout.elapsedSeconds,
    ...(workout.distanceMeters !== null
      ? {
          distanceInMeters: round(workout.distanceMeters),
          averageSpeedInMetersPerSecond: round(workout.distanceMeters / workout.elapsedSeconds, 3),
        }
      : {}),
    activeKilocalories: workout.energyKcal,
    averageHeartRateInBeatsPerMinute: workout.averageHeartRate,
    maxHeartRateInBeatsPerMinute: workout.maxHeartRate,
    ...(run && workout.averageCadence !== null
      ? { averageRunCadenceInStepsPerMinute: workout.averageCadence }
      : {}),
    ...(ride && workout.averageCadence !== null
      ? { averageBikeCadenceInRoundsPerMinute: workout.averageCadence }
      : {}),
    ...(workout.averagePowerWatts !== null
      ? { averagePowerInWatts: workout.averagePowerWatts }
      : {}),
    ...(workout.elevationGainMeters !== null
      ? { totalElevationGainInMeters: workout.elevationGainMeters }
      : {}),
    deviceName: 'forerunner965',
    manual: false,
  };
}

/** Renders a workout's Activity Details (summary, samples every `every` seconds). */
export function renderGarminActivityDetails(
  workout: SandboxWorkout,
  userId: string,
  every = 30,
): GarminActivityDetails {
  const summary = renderGarminActivity(workout, userId);
  const series = sandboxWorkoutSamples(workout, { everySeconds: every });
  return {
    userId,
    summaryId: `${summary.summaryId}-detail`,
    activityId: summary.activityId,
    startTimeInSeconds: summary.startTimeInSeconds,
    startTimeOffsetInSeconds: summary.startTimeOffsetInSeconds,
    durationInSeconds: summary.durationInSeconds,
    summary,
    samples: series.offsetSeconds.map((offset, i) => ({
      startTimeInSeconds: summary.startTimeInSeconds + offset,
      heartRate: series.heartRate[i] ?? null,
      ...(series.latLng?.[i]
        ? { latitudeInDegree: series.latLng[i][0], longitudeInDegree: series.latLng[i][1] }
        : {}),
      ...(series.altitude ? { elevationInMeters: series.altitude[i] ?? null } : {}),
      ...(series.speed ? { speedMetersPerSecond: series.speed[i] ?? null } : {}),
      ...(series.distanceMeters ? { totalDistanceInMeters: series.distanceMeters[i] ?? null } : {}),
      ...(series.power ? { powerInWatts: series.power[i] ?? null } : {}),
    })),
    laps: [{ startTimeInSeconds: summary.startTimeInSeconds }],
  };
}

/**
 * Renders the shared sandbox timeline in Garmin's shapes: the same workouts Strava and WHOOP
 * record (so cross-provider de-duplication finds them), nights with stage seconds and a final
 * `validation`, days with steps, resting heart rate and stress, and nightly HRV.
 *
 * @example
 * ```ts
 * import { createGarminFake } from '@fitlink/garmin/testing';
 * const fake = createGarminFake({ seed: 1, now: Date.parse('2026-11-20T12:00:00Z') });
 * fake.activities[0]?.activityType;
 * ```
 */
export function createGarminFake(options: GarminFakeOptions = {}): GarminFake {
  const timeline = createSandboxTimeline({
    seed: options.seed ?? 1,
    now: options.now ?? Date.now(),
    days: options.days ?? 90,
  });
  const userId = options.userId ?? SANDBOX_USER.id;
  // Garmin records every workout but meditation (a phone app's).
  const workouts = timeline.workouts.filter((workout) => workout.sport !== 'meditation');
  const sleeps: GarminSleep[] = timeline.sleeps.map((night, index) => {
    const duration = seconds(night.endMs - night.startMs);
    return {
      userId,
      summaryId: `x${(night.startMs / 1000).toString(16)}-${duration}`,
      calendarDate: localDate(night.timeZone, night.endMs),
      startTimeInSeconds: seconds(night.startMs),
      startTimeOffsetInSeconds: night.utcOffsetMinutes * 60,
      durationInSeconds: duration,
      deepSleepDurationInSeconds: seconds(night.deepMs),
      lightSleepDurationInSeconds: seconds(night.lightMs),
      remSleepInSeconds: seconds(night.remMs),
      awakeDurationInSeconds: seconds(night.awakeMs),
      unmeasurableSleepInSeconds: 0,
      validation: index % 5 === 4 ? 'ENHANCED_FINAL' : 'AUTO_FINAL',
      overallSleepScore: { value: night.score, qualifierKey: night.score >= 80 ? 'GOOD' : 'FAIR' },
      timeOffsetSleepRespiration: { '0': night.respiratoryRate, '3600': night.respiratoryRate },
    };
  });
  const dailies: GarminDaily[] = timeline.recovery.map((day) => ({
    userId,
    summaryId: `d-${day.date}`,
    calendarDate: day.date,
    startTimeInSeconds:
      seconds(Date.parse(`${day.date}T00:00:00Z`)) -
      (timeline.sleeps.find((s) => s.id === day.sleepId)?.utcOffsetMinutes ?? 0) * 60,
    startTimeOffsetInSeconds:
      (timeline.sleeps.find((s) => s.id === day.sleepId)?.utcOffsetMinutes ?? 0) * 60,
    durationInSeconds: 86_400,
    steps: day.steps,
    distanceInMeters: round(day.steps * 0.78, 0),
    activeKilocalories: Math.round(day.strain * 60),
    bmrKilocalories: 1700,
    restingHeartRateInBeatsPerMinute: day.restingHeartRate,
    averageHeartRateInBeatsPerMinute: day.restingHeartRate + 14,
    averageStressLevel: Math.round(60 - day.recoveryScore / 2),
    maxStressLevel: 90,
    bodyBatteryChargedValue: Math.round(day.recoveryScore * 0.8),
    bodyBatteryDrainedValue: Math.round(day.strain * 4),
  }));
  const hrv: GarminHrv[] = timeline.recovery.map((day) => {
    const night = timeline.sleeps.find((s) => s.id === day.sleepId);
    return {
      userId,
      summaryId: `hrv-${day.date}`,
      calendarDate: day.date,
      startTimeInSeconds: seconds(night?.startMs ?? day.startMs),
      startTimeOffsetInSeconds: (night?.utcOffsetMinutes ?? 0) * 60,
      durationInSeconds: night ? seconds(night.endMs - night.startMs) : 28_800,
      lastNightAvg: day.hrvRmssdMs,
      lastNight5MinHigh: day.hrvRmssdMs + 21,
      hrvValues: { '0': day.hrvRmssdMs, '300': day.hrvRmssdMs + 3 },
    };
  });
  return {
    timeline,
    userId,
    activities: workouts.map((workout) => renderGarminActivity(workout, userId)),
    activityDetails: workouts
      .filter((workout) => workout.elapsedSeconds < 86_400)
      .map((workout) =>
        renderGarminActivityDetails(workout, userId, options.sampleEverySeconds ?? 30),
      ),
    sleeps,
    dailies,
    hrv,
  };
}
