import type { StravaDetailedActivity, StravaSummaryActivity } from '../schemas/activity.js';
import type { StravaLap } from '../schemas/lap.js';
import {
  FIRST_UPLOAD_ID,
  isoSeconds,
  isPerFoot,
  STRAVA_SANDBOX_ATHLETE_ID,
  STRAVA_SANDBOX_SPORTS,
  type StravaFakeActivity,
  stravaTimezone,
  stravaWireId,
} from './fake-wire.js';

const LAP_COUNT = 5;

// Metres per second to Strava's three decimals; 0 when nothing was measured.
const speedOf = (distance: number, seconds: number) =>
  distance > 0 ? Math.round((distance / seconds) * 1000) / 1000 : 0;

/**
 * Renders a `SummaryActivity` as `GET /athlete/activities` lists it.
 *
 * @param activity - The fake activity.
 */
export function renderStravaSummary({ id, workout }: StravaFakeActivity): StravaSummaryActivity {
  const { sportType, trainer } = STRAVA_SANDBOX_SPORTS[workout.sport] ?? {
    sportType: 'Workout',
    trainer: false,
  };
  // Strava writes 0 for what was not measured (the distance of a gym session).
  const distance = workout.distanceMeters ?? 0;
  const speed = speedOf(distance, workout.movingSeconds);
  const power = workout.averagePowerWatts;
  const end = workout.startLatLng;
  return {
    resource_state: 2,
    athlete: { id: STRAVA_SANDBOX_ATHLETE_ID, resource_state: 1 },
    name: workout.title,
    distance,
    moving_time: workout.movingSeconds,
    elapsed_time: workout.elapsedSeconds,
    total_elevation_gain: workout.elevationGainMeters ?? 0,
    type: sportType,
    sport_type: sportType,
    workout_type: null,
    id: stravaWireId(id),
    external_id: `fitlink-sandbox-${workout.id}.fit`,
    upload_id: stravaWireId(FIRST_UPLOAD_ID + id),
    upload_id_str: String(FIRST_UPLOAD_ID + id),
    start_date: isoSeconds(workout.startMs),
    // Local wall-clock time with a misleading "Z", exactly as Strava writes it.
    start_date_local: isoSeconds(workout.startMs + workout.utcOffsetMinutes * 60_000),
    timezone: stravaTimezone(workout),
    utc_offset: workout.utcOffsetMinutes * 60,
    start_latlng: end ? [...end] : [],
    end_latlng: end ? [...end] : [],
    map: { id: `a${id}`, summary_polyline: end ? '_p~iF~ps|U_ulLnnqC' : '', resource_state: 2 },
    trainer,
    commute: false,
    manual: false,
    private: false,
    visibility: 'everyone',
    flagged: false,
    average_speed: speed,
    max_speed: Math.round(speed * 1.6 * 1000) / 1000,
    ...(workout.averageCadence === null
      ? {}
      : {
          // Strava counts run and walk cadence per foot.
          average_cadence: isPerFoot(workout.sport)
            ? workout.averageCadence / 2
            : workout.averageCadence,
        }),
    ...(power === null
      ? {}
      : {
          average_watts: power,
          weighted_average_watts: Math.round(power * 1.05),
          max_watts: Math.round(power * 2.1),
          kilojoules: workout.workKilojoules,
          device_watts: true,
        }),
    has_heartrate: true,
    average_heartrate: workout.averageHeartRate,
    max_heartrate: workout.maxHeartRate,
    heartrate_opt_out: false,
    kudos_count: workout.index % 7,
    achievement_count: 0,
    pr_count: 0,
  };
}

/**
 * Renders the activity's laps: five equal laps, as `GET /activities/{id}/laps` lists them.
 *
 * @param activity - The fake activity.
 */
export function renderStravaLaps({ id, workout }: StravaFakeActivity): StravaLap[] {
  const size = Math.floor(workout.elapsedSeconds / LAP_COUNT);
  const distance = workout.distanceMeters ?? 0;
  return Array.from({ length: LAP_COUNT }, (_, index) => ({
    id: stravaWireId(id * 10n + BigInt(index + 1)),
    resource_state: 2,
    name: `Lap ${index + 1}`,
    activity: { id: stravaWireId(id), resource_state: 1 },
    athlete: { id: STRAVA_SANDBOX_ATHLETE_ID, resource_state: 1 },
    elapsed_time: size,
    moving_time: Math.round(size * 0.96),
    start_date: isoSeconds(workout.startMs + index * size * 1000),
    start_date_local: isoSeconds(
      workout.startMs + index * size * 1000 + workout.utcOffsetMinutes * 60_000,
    ),
    distance: Math.round((distance / LAP_COUNT) * 10) / 10,
    start_index: index * size,
    end_index: (index + 1) * size - 1,
    total_elevation_gain: Math.round(((workout.elevationGainMeters ?? 0) / LAP_COUNT) * 10) / 10,
    average_speed: speedOf(distance, workout.movingSeconds),
    average_heartrate: workout.averageHeartRate,
    max_heartrate: workout.maxHeartRate,
    lap_index: index + 1,
    split: index + 1,
  }));
}

/**
 * Renders a `DetailedActivity` as `GET /activities/{id}` answers: the summary plus description,
 * calories, device, laps and gear.
 *
 * @param activity - The fake activity.
 */
export function renderStravaDetailed(activity: StravaFakeActivity): StravaDetailedActivity {
  const { workout } = activity;
  return {
    ...renderStravaSummary(activity),
    resource_state: 3,
    description: `${workout.title} (fitlink sandbox)`,
    calories: workout.energyKcal,
    device_name: workout.indoor ? 'Zwift' : 'Garmin Edge 540',
    segment_efforts: [],
    laps: renderStravaLaps(activity),
    gear_id: workout.sport === 'ride' ? 'b1000001' : null,
  };
}
