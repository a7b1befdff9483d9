import {
  feetToMetres,
  kilometresToMetres,
  kphToMetresPerSecond,
  milesToMetres,
  minutesPerKmToMetresPerSecond,
  minutesPerMileToMetresPerSecond,
  mphToMetresPerSecond,
  secondsPer500mToMetresPerSecond,
  yardsToMetres,
} from '@fitlink/core';

// Peloton sends values in the member's units and names the unit beside them (`display_unit`);
// every conversion goes through the unit string, never through a guess.

/** The distance unit of a member (`mi` for imperial accounts, `km` for metric ones). */
export type PelotonDistanceUnit = 'mi' | 'km';

const normalize = (unit: string | null | undefined): string => (unit ?? '').trim().toLowerCase();

/**
 * Converts a distance in a Peloton display unit (`mi`, `km`, `m`, `ft`, `yd`) to metres; an
 * unknown unit gives `null`.
 */
export function pelotonDistanceToMetres(
  value: number | null | undefined,
  unit: string | null | undefined,
): number | null {
  switch (normalize(unit)) {
    case 'mi':
      return milesToMetres(value);
    case 'km':
      return kilometresToMetres(value);
    case 'm':
      return value ?? null;
    case 'ft':
      return feetToMetres(value);
    case 'yd':
      return yardsToMetres(value);
    default:
      return null;
  }
}

/**
 * Converts a speed (`mph`, `kph`, `km/h`, `m/s`) or a pace in decimal minutes (`min/mi`,
 * `min/km`, `min/500m`) to metres per second; unknown units and non-positive paces give `null`.
 */
export function pelotonSpeedToMetresPerSecond(
  value: number | null | undefined,
  unit: string | null | undefined,
): number | null {
  switch (normalize(unit)) {
    case 'mph':
      return mphToMetresPerSecond(value);
    case 'kph':
    case 'km/h':
      return kphToMetresPerSecond(value);
    case 'm/s':
      return value ?? null;
    case 'min/mi':
      return minutesPerMileToMetresPerSecond(value);
    case 'min/km':
      return minutesPerKmToMetresPerSecond(value);
    // The rower's split is decimal minutes per 500 m (3.26 = 3 min 15.6 s).
    case 'min/500m':
      return value === null || value === undefined
        ? null
        : secondsPer500mToMetresPerSecond(value * 60);
    default:
      return null;
  }
}

/** Whether a unit is a pace (time per distance), whose "max" is the fastest value. */
export function isPaceUnit(unit: string | null | undefined): boolean {
  return normalize(unit).startsWith('min/');
}
