import type { SandboxWorkout } from '@fitlink/testing';
import type { StravaAthlete } from '../schemas/athlete.js';
import type { StravaActivityStats } from '../schemas/stats.js';
import type { StravaAthleteZones } from '../schemas/zones.js';
import {
  HR_ZONES,
  isoSeconds,
  STRAVA_SANDBOX_ATHLETE_ID,
  type StravaFakeActivity,
} from './fake-wire.js';

const DAY_MS = 86_400_000;

const POWER_ZONES = [
  [0, 135],
  [136, 184],
  [185, 221],
  [222, 257],
  [258, 294],
  [295, 368],
  [369, -1],
] as const;

/**
 * Renders the sandbox athlete as `GET /athlete` answers with `profile:read_all`.
 *
 * @param now - The timeline's end (the profile was updated the day before).
 */
export function renderStravaAthlete(now: number): StravaAthlete {
  return {
    id: STRAVA_SANDBOX_ATHLETE_ID,
    username: 'sandy_box',
    resource_state: 3,
    firstname: 'Sandy',
    lastname: 'Box',
    city: 'Boulder',
    state: 'Colorado',
    country: 'United States',
    sex: 'F',
    premium: true,
    summit: true,
    created_at: '2019-04-01T16:20:00Z',
    updated_at: isoSeconds(now - DAY_MS),
    profile_medium: 'https://dgalywyr863hv.cloudfront.net/pictures/athletes/sandbox/medium.jpg',
    profile: 'https://dgalywyr863hv.cloudfront.net/pictures/athletes/sandbox/large.jpg',
    follower_count: 42,
    friend_count: 37,
    measurement_preference: 'feet',
    ftp: 245,
    weight: 61.2,
    clubs: [],
    bikes: [
      {
        id: 'b1000001',
        primary: true,
        name: 'Gravel bike',
        resource_state: 2,
        distance: 4_812_300,
      },
    ],
    shoes: [
      { id: 'g1000002', primary: true, name: 'Trail shoes', resource_state: 2, distance: 812_400 },
    ],
  };
}

/** Renders `GET /athlete/zones`: the athlete's heart-rate and power zones. */
export function renderStravaAthleteZones(): StravaAthleteZones {
  return {
    heart_rate: { custom_zones: false, zones: HR_ZONES.map(([min, max]) => ({ min, max })) },
    power: { zones: POWER_ZONES.map(([min, max]) => ({ min, max })) },
  };
}

/**
 * Renders `ActivityStats` over the given activities: the last four weeks, the year to date and
 * all time, for rides, runs and swims.
 *
 * @param list - The activities counted.
 * @param now - The timeline's end.
 */
export function renderStravaStats(
  list: readonly StravaFakeActivity[],
  now: number,
): StravaActivityStats {
  const workouts = list.map((activity) => activity.workout);
  const totals = (filter: (workout: SandboxWorkout) => boolean) => {
    const chosen = workouts.filter(filter);
    return {
      count: chosen.length,
      distance: Math.round(chosen.reduce((sum, w) => sum + (w.distanceMeters ?? 0), 0)),
      moving_time: chosen.reduce((sum, w) => sum + w.movingSeconds, 0),
      elapsed_time: chosen.reduce((sum, w) => sum + w.elapsedSeconds, 0),
      elevation_gain: Math.round(chosen.reduce((sum, w) => sum + (w.elevationGainMeters ?? 0), 0)),
      achievement_count: 0,
    };
  };
  const year = new Date(now).getUTCFullYear();
  const recent = (w: SandboxWorkout) => w.startMs >= now - 28 * DAY_MS;
  const ytd = (w: SandboxWorkout) => new Date(w.startMs).getUTCFullYear() === year;
  const ride = (w: SandboxWorkout) => w.sport === 'ride' || w.sport === 'indoor_ride';
  const run = (w: SandboxWorkout) => w.sport === 'run' || w.sport === 'treadmill_run';
  const swim = (w: SandboxWorkout) => w.sport === 'swim';
  const rides = workouts.filter(ride);
  return {
    biggest_ride_distance: Math.max(0, ...rides.map((w) => w.distanceMeters ?? 0)),
    biggest_climb_elevation_gain: Math.max(0, ...rides.map((w) => w.elevationGainMeters ?? 0)),
    recent_ride_totals: totals((w) => ride(w) && recent(w)),
    recent_run_totals: totals((w) => run(w) && recent(w)),
    recent_swim_totals: totals((w) => swim(w) && recent(w)),
    ytd_ride_totals: totals((w) => ride(w) && ytd(w)),
    ytd_run_totals: totals((w) => run(w) && ytd(w)),
    ytd_swim_totals: totals((w) => swim(w) && ytd(w)),
    all_ride_totals: totals(ride),
    all_run_totals: totals(run),
    all_swim_totals: totals(swim),
  };
}
