import { roundTo } from '@fitlink/core';
import {
  createSandboxTimeline,
  type SandboxRecoveryDay,
  type SandboxSleep,
  type SandboxSport,
  type SandboxWorkout,
} from '@fitlink/testing';
import type { CorosActivity } from '../schemas/activity.js';
import type { CorosDaily } from '../schemas/daily.js';

/** The sandbox user's COROS `openId`. */
export const COROS_SANDBOX_OPEN_ID = 'b6f1d1e4c0a94f3e8d2a7c5e9f0b1a23';

/** Options of {@link createCorosFake}. */
export interface CorosFakeOptions {
  /** Seed of the shared timeline. @defaultValue 1 */
  seed?: number;
  /** End of the timeline, epoch ms. @defaultValue Date.now() */
  now?: number;
  /** Days of history (COROS serves about 90). @defaultValue 90 */
  days?: number;
}

/** The sandbox user's COROS data, oldest first, in COROS' wire shapes. */
export interface CorosSandboxData {
  /** The user's open id. */
  openId: string;
  /** Every workout a COROS watch recorded (meditation is not one). */
  activities: CorosActivity[];
  /** One entry per morning, with the night before. */
  daily: CorosDaily[];
}

/** COROS mode and sub-mode of each timeline sport. */
const MODES: Readonly<Record<SandboxSport, readonly [number, number] | null>> = {
  run: [8, 1],
  treadmill_run: [8, 2],
  ride: [9, 1],
  indoor_ride: [9, 2],
  swim: [10, 1],
  hike: [16, 1],
  walk: [31, 1],
  indoor_row: [24, 2],
  strength: [23, 1],
  yoga: [18, 2],
  // No COROS mode records meditation.
  meditation: null,
};

const FIRST_LABEL_ID = 461_734_982_359_380_000n;

const seconds = (ms: number) => Math.round(ms / 1000);
const units = (offsetMinutes: number) => Math.round(offsetMinutes / 15);

function renderWorkout(workout: SandboxWorkout, modes: readonly [number, number]): CorosActivity {
  const labelId = String(FIRST_LABEL_ID + BigInt(workout.index) * 7919n);
  const zone = units(workout.utcOffsetMinutes);
  const record: CorosActivity = {
    openId: COROS_SANDBOX_OPEN_ID,
    labelId,
    mode: modes[0],
    subMode: modes[1],
    startTime: seconds(workout.startMs),
    endTime: seconds(workout.startMs + workout.elapsedSeconds * 1000),
    startTimezone: zone,
    endTimezone: zone,
    duration: workout.elapsedSeconds,
    distance: workout.distanceMeters === null ? 0 : roundTo(workout.distanceMeters, 0),
    calorie: Math.round(workout.energyKcal),
    avgHeartRate: workout.averageHeartRate,
    deviceName: workout.index % 3 === 0 ? 'COROS VERTIX 2S' : 'COROS PACE 3',
    fitUrl: `https://oss.coros.com/fit/${labelId}.fit?Expires=${seconds(workout.startMs) + 86_400}&Signature=sandbox`,
  };
  if (workout.sport === 'run' || workout.sport === 'treadmill_run') {
    record.step = Math.round(((workout.averageCadence ?? 170) * workout.movingSeconds) / 60);
  }
  return record;
}

const day = (ms: number, offsetMinutes: number) =>
  new Date(ms + offsetMinutes * 60_000).toISOString().slice(0, 10).replaceAll('-', '');

function renderDaily(morning: SandboxRecoveryDay, sleep: SandboxSleep | undefined): CorosDaily {
  const entry: CorosDaily = {
    happenDay: morning.date.replaceAll('-', ''),
    rhr: morning.restingHeartRate,
    ppgHrv: Math.round(morning.hrvRmssdMs),
    step: morning.steps,
  };
  if (sleep === undefined) return entry;
  const zone = units(sleep.utcOffsetMinutes);
  const hourly = Array.from({ length: Math.floor((sleep.endMs - sleep.startMs) / 3_600_000) });
  return {
    ...entry,
    sleepStartTime: seconds(sleep.startMs),
    sleepEndTime: seconds(sleep.endMs),
    startTimezone: zone,
    endTimezone: zone,
    sleepAvgHr: morning.restingHeartRate + 5,
    hrvList: hourly.map((_, hour) => ({
      timestamp: seconds(sleep.startMs) + hour * 3600,
      hrv: Math.round(morning.hrvRmssdMs + ((hour % 3) - 1) * 4),
    })),
  };
}

/**
 * Renders the shared sandbox timeline in COROS' shapes: workouts as `sport/list` and push
 * records (`labelId` 64-bit, epoch seconds, time zones in 15-minute units, distance 0 for
 * workouts without one, a signed-looking FIT URL) and daily data with the night's window (no
 * stages, as COROS gives none).
 *
 * @param options - Seed, end and length of the timeline.
 * @example
 * ```ts
 * const fake = createCorosFake({ seed: 3, now: Date.parse('2026-11-22T12:00:00Z'), days: 30 });
 * fake.activities[0]?.labelId;
 * ```
 */
export function createCorosFake(options: CorosFakeOptions = {}): CorosSandboxData {
  const timeline = createSandboxTimeline({
    seed: options.seed ?? 1,
    now: options.now ?? Date.now(),
    days: options.days ?? 90,
  });
  const activities = timeline.workouts.flatMap((workout) => {
    const modes = MODES[workout.sport];
    return modes === null ? [] : [renderWorkout(workout, modes)];
  });
  const sleeps = new Map(timeline.sleeps.map((sleep) => [sleep.id, sleep]));
  const daily = timeline.recovery.map((morning) =>
    renderDaily(morning, sleeps.get(morning.sleepId)),
  );
  return { openId: COROS_SANDBOX_OPEN_ID, activities, daily };
}

/** The local day (`YYYYMMDD`) a COROS workout is filed under. */
export function corosLocalDay(activity: CorosActivity): string {
  return day(activity.startTime * 1000, (activity.startTimezone ?? 0) * 15);
}
