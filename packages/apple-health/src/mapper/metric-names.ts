import type { AppleHealthDimension } from './units.js';

/** How a day's samples of one metric combine: summed, averaged, or the day's last reading. */
export type AppleHealthAggregate = 'sum' | 'mean' | 'last';

/** What fitlink knows about one Health Auto Export metric name. */
export interface AppleHealthMetricInfo {
  /** What the metric measures, which sets the unit fitlink converts to. */
  readonly dimension: AppleHealthDimension;
  /** How a day's samples combine. */
  readonly aggregate: AppleHealthAggregate;
}

/**
 * Metric names fitlink converts (snake_case, as the app names them) with their dimension and
 * daily aggregation. `heart_rate` (`{Min, Avg, Max}`), `sleep_analysis` and `blood_pressure`
 * have their own sample shapes and are read apart. A name not listed here is accepted: its
 * samples are kept in the unit the phone sent, and the batch lists the name in
 * `unknownMetrics`.
 */
export const APPLE_HEALTH_METRICS: Readonly<Record<string, AppleHealthMetricInfo>> = {
  step_count: { dimension: 'count', aggregate: 'sum' },
  flights_climbed: { dimension: 'count', aggregate: 'sum' },
  active_energy: { dimension: 'energy', aggregate: 'sum' },
  basal_energy_burned: { dimension: 'energy', aggregate: 'sum' },
  dietary_energy: { dimension: 'energy', aggregate: 'sum' },
  walking_running_distance: { dimension: 'length', aggregate: 'sum' },
  cycling_distance: { dimension: 'length', aggregate: 'sum' },
  swimming_distance: { dimension: 'length', aggregate: 'sum' },
  apple_exercise_time: { dimension: 'duration', aggregate: 'sum' },
  apple_stand_time: { dimension: 'duration', aggregate: 'sum' },
  heart_rate: { dimension: 'frequency', aggregate: 'mean' },
  resting_heart_rate: { dimension: 'frequency', aggregate: 'mean' },
  walking_heart_rate_average: { dimension: 'frequency', aggregate: 'mean' },
  respiratory_rate: { dimension: 'frequency', aggregate: 'mean' },
  heart_rate_variability: { dimension: 'milliseconds', aggregate: 'mean' },
  blood_oxygen_saturation: { dimension: 'percent', aggregate: 'mean' },
  body_fat_percentage: { dimension: 'percent', aggregate: 'last' },
  weight_body_mass: { dimension: 'mass', aggregate: 'last' },
  lean_body_mass: { dimension: 'mass', aggregate: 'last' },
  body_temperature: { dimension: 'temperature', aggregate: 'mean' },
};

/** The unit fitlink writes for each dimension. */
export const APPLE_HEALTH_SI_UNITS: Readonly<Record<AppleHealthDimension, string>> = {
  length: 'm',
  energy: 'kcal',
  mass: 'kg',
  temperature: 'degC',
  duration: 's',
  frequency: '/min',
  percent: '%',
  milliseconds: 'ms',
  count: 'count',
};
