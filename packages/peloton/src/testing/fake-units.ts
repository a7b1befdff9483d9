import { createSeededRandom, type SandboxWorkout } from '@fitlink/testing';
import type { PelotonWorkout } from '../schemas/workout.js';

/** A rendered workout, with the timeline workout it was rendered from. */
export interface PelotonRenderedWorkout {
  /** The shared timeline's workout. */
  readonly sandbox: SandboxWorkout;
  /** Its Peloton record (`ride` with `instructor` joined). */
  readonly workout: PelotonWorkout;
}

/** The member's display units and the conversions into them. */
export interface PelotonFakeUnits {
  /** Whether the member chose metric units. */
  readonly metric: boolean;
  /** `km` or `mi`. */
  readonly distanceUnit: 'km' | 'mi';
  /** `kph` or `mph`. */
  readonly speedUnit: 'kph' | 'mph';
  /** `min/km` or `min/mi`. */
  readonly paceUnit: 'min/km' | 'min/mi';
  /** `m` or `ft`. */
  readonly heightUnit: 'm' | 'ft';
  /** Metres to the distance unit. */
  toDistance(metres: number): number;
  /** Metres per second to the speed unit. */
  toSpeed(metresPerSecond: number): number;
  /** Metres per second to decimal minutes per distance unit; `null` when standing still. */
  toPace(metresPerSecond: number): number | null;
  /** Metres to the height unit. */
  toHeight(metres: number): number;
}

/**
 * The units Peloton shows a member: `mi`/`mph`/`ft` for imperial accounts, `km`/`kph`/`m` for
 * metric ones.
 *
 * @param metric - Whether the member chose metric units.
 */
export function pelotonFakeUnits(metric: boolean): PelotonFakeUnits {
  const toSpeed = (mps: number) => (metric ? mps * 3.6 : (mps * 3600) / 1609.344);
  return {
    metric,
    distanceUnit: metric ? 'km' : 'mi',
    speedUnit: metric ? 'kph' : 'mph',
    paceUnit: metric ? 'min/km' : 'min/mi',
    heightUnit: metric ? 'm' : 'ft',
    toDistance: (metres) => (metric ? metres / 1000 : metres / 1609.344),
    toSpeed,
    toPace: (mps) => (mps > 0 ? 60 / toSpeed(mps) : null),
    toHeight: (metres) => (metric ? metres : metres / 0.3048),
  };
}

/**
 * A 32-hex-character id, like Peloton's, drawn from a seed.
 *
 * @param seed - The seed; the same seed gives the same id.
 */
export function pelotonHexId(seed: number): string {
  const random = createSeededRandom(seed);
  let out = '';
  for (let i = 0; i < 32; i++) out += random.integer(0, 15).toString(16);
  return out;
}
