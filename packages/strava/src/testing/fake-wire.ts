import type { SandboxSport, SandboxWorkout } from '@fitlink/testing';
import type { StravaId } from '../schemas/common.js';

/** The sandbox athlete's Strava id. */
export const STRAVA_SANDBOX_ATHLETE_ID = 12345678;

/** Upload ids start beyond 2^55 (int64, like activity ids). */
export const FIRST_UPLOAD_ID = 2n ** 55n;

/** Strava's `sport_type` and `trainer` flag for each sandbox sport Strava records. */
export const STRAVA_SANDBOX_SPORTS: Readonly<
  Partial<
    Record<
      SandboxSport,
      {
        /** Strava's `sport_type` for the sport (`Ride`, `Run`, `WeightTraining` …). */
        sportType: string;
        /** Strava's `trainer` flag: `true` for the indoor variant of an outdoor type. */
        trainer: boolean;
      }
    >
  >
> = {
  ride: { sportType: 'Ride', trainer: false },
  // Strava has no indoor types: an indoor ride, treadmill run or erg row is the outdoor type on a trainer.
  indoor_ride: { sportType: 'Ride', trainer: true },
  run: { sportType: 'Run', trainer: false },
  treadmill_run: { sportType: 'Run', trainer: true },
  walk: { sportType: 'Walk', trainer: false },
  hike: { sportType: 'Hike', trainer: false },
  swim: { sportType: 'Swim', trainer: false },
  indoor_row: { sportType: 'Rowing', trainer: true },
  strength: { sportType: 'WeightTraining', trainer: false },
};

/** One activity of the fake, with the workout it renders. */
export interface StravaFakeActivity {
  /** The int64 id. */
  readonly id: bigint;
  /** The sandbox workout (shared with other providers' fakes). */
  readonly workout: SandboxWorkout;
}

/** The sandbox athlete's heart-rate zones, `[min, max]` in bpm (`-1`: open top zone). */
export const HR_ZONES = [
  [0, 123],
  [123, 153],
  [153, 169],
  [169, 184],
  [184, -1],
] as const;

/**
 * An int64 id as the client reads it from Strava's JSON (`parseStravaJson`): a number when it
 * fits a double, else a decimal string. `stravaJsonResponse` writes it back as a bare integer.
 */
export function stravaWireId(id: bigint): StravaId {
  const value = Number(id);
  return Number.isSafeInteger(value) ? value : id.toString();
}

/** Strava's timestamps: ISO 8601 to the second, `Z` suffix. */
export function isoSeconds(ms: number): string {
  return new Date(Math.floor(ms / 1000) * 1000).toISOString().replace('.000Z', 'Z');
}

/** Strava's `timezone`: `(GMT-07:00) America/Denver`. */
export function stravaTimezone(workout: SandboxWorkout): string {
  const offset = workout.utcOffsetMinutes;
  const sign = offset < 0 ? '-' : '+';
  const hours = String(Math.floor(Math.abs(offset) / 60)).padStart(2, '0');
  const minutes = String(Math.abs(offset) % 60).padStart(2, '0');
  return `(GMT${sign}${hours}:${minutes}) ${workout.timeZone}`;
}

/** Whether Strava writes the sport's cadence per foot (runs and walks). */
export function isPerFoot(sport: SandboxSport): boolean {
  return sport === 'run' || sport === 'treadmill_run' || sport === 'walk' || sport === 'hike';
}
