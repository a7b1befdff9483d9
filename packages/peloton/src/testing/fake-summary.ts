import { roundTo } from '@fitlink/core';
import type { PelotonWorkoutSummary } from '../schemas/workout-summary.js';
import { type PelotonFakeUnits, type PelotonRenderedWorkout, pelotonHexId } from './fake-units.js';

/**
 * `GET /api/workout/{id}/summary`: totals in the member's units, with Peloton's `0` for what
 * was not measured (no power meter, no distance, no heart rate while meditating).
 *
 * @param item - The workout and the timeline workout it was rendered from.
 * @param units - The member's units.
 */
export function renderPelotonSummary(
  item: PelotonRenderedWorkout,
  units: PelotonFakeUnits,
): PelotonWorkoutSummary {
  const { sandbox, workout } = item;
  const distance = sandbox.distanceMeters;
  const speed = distance === null ? null : distance / sandbox.elapsedSeconds;
  const power = sandbox.averagePowerWatts;
  const meditation = sandbox.sport === 'meditation';
  return {
    id: pelotonHexId(sandbox.index * 13 + 5),
    workout_id: workout.id,
    instant: workout.end_time,
    total_work: workout.total_work,
    avg_power: power ?? 0,
    max_power: power === null ? 0 : Math.round(power * 1.2),
    avg_cadence: sandbox.averageCadence ?? 0,
    avg_speed: speed === null ? 0 : roundTo(units.toSpeed(speed), 2),
    distance: distance === null ? 0 : roundTo(units.toDistance(distance), 2),
    calories: Math.round(sandbox.energyKcal),
    avg_heart_rate: meditation ? 0 : sandbox.averageHeartRate,
    max_heart_rate: meditation ? 0 : sandbox.maxHeartRate,
  };
}
