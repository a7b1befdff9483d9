import { roundTo } from '@fitlink/core';
import {
  createSandboxTimeline,
  createSeededRandom,
  type SandboxSport,
  type SandboxWorkout,
  type SeededRandom,
  sandboxWorkoutSamples,
} from '@fitlink/testing';
import type { OuraDailyActivity } from '../schemas/daily-activity.js';
import type { OuraDailyCardiovascularAge } from '../schemas/daily-cardiovascular-age.js';
import type { OuraDailyReadiness } from '../schemas/daily-readiness.js';
import type { OuraDailyResilience } from '../schemas/daily-resilience.js';
import type { OuraDailySleep } from '../schemas/daily-sleep.js';
import type { OuraDailySpo2 } from '../schemas/daily-spo2.js';
import type { OuraDailyStress } from '../schemas/daily-stress.js';
import type { OuraHeartRate } from '../schemas/heart-rate.js';
import type { OuraPersonalInfo } from '../schemas/personal-info.js';
import type { OuraRingConfiguration } from '../schemas/ring-configuration.js';
import type { OuraSession } from '../schemas/session.js';
import type { OuraSleep } from '../schemas/sleep.js';
import type { OuraTag } from '../schemas/tag.js';
import type { OuraWebhookSubscription } from '../schemas/webhook.js';
import type { OuraWorkout } from '../schemas/workout.js';

/** Options of {@link createOuraFake}. */
export interface OuraFakeOptions {
  /** Seed of the shared timeline and of Oura's ids. @defaultValue 1 */
  seed?: number;
  /** End of the timeline, epoch ms. @defaultValue Date.now() */
  now?: number;
  /** Days of history. @defaultValue 90 */
  days?: number;
}

/** The sandbox user's Oura data, oldest first, in Oura API v2's exact shapes. */
export interface OuraSandboxData {
  /** Personal info. */
  personalInfo: OuraPersonalInfo;
  /** Workouts (every timeline workout but meditation, which is a session). */
  workouts: OuraWorkout[];
  /** Sleep periods: each night as `long_sleep`, plus the odd `late_nap`. */
  sleeps: OuraSleep[];
  /** One per day. */
  dailyActivities: OuraDailyActivity[];
  /** One per day. */
  dailySleeps: OuraDailySleep[];
  /** One per day. */
  dailyReadinesses: OuraDailyReadiness[];
  /** One per day. */
  dailySpo2s: OuraDailySpo2[];
  /** One per day. */
  dailyStresses: OuraDailyStress[];
  /** One per day. */
  dailyResiliences: OuraDailyResilience[];
  /** One a week. */
  dailyCardiovascularAges: OuraDailyCardiovascularAge[];
  /** Meditation sessions. */
  sessions: OuraSession[];
  /** A few tags. */
  tags: OuraTag[];
  /** Heart rate readings during workouts, one a minute, UTC. */
  heartRate: OuraHeartRate[];
  /** The ring. */
  rings: OuraRingConfiguration[];
  /** The app's webhook subscriptions (the sandbox keeps them here). */
  webhookSubscriptions: OuraWebhookSubscription[];
}

/** The sandbox user's Oura id. */
export const OURA_SANDBOX_USER_ID = 'sandbox-user-1';

/** Oura activity names for the timeline's sports. */
const ACTIVITIES: Readonly<Record<SandboxSport, string>> = {
  ride: 'cycling',
  indoor_ride: 'indoor_cycling',
  run: 'running',
  treadmill_run: 'treadmill_running',
  walk: 'walking',
  hike: 'hiking',
  swim: 'swimming',
  indoor_row: 'rowing_machine',
  strength: 'strength_training',
  yoga: 'yoga',
  meditation: 'meditation',
};

const DAY_MS = 86_400_000;

function offsetText(minutes: number): string {
  const sign = minutes < 0 ? '-' : '+';
  const abs = Math.abs(minutes);
  return `${sign}${String(Math.floor(abs / 60)).padStart(2, '0')}:${String(abs % 60).padStart(2, '0')}`;
}

/** An Oura localized datetime: local wall-clock time with the offset, `2026-11-19T07:02:00-07:00`. */
function local(ms: number, offsetMinutes: number): string {
  const wall = new Date(Math.floor(ms / 1000) * 1000 + offsetMinutes * 60_000).toISOString();
  return `${wall.slice(0, 19)}${offsetText(offsetMinutes)}`;
}

function localDay(ms: number, offsetMinutes: number): string {
  return new Date(ms + offsetMinutes * 60_000).toISOString().slice(0, 10);
}

function documentId(random: SeededRandom): string {
  const hex = Array.from({ length: 32 }, () => random.integer(0, 15).toString(16)).join('');
  return `${hex.slice(0, 8)}-${hex.slice(8, 12)}-4${hex.slice(13, 16)}-a${hex.slice(17, 20)}-${hex.slice(20)}`;
}

function renderWorkout(workout: SandboxWorkout, id: string): OuraWorkout {
  const end = workout.startMs + workout.elapsedSeconds * 1000;
  const intensity =
    workout.averageHeartRate >= 150
      ? 'hard'
      : workout.averageHeartRate >= 125
        ? 'moderate'
        : 'easy';
  return {
    id,
    activity: ACTIVITIES[workout.sport],
    calories: roundTo(workout.energyKcal, 1),
    day: localDay(workout.startMs, workout.utcOffsetMinutes),
    distance: workout.distanceMeters,
    end_datetime: local(end, workout.utcOffsetMinutes),
    intensity,
    label: workout.index % 4 === 0 ? workout.title : null,
    source:
      workout.sport === 'walk'
        ? 'autodetected'
        : workout.sport === 'strength'
          ? 'manual'
          : 'confirmed',
    start_datetime: local(workout.startMs, workout.utcOffsetMinutes),
  };
}

/**
 * Renders the shared sandbox timeline as Oura would record it: workouts (meditation becomes a
 * session), each night as a `long_sleep` period with stage seconds, HRV and lowest heart rate,
 * the daily activity, sleep, readiness, SpO2, stress and resilience documents keyed by the
 * user's local `day`, heart rate during workouts, tags and the ring. Datetimes carry the user's
 * offset (`-07:00`, `+01:00` while travelling); heart rate is in UTC (`+00:00`).
 *
 * @param options - Seed, end and length of the timeline.
 * @example
 * ```ts
 * import { createOuraFake } from '@fitlink/oura/testing';
 *
 * const data = createOuraFake({ seed: 1, now: Date.parse('2026-11-20T12:00:00Z'), days: 30 });
 * console.log(data.workouts.length, data.sleeps.length);
 * ```
 */
export function createOuraFake(options: OuraFakeOptions = {}): OuraSandboxData {
  const seed = options.seed ?? 1;
  const now = options.now ?? Date.now();
  const timeline = createSandboxTimeline({ seed, now, days: options.days ?? 90 });
  // A separate stream, so Oura's ids never shift the shared timeline.
  const random = createSeededRandom((seed ^ 0x6f757261) >>> 0);
  const workouts: OuraWorkout[] = [];
  const sessions: OuraSession[] = [];
  const heartRate: OuraHeartRate[] = [];
  for (const workout of timeline.workouts) {
    const id = documentId(random);
    if (workout.sport === 'meditation') {
      sessions.push({
        id,
        day: localDay(workout.startMs, workout.utcOffsetMinutes),
        start_datetime: local(workout.startMs, workout.utcOffsetMinutes),
        end_datetime: local(
          workout.startMs + workout.elapsedSeconds * 1000,
          workout.utcOffsetMinutes,
        ),
        type: 'meditation',
        mood: 'good',
      });
      continue;
    }
    workouts.push(renderWorkout(workout, id));
    const series = sandboxWorkoutSamples(workout, { everySeconds: 60 });
    series.offsetSeconds.forEach((offset, index) => {
      const at = workout.startMs + offset * 1000;
      heartRate.push({
        bpm: series.heartRate[index] ?? workout.averageHeartRate,
        source: 'workout',
        timestamp: new Date(at).toISOString().replace('.000Z', '+00:00'),
      });
    });
  }
  const sleeps: OuraSleep[] = [];
  const dailySleeps: OuraDailySleep[] = [];
  for (const [index, night] of timeline.sleeps.entries()) {
    const day = localDay(night.endMs, night.utcOffsetMinutes);
    const stats = timeline.recovery[index];
    const asleep = (night.lightMs + night.deepMs + night.remMs) / 1000;
    sleeps.push({
      id: documentId(random),
      day,
      bedtime_start: local(night.startMs, night.utcOffsetMinutes),
      bedtime_end: local(night.endMs, night.utcOffsetMinutes),
      type: 'long_sleep',
      period: 0,
      time_in_bed: Math.round((night.endMs - night.startMs) / 1000),
      total_sleep_duration: Math.round(asleep),
      awake_time: Math.round(night.awakeMs / 1000),
      light_sleep_duration: Math.round(night.lightMs / 1000),
      deep_sleep_duration: Math.round(night.deepMs / 1000),
      rem_sleep_duration: Math.round(night.remMs / 1000),
      latency: 300 + (index % 7) * 120,
      efficiency: Math.round(night.efficiencyPercent),
      average_heart_rate: roundTo((stats?.restingHeartRate ?? 52) + 4.375, 3),
      lowest_heart_rate: stats?.restingHeartRate ?? 50,
      average_hrv: Math.round(stats?.hrvRmssdMs ?? 60),
      average_breath: night.respiratoryRate,
      restless_periods: night.disturbances * 9,
      readiness: stats ? { score: stats.recoveryScore, temperature_deviation: 0.12 } : null,
    });
    dailySleeps.push({
      id: documentId(random),
      day,
      score: night.score,
      timestamp: `${day}T00:00:00${offsetText(night.utcOffsetMinutes)}`,
    });
    // Every eleventh afternoon a nap: a second period of the same day.
    if (index % 11 === 5) {
      const start = night.endMs + 7 * 3_600_000;
      sleeps.push({
        id: documentId(random),
        day,
        bedtime_start: local(start, night.utcOffsetMinutes),
        bedtime_end: local(start + 1_500_000, night.utcOffsetMinutes),
        type: 'late_nap',
        period: 1,
        time_in_bed: 1500,
        total_sleep_duration: 1260,
        awake_time: 240,
        light_sleep_duration: 960,
        deep_sleep_duration: 300,
        rem_sleep_duration: 0,
        latency: 180,
        efficiency: 84,
        average_heart_rate: 58.5,
        lowest_heart_rate: 54,
        average_hrv: 48,
        average_breath: 14.5,
      });
    }
  }
  const dailyActivities: OuraDailyActivity[] = [];
  const dailyReadinesses: OuraDailyReadiness[] = [];
  const dailySpo2s: OuraDailySpo2[] = [];
  const dailyStresses: OuraDailyStress[] = [];
  const dailyResiliences: OuraDailyResilience[] = [];
  const dailyCardiovascularAges: OuraDailyCardiovascularAge[] = [];
  for (const [index, day] of timeline.recovery.entries()) {
    const night = timeline.sleeps[index];
    const offset = night?.utcOffsetMinutes ?? -420;
    const dayKcal = timeline.workouts
      .filter((workout) => localDay(workout.startMs, workout.utcOffsetMinutes) === day.date)
      .reduce((sum, workout) => sum + workout.energyKcal, 0);
    const active = Math.round(250 + dayKcal);
    dailyActivities.push({
      id: documentId(random),
      day: day.date,
      timestamp: `${day.date}T04:00:00${offsetText(offset)}`,
      score: Math.min(100, 60 + Math.round(day.strain * 2)),
      steps: day.steps,
      active_calories: active,
      total_calories: active + 1750,
      equivalent_walking_distance: Math.round(day.steps * 0.78),
      high_activity_time: Math.round(dayKcal * 2),
      medium_activity_time: 2400,
      low_activity_time: 10_800,
      sedentary_time: 28_800,
    });
    dailyReadinesses.push({
      id: documentId(random),
      day: day.date,
      timestamp: `${day.date}T00:00:00${offsetText(offset)}`,
      score: day.recoveryScore,
      temperature_deviation: roundTo(day.skinTempCelsius - 33.6, 2),
      temperature_trend_deviation: roundTo((day.skinTempCelsius - 33.6) / 2, 2),
      contributors: { hrv_balance: 78, resting_heart_rate: 85, sleep_balance: 80 },
    });
    dailySpo2s.push({
      id: documentId(random),
      day: day.date,
      spo2_percentage: { average: day.spo2Percent },
      breathing_disturbance_index: 4,
    });
    dailyStresses.push({
      id: documentId(random),
      day: day.date,
      stress_high: 1800 + (index % 5) * 900,
      recovery_high: 3600 + (index % 3) * 1800,
      day_summary: index % 5 === 4 ? 'stressful' : index % 3 === 0 ? 'restored' : 'normal',
    });
    dailyResiliences.push({
      id: documentId(random),
      day: day.date,
      level: day.recoveryScore >= 70 ? 'solid' : 'adequate',
      contributors: { sleep_recovery: 71.4, daytime_recovery: 42.2, stress: 55.9 },
    });
    if (index % 7 === 0) {
      dailyCardiovascularAges.push({ id: documentId(random), day: day.date, vascular_age: 36 });
    }
  }
  const firstDay = timeline.recovery[0]?.date ?? localDay(now, -420);
  return {
    personalInfo: {
      id: OURA_SANDBOX_USER_ID,
      age: 36,
      weight: 71.5,
      height: 1.78,
      biological_sex: 'female',
      email: 'sandy.box@sandbox.fitlink.test',
    },
    workouts,
    sleeps,
    dailyActivities,
    dailySleeps,
    dailyReadinesses,
    dailySpo2s,
    dailyStresses,
    dailyResiliences,
    dailyCardiovascularAges,
    sessions,
    tags: [
      {
        id: documentId(random),
        tag_type_code: 'tag_generic_caffeine',
        start_time: `${firstDay}T15:00:00`,
        end_time: null,
        start_day: firstDay,
        end_day: null,
        comment: 'double espresso',
        custom_name: null,
      },
    ],
    heartRate,
    rings: [
      {
        id: documentId(random),
        color: 'stealth_black',
        design: 'horizon',
        firmware_version: '2.9.21',
        hardware_type: 'gen4',
        set_up_at: new Date(now - 200 * DAY_MS).toISOString(),
        size: 8,
      },
    ],
    webhookSubscriptions: [],
  };
}
