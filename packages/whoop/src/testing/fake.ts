import { roundTo } from '@fitlink/core';
import {
  createSandboxTimeline,
  createSeededRandom,
  SANDBOX_USER,
  type SandboxSport,
  type SandboxWorkout,
  type SeededRandom,
} from '@fitlink/testing';
import type { WhoopCycle } from '../schemas/cycle.js';
import type { WhoopRecovery } from '../schemas/recovery.js';
import type { WhoopScoreState } from '../schemas/score-state.js';
import type { WhoopSleep } from '../schemas/sleep.js';
import type { WhoopBodyMeasurement, WhoopProfile } from '../schemas/user.js';
import type { WhoopWorkout } from '../schemas/workout.js';

/** Options of {@link createWhoopFake}. */
export interface WhoopFakeOptions {
  /** Seed of the shared timeline and of WHOOP's ids. @defaultValue 1 */
  seed?: number;
  /** End of the timeline, epoch ms. @defaultValue Date.now() */
  now?: number;
  /** Days of history. @defaultValue 90 */
  days?: number;
}

/** The sandbox user's WHOOP data, oldest first, in WHOOP v2's exact shapes. */
export interface WhoopSandboxData {
  /** The WHOOP user id of the sandbox user. */
  userId: number;
  /** The basic profile. */
  profile: WhoopProfile;
  /** Body measurements. */
  bodyMeasurement: WhoopBodyMeasurement;
  /** One cycle per physiological day (sleep onset to sleep onset); the last one is open. */
  cycles: WhoopCycle[];
  /** Every night. */
  sleeps: WhoopSleep[];
  /** One recovery per morning. */
  recoveries: WhoopRecovery[];
  /** Every workout of the timeline. */
  workouts: WhoopWorkout[];
}

/** The sandbox user's WHOOP user id. */
export const WHOOP_SANDBOX_USER_ID = 4_821_907;

const FIRST_CYCLE_ID = 1_093_845_000;
const KJ_PER_KCAL = 4.184;

/** WHOOP sport names for the timeline's sports (WHOOP has no treadmill sport: it is running). */
const SPORT_NAMES: Readonly<Record<SandboxSport, string>> = {
  ride: 'cycling',
  indoor_ride: 'spin',
  run: 'running',
  treadmill_run: 'running',
  walk: 'walking',
  hike: 'hiking/rucking',
  swim: 'swimming',
  indoor_row: 'rowing',
  strength: 'weightlifting',
  yoga: 'yoga',
  meditation: 'meditation',
};

const iso = (ms: number) => new Date(ms).toISOString();

/** A WHOOP `timezone_offset`: `-06:00`, `+01:00`. */
function offsetText(minutes: number): string {
  const sign = minutes < 0 ? '-' : '+';
  const abs = Math.abs(minutes);
  const hh = String(Math.floor(abs / 60)).padStart(2, '0');
  const mm = String(abs % 60).padStart(2, '0');
  return `${sign}${hh}:${mm}`;
}

function uuid(random: SeededRandom): string {
  const bytes = Array.from({ length: 16 }, () => random.integer(0, 255));
  bytes[6] = ((bytes[6] ?? 0) & 0x0f) | 0x40;
  bytes[8] = ((bytes[8] ?? 0) & 0x3f) | 0x80;
  const hex = bytes.map((byte) => byte.toString(16).padStart(2, '0')).join('');
  return `${hex.slice(0, 8)}-${hex.slice(8, 12)}-${hex.slice(12, 16)}-${hex.slice(16, 20)}-${hex.slice(20)}`;
}

function zoneDurations(workout: SandboxWorkout) {
  const total = workout.elapsedSeconds * 1000;
  const intensity = Math.min(1, Math.max(0, (workout.averageHeartRate - 95) / 65));
  const weights = [
    1.2 - intensity,
    1,
    0.6 + intensity,
    1.6 * intensity,
    0.8 * intensity,
    0.2 * intensity,
  ];
  const sum = weights.reduce((a, b) => a + b, 0);
  const parts = weights.slice(0, 5).map((weight) => Math.floor((total * weight) / sum));
  const [zero = 0, one = 0, two = 0, three = 0, four = 0] = parts;
  return {
    zone_zero_milli: zero,
    zone_one_milli: one,
    zone_two_milli: two,
    zone_three_milli: three,
    zone_four_milli: four,
    zone_five_milli: total - zero - one - two - three - four,
  };
}

function workoutStrain(workout: SandboxWorkout): number {
  const minutes = workout.elapsedSeconds / 60;
  return roundTo(
    Math.min(20.9, Math.max(0.4, ((workout.averageHeartRate - 80) / 9) * Math.log1p(minutes / 25))),
    4,
  );
}

function renderWorkout(workout: SandboxWorkout, id: string, state: WhoopScoreState): WhoopWorkout {
  const endMs = workout.startMs + workout.elapsedSeconds * 1000;
  const record: WhoopWorkout = {
    id,
    user_id: WHOOP_SANDBOX_USER_ID,
    created_at: iso(endMs + 180_000),
    updated_at: iso(endMs + 420_000),
    start: iso(workout.startMs),
    end: iso(endMs),
    timezone_offset: offsetText(workout.utcOffsetMinutes),
    sport_name: SPORT_NAMES[workout.sport],
    score_state: state,
  };
  if (state !== 'SCORED') return record;
  record.score = {
    strain: workoutStrain(workout),
    average_heart_rate: workout.averageHeartRate,
    max_heart_rate: workout.maxHeartRate,
    kilojoule: roundTo(workout.energyKcal * KJ_PER_KCAL, 3),
    percent_recorded: workout.index % 5 === 0 ? 98.7 : 100,
    ...(workout.distanceMeters === null || workout.indoor
      ? {}
      : { distance_meter: workout.distanceMeters }),
    ...(workout.elevationGainMeters === null
      ? {}
      : {
          altitude_gain_meter: workout.elevationGainMeters,
          altitude_change_meter: roundTo(workout.elevationGainMeters * -0.02, 3),
        }),
    zone_durations: zoneDurations(workout),
  };
  return record;
}

/**
 * Renders the shared sandbox timeline as WHOOP would record it: every workout, every night,
 * a recovery per morning and a cycle per physiological day, with WHOOP's quirks (UUIDs for
 * sleeps and workouts, int64 cycle ids, `timezone_offset` such as `-06:00`, kilojoules,
 * millisecond stage and zone durations) and some records not `SCORED` (no `score`): every 19th
 * workout and 23rd night are `UNSCORABLE`, the newest workout and recovery `PENDING_SCORE`.
 *
 * @param options - Seed, end and length of the timeline.
 * @example
 * ```ts
 * import { createWhoopFake } from '@fitlink/whoop/testing';
 *
 * const data = createWhoopFake({ seed: 1, now: Date.parse('2026-11-20T12:00:00Z'), days: 30 });
 * console.log(data.workouts.length, data.cycles.length);
 * ```
 */
export function createWhoopFake(options: WhoopFakeOptions = {}): WhoopSandboxData {
  const seed = options.seed ?? 1;
  const timeline = createSandboxTimeline({
    seed,
    now: options.now ?? Date.now(),
    days: options.days ?? 90,
  });
  // A separate stream, so WHOOP's ids never shift the shared timeline.
  const random = createSeededRandom((seed ^ 0x77686f6f) >>> 0);

  const workouts = timeline.workouts.map((workout, index) => {
    const newest = index === timeline.workouts.length - 1;
    const state: WhoopScoreState = newest
      ? 'PENDING_SCORE'
      : index % 19 === 7
        ? 'UNSCORABLE'
        : 'SCORED';
    return renderWorkout(workout, uuid(random), state);
  });

  const sleepIds = timeline.sleeps.map(() => uuid(random));
  const cycles: WhoopCycle[] = timeline.sleeps.map((sleep, index) => {
    const next = timeline.sleeps[index + 1];
    const endMs = next?.startMs;
    const day = timeline.recovery[index];
    const inCycle = timeline.workouts.filter(
      (workout) =>
        workout.startMs >= sleep.startMs && (endMs === undefined || workout.startMs < endMs),
    );
    const workoutKcal = inCycle.reduce((sum, workout) => sum + workout.energyKcal, 0);
    const state: WhoopScoreState = index % 29 === 13 ? 'UNSCORABLE' : 'SCORED';
    const cycle: WhoopCycle = {
      id: FIRST_CYCLE_ID + index,
      user_id: WHOOP_SANDBOX_USER_ID,
      created_at: iso(sleep.startMs + 60_000),
      updated_at: iso((endMs ?? sleep.endMs) + 300_000),
      start: iso(sleep.startMs),
      timezone_offset: offsetText(sleep.utcOffsetMinutes),
      score_state: state,
    };
    if (endMs !== undefined) cycle.end = iso(endMs);
    if (state === 'SCORED') {
      cycle.score = {
        strain: roundTo((day?.strain ?? 8) + random.next() * 0.09, 4),
        kilojoule: roundTo((1650 + random.next() * 250 + workoutKcal) * KJ_PER_KCAL, 3),
        average_heart_rate: random.integer(58, 71),
        max_heart_rate: Math.max(random.integer(104, 126), ...inCycle.map((w) => w.maxHeartRate)),
      };
    }
    return cycle;
  });

  const sleeps: WhoopSleep[] = timeline.sleeps.map((sleep, index) => {
    const state: WhoopScoreState = index % 23 === 11 ? 'UNSCORABLE' : 'SCORED';
    const record: WhoopSleep = {
      id: sleepIds[index] ?? uuid(random),
      cycle_id: FIRST_CYCLE_ID + index,
      user_id: WHOOP_SANDBOX_USER_ID,
      created_at: iso(sleep.endMs + 240_000),
      updated_at: iso(sleep.endMs + 600_000),
      start: iso(sleep.startMs),
      end: iso(sleep.endMs),
      timezone_offset: offsetText(sleep.utcOffsetMinutes),
      nap: false,
      score_state: state,
    };
    if (state !== 'SCORED') return record;
    record.score = {
      stage_summary: {
        total_in_bed_time_milli: sleep.endMs - sleep.startMs,
        total_awake_time_milli: sleep.awakeMs,
        total_no_data_time_milli: 0,
        total_light_sleep_time_milli: sleep.lightMs,
        total_slow_wave_sleep_time_milli: sleep.deepMs,
        total_rem_sleep_time_milli: sleep.remMs,
        sleep_cycle_count: random.integer(3, 6),
        disturbance_count: sleep.disturbances,
      },
      sleep_needed: {
        baseline_milli: random.integer(26_500_000, 29_000_000),
        need_from_sleep_debt_milli: random.integer(0, 1_500_000),
        need_from_recent_strain_milli: random.integer(50_000, 700_000),
        need_from_recent_nap_milli: 0,
      },
      respiratory_rate: sleep.respiratoryRate,
      sleep_performance_percentage: sleep.score,
      sleep_consistency_percentage: random.integer(58, 94),
      sleep_efficiency_percentage: sleep.efficiencyPercent,
    };
    return record;
  });

  const recoveries: WhoopRecovery[] = timeline.recovery.map((day, index) => {
    const newest = index === timeline.recovery.length - 1;
    const sleep = sleeps[index];
    const state: WhoopScoreState =
      sleep?.score_state === 'UNSCORABLE' ? 'UNSCORABLE' : newest ? 'PENDING_SCORE' : 'SCORED';
    const record: WhoopRecovery = {
      cycle_id: FIRST_CYCLE_ID + index,
      sleep_id: sleepIds[index] ?? '',
      user_id: WHOOP_SANDBOX_USER_ID,
      created_at: iso(day.startMs + 240_000),
      updated_at: iso(day.startMs + 900_000),
      score_state: state,
    };
    if (state === 'SCORED') {
      record.score = {
        user_calibrating: false,
        recovery_score: day.recoveryScore,
        resting_heart_rate: day.restingHeartRate,
        hrv_rmssd_milli: day.hrvRmssdMs,
        spo2_percentage: day.spo2Percent,
        skin_temp_celsius: day.skinTempCelsius,
      };
    }
    return record;
  });

  const [firstName = 'Sandy', ...rest] = SANDBOX_USER.name.split(' ');
  return {
    userId: WHOOP_SANDBOX_USER_ID,
    profile: {
      user_id: WHOOP_SANDBOX_USER_ID,
      email: 'sandy.box@example.com',
      first_name: firstName,
      last_name: rest.join(' ') || 'Box',
    },
    bodyMeasurement: { height_meter: 1.7272, weight_kilogram: 63.5029, max_heart_rate: 191 },
    cycles,
    sleeps,
    recoveries,
    workouts,
  };
}
