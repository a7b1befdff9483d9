import { roundTo } from '@fitlink/core';
import type { SandboxWorkout } from '@fitlink/testing';
import type { PelotonInstructor } from '../schemas/instructor.js';
import type { PelotonRide } from '../schemas/ride.js';
import type { PelotonWorkout } from '../schemas/workout.js';
import { PELOTON_SANDBOX_USER_ID } from './constants.js';
import { type PelotonRenderedWorkout, pelotonHexId } from './fake-units.js';

const DISCIPLINES: Partial<Record<SandboxWorkout['sport'], string>> = {
  indoor_ride: 'cycling',
  treadmill_run: 'running',
  run: 'running',
  indoor_row: 'caesar',
  strength: 'strength',
  yoga: 'yoga',
  meditation: 'meditation',
};

const APP_DEVICE = ['iPhone', 'iOS_app', 'App'] as const;

const DEVICES: Record<string, readonly [string, string, string]> = {
  cycling: ['home_bike_v1', 'home_bike', 'Bike'],
  running: ['home_tread', 'home_tread', 'Tread'],
  caesar: ['caesar', 'caesar', 'Row'],
};

const NAMES: Record<string, string> = {
  cycling: 'Cycling Workout',
  running: 'Running Workout',
  caesar: 'Rowing Workout',
  strength: 'Strength Workout',
  yoga: 'Yoga Workout',
  meditation: 'Meditation Workout',
};

// Peloton sometimes reports a fixed-offset POSIX zone instead of the member's IANA region;
// the sign is inverted (Etc/GMT+6 is UTC−6).
function pelotonZone(workout: SandboxWorkout): string {
  const offset = workout.utcOffsetMinutes;
  if (workout.index % 3 !== 0 || offset % 60 !== 0) return workout.timeZone;
  const hours = -offset / 60;
  return hours === 0 ? 'Etc/GMT' : `Etc/GMT${hours > 0 ? '+' : '-'}${Math.abs(hours)}`;
}

function renderRide(
  sandbox: SandboxWorkout,
  discipline: string,
  instructor: PelotonInstructor | undefined,
  seed: number,
): PelotonRide {
  const outdoor = sandbox.sport === 'run';
  const start = Math.floor(sandbox.startMs / 1000);
  return {
    id: pelotonHexId(seed * 100_003 + sandbox.index * 2 + 1),
    title: outdoor ? `${Math.round(sandbox.elapsedSeconds / 60)} min Outdoor Run` : sandbox.title,
    duration: Math.ceil(sandbox.elapsedSeconds / 300) * 300,
    fitness_discipline: discipline,
    instructor_id: instructor?.id ?? null,
    instructor: instructor ?? null,
    content_format: outdoor || discipline === 'meditation' ? 'audio' : 'video',
    difficulty_estimate: roundTo(5 + (sandbox.index % 40) / 10, 2),
    image_url: null,
    original_air_time: start - 86_400 * (30 + (sandbox.index % 200)),
  };
}

function renderWorkout(
  sandbox: SandboxWorkout,
  discipline: string,
  ride: PelotonRide,
  seed: number,
) {
  const outdoor = sandbox.sport === 'run';
  const [deviceType, platform, deviceName] = outdoor
    ? APP_DEVICE
    : (DEVICES[discipline] ?? APP_DEVICE);
  const start = Math.floor(sandbox.startMs / 1000);
  const work = sandbox.workKilojoules;
  const workout: PelotonWorkout = {
    id: pelotonHexId(seed * 100_003 + sandbox.index * 2),
    created_at: start - 60,
    start_time: start,
    end_time: start + sandbox.elapsedSeconds,
    fitness_discipline: discipline,
    status: 'COMPLETE',
    timezone: pelotonZone(sandbox),
    total_work: work === null ? 0 : roundTo(work * 1000, 2),
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
    effort_zones: { total_effort_points: roundTo(sandbox.elapsedSeconds / 120, 1) },
  };
  return workout;
}

/**
 * Renders the timeline's workouts Peloton records (indoor rides, treadmill and outdoor runs,
 * rows as `caesar`, strength, yoga and meditation), newest first: epoch-second times, 32-hex
 * ids, `Etc/GMT+N` zones on some, `total_work` in joules, the class and its instructor joined.
 *
 * @param workouts - The shared timeline's workouts.
 * @param instructors - The instructors classes are taught by.
 * @param seed - The timeline seed (ids and instructors derive from it).
 */
export function renderPelotonWorkouts(
  workouts: readonly SandboxWorkout[],
  instructors: readonly PelotonInstructor[],
  seed: number,
): PelotonRenderedWorkout[] {
  const rendered: PelotonRenderedWorkout[] = [];
  for (const sandbox of workouts) {
    const discipline = DISCIPLINES[sandbox.sport];
    if (!discipline) continue;
    const instructor = instructors[(sandbox.index * 7 + seed) % instructors.length];
    const ride = renderRide(sandbox, discipline, instructor, seed);
    rendered.push({ sandbox, workout: renderWorkout(sandbox, discipline, ride, seed) });
  }
  return rendered.sort((left, right) => right.workout.created_at - left.workout.created_at);
}

/**
 * A workout as Peloton answers it for a `joins` parameter: without `ride` unless joined, and
 * without the instructor unless `ride.instructor` is joined too.
 *
 * @param workout - The workout, fully joined.
 * @param joins - The request's `joins` (comma-separated).
 */
export function pelotonWorkoutWithJoins(workout: PelotonWorkout, joins: string): PelotonWorkout {
  const parts = joins.split(',').map((part) => part.trim());
  const { ride } = workout;
  if (!ride || !parts.includes('ride')) return { ...workout, ride: undefined };
  if (parts.includes('ride.instructor')) return workout;
  const { instructor: _instructor, ...bareRide } = ride;
  return { ...workout, ride: bareRide };
}
