import { MAX_HEART_RATE_BPM, valueOrNull } from '@fitlink/core';
import type {
  TrainingPeaksZone,
  TrainingPeaksZoneSet,
  TrainingPeaksZones,
} from '../schemas/zones.js';

/** One normalized zone. */
export interface TrainingPeaksZoneBounds {
  /** Zone name. */
  label: string | null;
  /** Lower bound (bpm, W or m/s). */
  minimum: number | null;
  /** Upper bound. */
  maximum: number | null;
}

/** The athlete's thresholds and zones, from one call. */
export interface TrainingPeaksThresholds {
  /** Threshold heart rate, bpm (the first heart-rate set's). */
  thresholdHeartRateBpm: number | null;
  /** Maximum heart rate, bpm. */
  maxHeartRateBpm: number | null;
  /** Resting heart rate, bpm. */
  restingHeartRateBpm: number | null;
  /** Functional threshold power, W (the first power set's). */
  ftpWatts: number | null;
  /** Threshold speed, m/s (the first speed set's). */
  thresholdSpeedMetresPerSecond: number | null;
  /** Heart-rate zones of the first set. */
  heartRateZones: TrainingPeaksZoneBounds[];
  /** Power zones of the first set. */
  powerZones: TrainingPeaksZoneBounds[];
  /** Speed zones of the first set. */
  speedZones: TrainingPeaksZoneBounds[];
}

// A negative threshold or bound, or a heart rate above 300 bpm, is unusable: null, as for workouts.
const quantity = (value: number | null | undefined) => valueOrNull(value, { nonNegative: true });
const heartRate = (value: number | null | undefined) => {
  const bpm = quantity(value);
  return bpm !== null && bpm > MAX_HEART_RATE_BPM ? null : bpm;
};

const bounds = (zones: readonly TrainingPeaksZone[] | null | undefined) =>
  (zones ?? []).map((zone) => ({
    label: zone.Label ?? null,
    minimum: quantity(zone.Minimum),
    maximum: quantity(zone.Maximum),
  }));

const first = (sets: readonly TrainingPeaksZoneSet[] | null | undefined) => sets?.[0];

/**
 * Reads FTP, threshold heart rate, threshold speed and the zones from the zones answer. The
 * flat list form (no thresholds) gives `null` thresholds and zones grouped by `ZoneType`. A
 * negative value, or a heart rate above 300 bpm, is `null` (unusable).
 *
 * @param zones - The `GET /v1/athlete/zones` answer.
 * @example
 * ```ts
 * const { ftpWatts, thresholdHeartRateBpm } = mapTrainingPeaksZones(await client.athlete.zones());
 * ```
 */
export function mapTrainingPeaksZones(zones: TrainingPeaksZones): TrainingPeaksThresholds {
  if (Array.isArray(zones)) {
    const of = (type: string) =>
      bounds(zones.filter((zone) => (zone.ZoneType ?? '').toLowerCase() === type));
    return {
      thresholdHeartRateBpm: null,
      maxHeartRateBpm: null,
      restingHeartRateBpm: null,
      ftpWatts: null,
      thresholdSpeedMetresPerSecond: null,
      heartRateZones: of('heartrate'),
      powerZones: of('power'),
      speedZones: of('speed'),
    };
  }
  const heartRateSet = first(zones.HeartRate);
  const power = first(zones.Power);
  const speed = first(zones.Speed);
  return {
    thresholdHeartRateBpm: heartRate(heartRateSet?.Threshold),
    maxHeartRateBpm: heartRate(heartRateSet?.Maximum),
    restingHeartRateBpm: heartRate(heartRateSet?.Resting),
    ftpWatts: quantity(power?.Threshold),
    thresholdSpeedMetresPerSecond: quantity(speed?.Threshold),
    heartRateZones: bounds(heartRateSet?.Zones),
    powerZones: bounds(power?.Zones),
    speedZones: bounds(speed?.Zones),
  };
}
