import { roundTo } from '@fitlink/core';
import {
  createSandboxTimeline,
  localDate,
  type SandboxSport,
  type SandboxWorkout,
} from '@fitlink/testing';
import type { PolarActivityDay } from '../schemas/activity.js';
import type { PolarContinuousSamples } from '../schemas/continuous-samples.js';
import type { PolarNightlyRecharge } from '../schemas/nightly-recharge.js';
import type { PolarSleep } from '../schemas/sleep.js';
import type { PolarSport } from '../schemas/sport.js';
import type { PolarTrainingSession } from '../schemas/training-session.js';
import type { PolarV3Exercise } from '../schemas/v3-exercise.js';

/** Options of {@link createPolarFake}. */
export interface PolarFakeOptions {
  /** Seed of the shared timeline. @defaultValue 1 */
  seed?: number;
  /** End of the timeline, epoch ms. @defaultValue Date.now() */
  now?: number;
  /** Days of history. @defaultValue 90 */
  days?: number;
}

/** An open v3 exercise transaction of the sandbox. */
export interface PolarV3SandboxTransaction {
  /** Transaction id. */
  id: number;
  /** Ids of the exercises it offers. */
  exerciseIds: string[];
}

/** The sandbox user's AccessLink v3 state: registration and exercise transactions. */
export interface PolarV3SandboxState {
  /** Polar's user id (`x_user_id`). */
  userId: number;
  /** The member id the user was registered with, or `null` before registration. */
  memberId: string | null;
  /** v3 exercises (the last 30 days of the timeline), in v3's exact shape. */
  exercises: PolarV3Exercise[];
  /** Ids of exercises already committed in a transaction (Polar deleted them). */
  committed: Set<string>;
  /** The open (uncommitted) transaction, or `null`. */
  openTransaction: PolarV3SandboxTransaction | null;
  /** The next transaction id. */
  nextTransactionId: number;
  /** The client's webhook, or `null`. */
  webhook: PolarV3SandboxWebhook | null;
}

/** The sandbox client's v3 webhook. */
export interface PolarV3SandboxWebhook {
  /** Webhook id. */
  id: string;
  /** Subscribed event types. */
  events: string[];
  /** Delivery URL. */
  url: string;
  /** Whether it is active. */
  active: boolean;
  /** The signing key handed out at creation. */
  signatureSecretKey: string;
}

/** The sandbox user's Polar data, oldest first, in the shapes the package's schemas describe. */
export interface PolarSandboxData {
  /** The sports catalogue. */
  sports: PolarSport[];
  /** v4 training sessions, base data plus `zones` (served only when asked for). */
  trainingSessions: PolarTrainingSession[];
  /** v4 nights. */
  sleeps: PolarSleep[];
  /** v4 Nightly Recharge results. */
  nightlyRecharge: PolarNightlyRecharge[];
  /** v4 daily activity. */
  activity: PolarActivityDay[];
  /** v4 continuous heart rate, one day per record. */
  continuousSamples: PolarContinuousSamples[];
  /** AccessLink v3 state. */
  v3: PolarV3SandboxState;
}

/** The sandbox user's Polar user id. */
export const POLAR_SANDBOX_USER_ID = 38_101_774;

/** Polar sport id and name key for each timeline sport. */
const SPORTS: Readonly<Record<SandboxSport, readonly [string, string]>> = {
  run: ['1', 'RUNNING'],
  ride: ['2', 'ROAD_BIKING'],
  walk: ['3', 'WALKING'],
  hike: ['11', 'HIKING'],
  strength: ['15', 'STRENGTH_TRAINING'],
  meditation: ['16', 'OTHER_INDOOR'],
  indoor_row: ['17', 'INDOOR_ROWING'],
  indoor_ride: ['18', 'INDOOR_CYCLING'],
  yoga: ['23', 'YOGA'],
  treadmill_run: ['27', 'TREADMILL_RUNNING'],
  swim: ['103', 'POOL_SWIMMING'],
};

/** Local wall time `YYYY-MM-DDTHH:MM:SS` of an instant at an offset: no zone, as Polar sends it. */
const wallTime = (ms: number, offsetMinutes: number) =>
  new Date(ms + offsetMinutes * 60_000).toISOString().slice(0, 19);

/** `+01:00` / `-06:00`. */
function designator(minutes: number): string {
  const abs = Math.abs(minutes);
  return `${minutes < 0 ? '-' : '+'}${String(Math.floor(abs / 60)).padStart(2, '0')}:${String(abs % 60).padStart(2, '0')}`;
}

/** A protobuf JSON duration; every fifth one carries nanoseconds, as Polar's do. */
const protobuf = (seconds: number, nanos = 0) =>
  nanos === 0 ? `${seconds}s` : `${seconds}.${String(nanos).padStart(9, '0')}s`;

/** An ISO 8601 duration as v3 writes it (`PT1H2M3S`). */
function isoDuration(seconds: number): string {
  const h = Math.floor(seconds / 3600);
  const m = Math.floor((seconds % 3600) / 60);
  const s = seconds % 60;
  return `PT${h ? `${h}H` : ''}${m ? `${m}M` : ''}${s || (!h && !m) ? `${s}S` : ''}`;
}

/** Time per heart-rate zone (five zones), protobuf durations. */
function zones(workout: SandboxWorkout) {
  const intensity = Math.min(1, Math.max(0, (workout.averageHeartRate - 95) / 65));
  const weights = [1.2 - intensity, 1, 0.6 + intensity, 1.6 * intensity, 0.4 * intensity];
  const sum = weights.reduce((a, b) => a + b, 0);
  const parts = weights.map((w) => Math.floor((workout.elapsedSeconds * w) / sum));
  parts[0] = (parts[0] ?? 0) + workout.elapsedSeconds - parts.reduce((a, b) => a + b, 0);
  const limits = [
    [90, 108],
    [108, 126],
    [126, 144],
    [144, 162],
    [162, 180],
  ] as const;
  return parts.map((seconds, index) => ({
    lowerLimit: limits[index]?.[0] ?? 0,
    upperLimit: limits[index]?.[1] ?? 0,
    inZone: protobuf(seconds),
  }));
}

function renderSession(workout: SandboxWorkout): PolarTrainingSession {
  const [sportId] = SPORTS[workout.sport];
  const endMs = workout.startMs + workout.elapsedSeconds * 1000;
  const nanos = workout.index % 5 === 0 ? 1 : 0;
  return {
    identifier: { id: `ts-${workout.id.slice(2).padStart(6, '0')}` },
    created: new Date(endMs + 240_000).toISOString(),
    modified: new Date(endMs + 600_000).toISOString(),
    // v4 quirk: a local start without a zone, the offset beside it.
    startTime: wallTime(workout.startMs, workout.utcOffsetMinutes),
    startTimeUtcOffset: workout.utcOffsetMinutes,
    stopTime: wallTime(endMs, workout.utcOffsetMinutes),
    duration: protobuf(workout.elapsedSeconds, nanos),
    sport: { id: sportId },
    name: workout.title,
    distanceMeters: workout.distanceMeters ?? 0,
    calories: Math.round(workout.energyKcal),
    ...(workout.elevationGainMeters === null ? {} : { ascentMeters: workout.elevationGainMeters }),
    heartRate: { average: workout.averageHeartRate, maximum: workout.maxHeartRate },
    trainingLoad: roundTo(
      (workout.elapsedSeconds / 60) * ((workout.averageHeartRate - 60) / 60),
      1,
    ),
    product: { modelName: workout.indoor ? 'Polar Verity Sense' : 'Polar Vantage V3' },
    zones: { heartRate: zones(workout) },
  };
}

function renderV3Exercise(workout: SandboxWorkout): PolarV3Exercise {
  const [, nameKey] = SPORTS[workout.sport];
  return {
    id: `x${workout.id.slice(2).padStart(5, '0')}`,
    'upload-time': new Date(
      workout.startMs + workout.elapsedSeconds * 1000 + 300_000,
    ).toISOString(),
    'polar-user': `https://www.polaraccesslink.com/v3/users/${POLAR_SANDBOX_USER_ID}`,
    device: 'Polar Vantage V3',
    'start-time': wallTime(workout.startMs, workout.utcOffsetMinutes),
    'start-time-utc-offset': workout.utcOffsetMinutes,
    duration: isoDuration(workout.elapsedSeconds),
    calories: Math.round(workout.energyKcal),
    distance: workout.distanceMeters ?? 0,
    'heart-rate': { average: workout.averageHeartRate, maximum: workout.maxHeartRate },
    sport: nameKey.includes('RUNNING') ? 'RUNNING' : 'OTHER',
    'detailed-sport-info': nameKey,
    'has-route': !workout.indoor,
  };
}

/**
 * Renders the shared sandbox timeline (the same athlete every provider's fake shows) in
 * Polar's shapes: v4 training sessions with local start times without a zone and protobuf
 * durations (some with nanoseconds), nights with offsets, Nightly Recharge mornings, activity
 * days and 24/7 heart rate, the sports catalogue, and the v3 exercises of the last 30 days with
 * ISO 8601 durations.
 *
 * @param options - Seed, end and length of the timeline.
 * @example
 * ```ts
 * import { createPolarFake } from '@fitlink/polar/testing';
 *
 * const data = createPolarFake({ now: Date.parse('2026-11-20T12:00:00Z'), days: 30 });
 * data.trainingSessions[0]?.duration; // e.g. '3600s'
 * ```
 */
export function createPolarFake(options: PolarFakeOptions = {}): PolarSandboxData {
  const now = options.now ?? Date.now();
  const timeline = createSandboxTimeline({
    seed: options.seed ?? 1,
    now,
    days: options.days ?? 90,
  });
  const used = new Set(timeline.workouts.map((w) => w.sport));
  const sports: PolarSport[] = Object.entries(SPORTS)
    .filter(([sport]) => used.has(sport as SandboxSport) || sport === 'run')
    .map(([, [id, nameKey]]) => ({ identifier: { id }, nameKey, sportType: 'SINGLE_SPORT' }));
  const sleeps: PolarSleep[] = timeline.sleeps.map((night) => ({
    sleepDate: localDate(night.timeZone, night.endMs),
    sleepStartTime: `${wallTime(night.startMs, night.utcOffsetMinutes)}${designator(night.utcOffsetMinutes)}`,
    sleepEndTime: `${wallTime(night.endMs, night.utcOffsetMinutes)}${designator(night.utcOffsetMinutes)}`,
    lightSleepDuration: protobuf(Math.round(night.lightMs / 1000)),
    deepSleepDuration: protobuf(Math.round(night.deepMs / 1000)),
    remSleepDuration: protobuf(Math.round(night.remMs / 1000)),
    totalInterruptionDuration: protobuf(Math.round(night.awakeMs / 1000)),
    sleepScore: Math.round(night.score),
    sleepCycles: 4 + (night.disturbances % 2),
    continuity: roundTo(2.5 + night.efficiencyPercent / 50, 1),
  }));
  const nightlyRecharge: PolarNightlyRecharge[] = timeline.recovery.map((day) => ({
    date: day.date,
    nightlyRechargeStatus: Math.max(1, Math.min(6, Math.round(day.recoveryScore / 17))),
    ansCharge: roundTo((day.recoveryScore - 50) / 5, 1),
    ansChargeStatus: Math.max(1, Math.min(5, Math.round(day.recoveryScore / 20))),
    heartRateAvg: day.restingHeartRate + 4,
    beatToBeatAvg: Math.round(60_000 / (day.restingHeartRate + 4)),
    heartRateVariabilityAvg: Math.round(day.hrvRmssdMs),
    breathingRateAvg: 14.2,
  }));
  const activity: PolarActivityDay[] = timeline.recovery.map((day) => ({
    date: day.date,
    calories: 2100 + Math.round(day.strain * 60),
    activeCalories: Math.round(day.strain * 60),
    activeDuration: protobuf(Math.round(day.strain * 600)),
    steps: day.steps,
  }));
  const continuousSamples: PolarContinuousSamples[] = timeline.recovery.map((day) => ({
    date: day.date,
    heartRateSamples: Array.from({ length: 24 }, (_, hour) => ({
      time: `${String(hour).padStart(2, '0')}:00:00`,
      heartRate: day.restingHeartRate + (hour >= 8 && hour <= 21 ? 18 + (hour % 5) : 2),
    })),
  }));
  const cutoff = now - 30 * 86_400_000;
  return {
    sports,
    trainingSessions: timeline.workouts.map(renderSession),
    sleeps,
    nightlyRecharge,
    activity,
    continuousSamples,
    v3: {
      userId: POLAR_SANDBOX_USER_ID,
      memberId: null,
      exercises: timeline.workouts.filter((w) => w.startMs >= cutoff).map(renderV3Exercise),
      committed: new Set(),
      openTransaction: null,
      nextTransactionId: 179_879,
      webhook: null,
    },
  };
}
