import { roundTo } from '@fitlink/core';
import {
  createSandboxTimeline,
  type SandboxSport,
  type SandboxWorkout,
  sandboxWorkoutSamples,
  zoneOffsetMinutes,
} from '@fitlink/testing';
import type { TrainingPeaksAthlete } from '../schemas/athlete.js';
import type { TrainingPeaksMetric } from '../schemas/metric.js';
import type { TrainingPeaksWorkout } from '../schemas/workout.js';
import type {
  TrainingPeaksMeanMaxes,
  TrainingPeaksTimeInZones,
  TrainingPeaksWorkoutDetails,
} from '../schemas/workout-analysis.js';
import type { TrainingPeaksZones } from '../schemas/zones.js';

/** The sandbox athlete's TrainingPeaks id. */
export const TRAININGPEAKS_SANDBOX_ATHLETE_ID = 4_815_162;

/** The sandbox athlete's FTP, W. */
export const TRAININGPEAKS_SANDBOX_FTP = 250;

/** The sandbox athlete's threshold heart rate, bpm. */
export const TRAININGPEAKS_SANDBOX_THRESHOLD_HR = 165;

/** Workout ids are this plus the timeline index. */
const WORKOUT_ID_BASE = 3_100_000_000;

/** How each recorded sandbox sport appears in TrainingPeaks: no indoor types exist there. */
const WORKOUT_TYPES: Partial<Record<SandboxSport, string>> = {
  ride: 'Bike',
  indoor_ride: 'Bike',
  run: 'Run',
  treadmill_run: 'Run',
  swim: 'Swim',
  indoor_row: 'Rowing',
  strength: 'Strength',
};

/** Fields TrainingPeaks nulls for basic (non-premium) athletes. */
export const TRAININGPEAKS_PREMIUM_FIELDS = [
  'Calories',
  'VelocityAverage',
  'VelocityMaximum',
  'HeartRateMinimum',
  'HeartRateMaximum',
  'HeartRateAverage',
  'NormalizedPower',
  'PowerAverage',
  'PowerMaximum',
  'Energy',
  'TssActual',
  'TssPlanned',
  'TssCalculationMethod',
  'IF',
  'ElevationGain',
  'ElevationLoss',
  'CadenceAverage',
  'CadenceMaximum',
  'TempAvg',
] as const satisfies readonly (keyof TrainingPeaksWorkout)[];

/** Options of {@link createTrainingPeaksFake}. */
export interface TrainingPeaksFakeOptions {
  /** Seed. @defaultValue 1 */
  seed?: number;
  /** End of the timeline, epoch ms. @defaultValue Date.now() */
  now?: number;
  /** Days of history. @defaultValue 90 */
  days?: number;
}

/** The sandbox athlete's TrainingPeaks data, in TrainingPeaks' wire shape (premium view). */
export interface TrainingPeaksFake {
  /** The profile (premium). */
  athlete: TrainingPeaksAthlete;
  /** Zones with thresholds. */
  zones: TrainingPeaksZones;
  /** Workouts, oldest first, plus one missed planned workout. */
  workouts: TrainingPeaksWorkout[];
  /** Metrics entries, two per morning. */
  metrics: TrainingPeaksMetric[];
  /** The timeline workout behind each rendered workout id. */
  sources: ReadonlyMap<string, SandboxWorkout>;
}

/** A local date-time without zone, as TrainingPeaks writes it. */
export function trainingpeaksLocalTime(epochMs: number, timeZone: string): string {
  const local = epochMs + zoneOffsetMinutes(timeZone, epochMs) * 60_000;
  return new Date(local).toISOString().slice(0, 19);
}

/** Renders one timeline workout as a TrainingPeaks workout (premium view). */
export function renderTrainingPeaksWorkout(workout: SandboxWorkout): TrainingPeaksWorkout {
  const hours = workout.elapsedSeconds / 3600;
  const power = workout.averagePowerWatts;
  const intensity =
    power !== null
      ? power / TRAININGPEAKS_SANDBOX_FTP
      : workout.averageHeartRate / TRAININGPEAKS_SANDBOX_THRESHOLD_HR;
  // StartTime is the device's wall clock: the zone the athlete was in, with no offset.
  const start = trainingpeaksLocalTime(workout.startMs, workout.timeZone);
  return {
    Id: WORKOUT_ID_BASE + workout.index,
    AthleteId: TRAININGPEAKS_SANDBOX_ATHLETE_ID,
    Title: workout.title,
    WorkoutType: WORKOUT_TYPES[workout.sport] ?? 'Other',
    WorkoutDay: `${start.slice(0, 10)}T00:00:00`,
    StartTime: start,
    Completed: true,
    Distance: workout.distanceMeters,
    TotalTime: hours,
    HeartRateAverage: workout.averageHeartRate,
    HeartRateMaximum: workout.maxHeartRate,
    HeartRateMinimum: Math.round(workout.averageHeartRate * 0.6),
    Calories: workout.energyKcal,
    Energy: workout.workKilojoules,
    IF: roundTo(intensity, 2),
    TssActual: roundTo(hours * intensity * intensity * 100, 1),
    TssCalculationMethod: power !== null ? 'Power' : 'HeartRate',
    PowerAverage: power,
    NormalizedPower: power === null ? null : Math.round(power * 1.05),
    VelocityAverage:
      workout.distanceMeters === null
        ? null
        : roundTo(workout.distanceMeters / workout.elapsedSeconds, 3),
    CadenceAverage: workout.averageCadence,
    ElevationGain: workout.elevationGainMeters,
    LastModifiedDate: new Date(
      workout.startMs + (workout.elapsedSeconds + 1800) * 1000,
    ).toISOString(),
    WorkoutFileFormats: [],
  };
}

/** The basic-athlete view of a workout: premium fields `null`. */
export function toBasicTrainingPeaksWorkout(workout: TrainingPeaksWorkout): TrainingPeaksWorkout {
  const copy: TrainingPeaksWorkout = { ...workout };
  for (const field of TRAININGPEAKS_PREMIUM_FIELDS) if (field in copy) copy[field] = null;
  return copy;
}

const zones = (bounds: readonly number[], labels: readonly string[]) =>
  labels.map((Label, index) => ({
    Label,
    Minimum: bounds[index] ?? 0,
    Maximum: (bounds[index + 1] ?? 256) - 1,
  }));

const HR_LABELS = ['Recovery', 'Aerobic', 'Tempo', 'Threshold', 'VO2 Max'];

/**
 * The sandbox athlete's TrainingPeaks data: the shared timeline's rides, indoor rides, runs,
 * treadmill runs, swims, indoor rows and strength sessions as workouts (`Bike`, `Run`, `Swim`,
 * `Rowing`, `Strength`; local times without zone; decimal hours; metres; kJ and kcal; TSS, IF),
 * one missed planned workout, and two metrics entries per morning (sleep hours at wake-up;
 * resting pulse and HRV five minutes later). Deterministic for a seed and `now`.
 *
 * @example
 * ```ts
 * const data = createTrainingPeaksFake({ seed: 1, now: Date.parse('2026-11-22T12:00:00Z') });
 * ```
 */
export function createTrainingPeaksFake(options: TrainingPeaksFakeOptions = {}): TrainingPeaksFake {
  const timeline = createSandboxTimeline({
    seed: options.seed ?? 1,
    now: options.now ?? Date.now(),
    days: options.days ?? 90,
  });
  const sources = new Map<string, SandboxWorkout>();
  const workouts: TrainingPeaksWorkout[] = [];
  for (const workout of timeline.workouts) {
    if (WORKOUT_TYPES[workout.sport] === undefined) continue;
    const rendered = renderTrainingPeaksWorkout(workout);
    sources.set(String(rendered.Id), workout);
    workouts.push(rendered);
  }
  const home = 'America/Denver';
  // A run planned three days ago and never done: listed by the API, not an activity.
  const missed = trainingpeaksLocalTime(timeline.toMs - 3 * 86_400_000, home).slice(0, 10);
  workouts.push({
    Id: WORKOUT_ID_BASE + 9_999,
    AthleteId: TRAININGPEAKS_SANDBOX_ATHLETE_ID,
    Title: 'Planned tempo run',
    WorkoutType: 'Run',
    WorkoutDay: `${missed}T00:00:00`,
    StartTime: null,
    StartTimePlanned: `${missed}T17:30:00`,
    Completed: false,
    TotalTime: null,
    TotalTimePlanned: 0.75,
    DistancePlanned: 10_000,
    TssPlanned: 55,
  });
  const metrics: TrainingPeaksMetric[] = [];
  for (const day of timeline.recovery) {
    const sleep = timeline.sleeps.find((entry) => entry.id === day.sleepId);
    const zone = sleep?.timeZone ?? home;
    const asleepMs = sleep ? sleep.lightMs + sleep.deepMs + sleep.remMs : 0;
    const wake = trainingpeaksLocalTime(day.startMs, zone).slice(0, 16);
    const later = trainingpeaksLocalTime(day.startMs + 300_000, zone).slice(0, 16);
    const id = (n: number) =>
      `5A1D${day.date.replaceAll('-', '')}-0000-4000-8000-${String(n).padStart(12, '0')}`;
    metrics.push({
      MetricId: id(1),
      AthleteId: TRAININGPEAKS_SANDBOX_ATHLETE_ID,
      DateTime: `${wake}:00`,
      UploadClient: 'fitlink-sandbox',
      SleepHours: roundTo(asleepMs / 3_600_000, 2),
    });
    metrics.push({
      MetricId: id(2),
      AthleteId: TRAININGPEAKS_SANDBOX_ATHLETE_ID,
      DateTime: `${later}:00`,
      UploadClient: 'fitlink-sandbox',
      Pulse: day.restingHeartRate,
      HRV: day.hrvRmssdMs,
    });
  }
  return {
    athlete: {
      Id: TRAININGPEAKS_SANDBOX_ATHLETE_ID,
      FirstName: 'Sandy',
      LastName: 'Box',
      Email: 'sandy.box@sandbox.fitlink.test',
      TimeZone: home,
      BirthMonth: '1990-04',
      Sex: 'f',
      Weight: 61.2,
      IsPremium: true,
      PreferredUnits: 'English',
    },
    zones: {
      HeartRate: [
        {
          WorkoutTypes: ['Bike', 'Run', 'Swim', 'Rowing', 'Strength'],
          Threshold: TRAININGPEAKS_SANDBOX_THRESHOLD_HR,
          Maximum: 188,
          Resting: 48,
          Zones: zones([0, 120, 141, 155, 166], HR_LABELS),
        },
      ],
      Power: [
        {
          WorkoutTypes: ['Bike'],
          Threshold: TRAININGPEAKS_SANDBOX_FTP,
          Zones: zones([0, 138, 188, 226, 263, 301], [...HR_LABELS, 'Anaerobic']),
        },
      ],
      Speed: [{ WorkoutTypes: ['Run'], Threshold: 3.9, Zones: [] }],
    },
    workouts,
    metrics,
    sources,
  };
}

/** A workout's detail samples, one every 10 s, from the shared timeline's series. */
export function trainingpeaksWorkoutDetails(
  id: string,
  workout: SandboxWorkout,
): TrainingPeaksWorkoutDetails {
  const samples = sandboxWorkoutSamples(workout, { everySeconds: 10 });
  return {
    WorkoutId: Number(id),
    Data: samples.offsetSeconds.map((offset, i) => ({
      MillisecondsOffset: offset * 1000,
      HeartRate: samples.heartRate[i] ?? null,
      Power: samples.power?.[i] ?? null,
      Cadence: samples.cadence?.[i] ?? null,
      Speed: samples.speed?.[i] ?? null,
      Distance: samples.distanceMeters?.[i] ?? null,
      Elevation: samples.altitude?.[i] ?? null,
      Latitude: samples.latLng?.[i]?.[0] ?? null,
      Longitude: samples.latLng?.[i]?.[1] ?? null,
    })),
  };
}

const bestAverage = (values: readonly number[], window: number): number | null => {
  if (values.length < window) return null;
  let sum = values.slice(0, window).reduce((a, b) => a + b, 0);
  let best = sum;
  for (let i = window; i < values.length; i++) {
    sum += (values[i] ?? 0) - (values[i - window] ?? 0);
    best = Math.max(best, sum);
  }
  return Math.round(best / window);
};

/** A workout's mean-max curves (power when recorded, heart rate always). */
export function trainingpeaksMeanMaxes(
  id: string,
  workout: SandboxWorkout,
): TrainingPeaksMeanMaxes {
  const samples = sandboxWorkoutSamples(workout, { everySeconds: 10 });
  const curve = (values: readonly number[]) =>
    [
      ['MM1Min', 6],
      ['MM5Min', 30],
      ['MM20Min', 120],
    ].map(([Label, window]) => ({
      Label: String(Label),
      Value: bestAverage(values, Number(window)),
    }));
  return {
    WorkoutId: Number(id),
    MeanMaxes: [
      ...(samples.power ? [{ Type: 'power', MeanMaxes: curve(samples.power) }] : []),
      { Type: 'heartrate', MeanMaxes: curve(samples.heartRate) },
    ],
  };
}

/** A workout's time in heart-rate zones, with the thresholds used. */
export function trainingpeaksTimeInZones(
  id: string,
  workout: SandboxWorkout,
): TrainingPeaksTimeInZones {
  const samples = sandboxWorkoutSamples(workout, { everySeconds: 10 });
  const bounds = zones([0, 120, 141, 155, 166], HR_LABELS);
  const seconds = bounds.map(() => 0);
  for (const hr of samples.heartRate) {
    const index = bounds.findIndex((zone) => hr >= zone.Minimum && hr <= zone.Maximum);
    const slot = index === -1 ? bounds.length - 1 : index;
    seconds[slot] = (seconds[slot] ?? 0) + 10;
  }
  return {
    WorkoutId: Number(id),
    TimeInHeartRateZones: {
      TimeInZones: Object.fromEntries(
        bounds.map((zone, index) => [String(index), { ...zone, Seconds: seconds[index] ?? 0 }]),
      ),
      Maximum: 188,
      Threshold: TRAININGPEAKS_SANDBOX_THRESHOLD_HR,
      Resting: 48,
    },
  };
}
