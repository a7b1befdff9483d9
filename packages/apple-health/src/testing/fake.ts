import {
  createSandboxTimeline,
  createSeededRandom,
  type SandboxSport,
  type SandboxWorkout,
} from '@fitlink/testing';
import type { AppleHealthExport } from '../schemas/export.js';
import type { AppleHealthMetric } from '../schemas/metric.js';
import type { AppleHealthWorkout } from '../schemas/workout.js';
import { formatAppleHealthDate } from './format.js';

/** The unit preferences of the sandbox phone (Health follows the phone's region settings). */
export type AppleHealthFakeUnits = 'metric' | 'imperial';

/** Options of {@link createAppleHealthFake}. */
export interface AppleHealthFakeOptions {
  /** Seed of the shared timeline. @defaultValue 1 */
  seed?: number;
  /** End of the timeline, epoch ms. @defaultValue Date.now() */
  now?: number;
  /** Days of history rendered. @defaultValue 90 */
  days?: number;
  /**
   * `metric` writes km, kJ and kg; `imperial` writes mi, kcal and lb.
   * @defaultValue `'metric'`
   */
  units?: AppleHealthFakeUnits;
}

const MILE = 1609.344;
const POUND = 0.45359237;
const KJ_PER_KCAL = 4.184;
const HOUR = 3_600_000;
const round = (value: number, digits: number) => Math.round(value * 10 ** digits) / 10 ** digits;

// The sandbox athlete's sports in Health Auto Export's words, with the indoor flag it sets.
const NAMES: Readonly<Record<SandboxSport, { name: string; indoor: boolean | null }>> = {
  run: { name: 'Outdoor Run', indoor: false },
  treadmill_run: { name: 'Running', indoor: true },
  ride: { name: 'Outdoor Cycling', indoor: false },
  indoor_ride: { name: 'Indoor Cycling', indoor: true },
  walk: { name: 'Outdoor Walk', indoor: false },
  hike: { name: 'Hiking', indoor: false },
  swim: { name: 'Pool Swim', indoor: true },
  indoor_row: { name: 'Rowing', indoor: true },
  strength: { name: 'Traditional Strength Training', indoor: true },
  yoga: { name: 'Yoga', indoor: true },
  meditation: { name: 'Mind and Body', indoor: true },
};

/** A workout's UUID, uppercase as HealthKit writes it, derived from the seed and timeline id. */
function workoutUuid(seed: number, id: string): string {
  const random = createSeededRandom(seed * 7919 + Number(id.replace(/\D/g, '')));
  const hex = Array.from({ length: 32 }, () => random.integer(0, 15).toString(16)).join('');
  return `${hex.slice(0, 8)}-${hex.slice(8, 12)}-4${hex.slice(13, 16)}-a${hex.slice(17, 20)}-${hex.slice(20)}`.toUpperCase();
}

function renderWorkout(
  workout: SandboxWorkout,
  seed: number,
  units: AppleHealthFakeUnits,
): AppleHealthWorkout {
  const offset = workout.utcOffsetMinutes;
  const at = (ms: number) => formatAppleHealthDate(ms, offset);
  const endMs = workout.startMs + workout.elapsedSeconds * 1000;
  const { name, indoor } = NAMES[workout.sport];
  const imperial = units === 'imperial';
  const heartRateData = Array.from(
    { length: Math.max(2, Math.floor(workout.elapsedSeconds / 300)) },
    (_, index) => {
      const avg = workout.averageHeartRate + ((index % 3) - 1) * 4;
      return {
        date: at(workout.startMs + index * 300_000),
        Min: avg - 6,
        Avg: avg,
        Max: Math.min(workout.maxHeartRate, avg + 7),
        units: 'count/min',
      };
    },
  );
  const rendered: AppleHealthWorkout = {
    id: workoutUuid(seed, workout.id),
    name,
    start: at(workout.startMs),
    end: at(endMs),
    duration: workout.elapsedSeconds,
    ...(indoor === null ? {} : { isIndoor: indoor }),
    location: indoor === true ? 'Indoor' : 'Outdoor',
    activeEnergyBurned: imperial
      ? { qty: workout.energyKcal, units: 'kcal' }
      : { qty: round(workout.energyKcal * KJ_PER_KCAL, 3), units: 'kJ' },
    // The documented v2 form on metric phones, the flat form on imperial ones: both occur.
    heartRate: imperial
      ? {
          Min: workout.averageHeartRate - 20,
          Avg: workout.averageHeartRate,
          Max: workout.maxHeartRate,
        }
      : {
          min: { qty: workout.averageHeartRate - 20, units: 'count/min' },
          avg: { qty: workout.averageHeartRate, units: 'count/min' },
          max: { qty: workout.maxHeartRate, units: 'count/min' },
        },
    heartRateData,
    source: 'Apple Watch',
  };
  if (workout.distanceMeters !== null) {
    rendered.distance = imperial
      ? { qty: round(workout.distanceMeters / MILE, 9), units: 'mi' }
      : { qty: round(workout.distanceMeters / 1000, 6), units: 'km' };
  }
  if (workout.elevationGainMeters !== null) {
    rendered.elevationUp = imperial
      ? { qty: round(workout.elevationGainMeters / 0.3048, 9), units: 'ft' }
      : { qty: workout.elevationGainMeters, units: 'm' };
  }
  if (workout.startLatLng !== null) {
    const [lat, lng] = workout.startLatLng;
    rendered.route = [0, 1, 2].map((step) => ({
      latitude: round(lat + step * 0.0008, 6),
      longitude: round(lng + step * 0.0011, 6),
      altitude: 1655 + step,
      speed:
        workout.distanceMeters === null
          ? 0
          : round(workout.distanceMeters / workout.movingSeconds, 3),
      timestamp: at(workout.startMs + step * 60_000),
    }));
  }
  return rendered;
}

/**
 * Renders the shared sandbox timeline as one Health Auto Export body (JSON format, Export
 * Version 2 workouts): workouts with heart rate and routes, `sleep_analysis` nights
 * (aggregated, hours), and daily `step_count`, `active_energy`, `resting_heart_rate`,
 * `heart_rate_variability`, `blood_oxygen_saturation` and `weight_body_mass` in the phone's
 * units, every date with the offset the athlete was at (the timeline travels). Typed with the
 * schema types, so a schema change breaks the fake.
 *
 * @param options - Seed, end, days and unit preferences.
 * @example
 * ```ts
 * const body = createAppleHealthFake({ now: Date.parse('2026-11-20T12:00:00Z'), units: 'imperial' });
 * body.data.workouts?.[0]?.distance?.units; // 'mi'
 * ```
 */
export function createAppleHealthFake(options: AppleHealthFakeOptions = {}): AppleHealthExport {
  const seed = options.seed ?? 1;
  const units = options.units ?? 'metric';
  const imperial = units === 'imperial';
  const timeline = createSandboxTimeline({
    seed,
    ...(options.now === undefined ? {} : { now: options.now }),
    ...(options.days === undefined ? {} : { days: options.days }),
  });
  const workouts = timeline.workouts.map((workout) => renderWorkout(workout, seed, units));
  const sleepMetric: AppleHealthMetric = {
    name: 'sleep_analysis',
    units: 'hr',
    data: timeline.sleeps.map((sleep) => {
      const at = (ms: number) => formatAppleHealthDate(ms, sleep.utcOffsetMinutes);
      const hours = (ms: number) => round(ms / HOUR, 4);
      const asleep = sleep.lightMs + sleep.deepMs + sleep.remMs;
      return {
        date: at(sleep.endMs).slice(0, 10),
        sleepStart: at(sleep.startMs),
        sleepEnd: at(sleep.endMs),
        inBedStart: at(sleep.startMs),
        inBedEnd: at(sleep.endMs),
        totalSleep: hours(asleep),
        asleep: hours(asleep),
        core: hours(sleep.lightMs),
        deep: hours(sleep.deepMs),
        rem: hours(sleep.remMs),
        awake: hours(sleep.awakeMs),
        inBed: hours(sleep.endMs - sleep.startMs),
        source: 'Apple Watch',
      };
    }),
  };
  const offsetBySleep = new Map(timeline.sleeps.map((sleep) => [sleep.id, sleep.utcOffsetMinutes]));
  const daily = (
    name: string,
    metricUnits: string,
    value: (index: number) => number,
    hour: number,
  ) => ({
    name,
    units: metricUnits,
    data: timeline.recovery.map((day, index) => ({
      date: formatAppleHealthDate(day.startMs + hour * HOUR, offsetBySleep.get(day.sleepId) ?? 0),
      qty: value(index),
      source: 'Apple Watch',
    })),
  });
  const recovery = timeline.recovery;
  const metrics: AppleHealthMetric[] = [
    sleepMetric,
    daily('step_count', 'count', (index) => recovery[index]?.steps ?? 0, 10),
    daily(
      'active_energy',
      imperial ? 'kcal' : 'kJ',
      (index) => {
        const kcal = 350 + ((recovery[index]?.steps ?? 0) % 400);
        return imperial ? kcal : round(kcal * KJ_PER_KCAL, 3);
      },
      11,
    ),
    daily('resting_heart_rate', 'count/min', (index) => recovery[index]?.restingHeartRate ?? 50, 1),
    daily('heart_rate_variability', 'ms', (index) => recovery[index]?.hrvRmssdMs ?? 50, 1),
    daily('blood_oxygen_saturation', '%', (index) => recovery[index]?.spo2Percent ?? 97, 2),
    daily(
      'weight_body_mass',
      imperial ? 'lb' : 'kg',
      () => (imperial ? round(72.4 / POUND, 9) : 72.4),
      0,
    ),
  ];
  return { data: { metrics, workouts } };
}
