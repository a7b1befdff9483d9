import { createProviderApiStats, type ProviderApiStats } from '@fitlink/testing';
import type { TrainingPeaksWebhookSubscription } from '../schemas/webhook-subscription.js';
import {
  createTrainingPeaksFake,
  type TrainingPeaksFake,
  type TrainingPeaksFakeOptions,
} from './fake.js';

/**
 * Behaviour switches of the TrainingPeaks sandbox (`plugin.knobs`), writable at any time.
 * TrainingPeaks publishes no rate limit and no budget headers ("no preset hard limit"), so the
 * sandbox keeps no window budget; its overload answer is a 503 with `Retry-After`.
 */
export interface TrainingPeaksSandboxKnobs {
  /** `false` makes the athlete basic: premium fields `null`, premium endpoints 403. @defaultValue true */
  premium: boolean;
  /** Answer 400 when `User-Agent` is not `<name>/<version>`, as TrainingPeaks requires. @defaultValue true */
  requireUserAgent: boolean;
  /** The next this-many API requests get 503 with `Retry-After` (TrainingPeaks' overload answer). @defaultValue 0 */
  overloadedResponses: number;
  /** `Retry-After` seconds sent with those 503s. @defaultValue 2 */
  retryAfterSeconds: number;
  /** Longest date range accepted, days. @defaultValue 45 */
  maxRangeDays: number;
}

/** The knobs a new plugin starts with. */
export function defaultTrainingPeaksSandboxKnobs(): TrainingPeaksSandboxKnobs {
  return {
    premium: true,
    requireUserAgent: true,
    overloadedResponses: 0,
    retryAfterSeconds: 2,
    maxRangeDays: 45,
  };
}

/** Live counters of the TrainingPeaks sandbox API (`plugin.stats`). */
export interface TrainingPeaksSandboxStats extends ProviderApiStats {
  /**
   * `METHOD path?query` of every API request that passed the token and scope checks, in order
   * (the lines tests count date-range requests and changed-feed pages with).
   */
  readonly requestLog: string[];
}

/** Fresh {@link TrainingPeaksSandboxStats}. */
export function createTrainingPeaksSandboxStats(): TrainingPeaksSandboxStats {
  return { ...createProviderApiStats(), requestLog: [] };
}

/** What the TrainingPeaks sandbox serves (`plugin.data`): the fake, plus what requests changed. */
export interface TrainingPeaksSandboxData extends TrainingPeaksFake {
  /** Deleted workout ids and when, epoch ms (the changed feed's `Deleted`). */
  readonly deleted: Map<string, number>;
  /** Webhook subscriptions by id. */
  readonly subscriptions: Map<string, TrainingPeaksWebhookSubscription>;
  /** `Filename`, length and a prefix of `Data` of every accepted upload (duplicates are 422). */
  readonly uploads: string[];
  /** Deletes a workout now; it leaves the date-range answers and joins the changed feed's `Deleted`. */
  deleteWorkout(id: string | number): boolean;
  /** The sandbox clock, epoch ms. */
  now(): number;
}

/**
 * Creates the data a TrainingPeaks sandbox serves: the seeded fake and empty records of
 * deletions, subscriptions and uploads.
 *
 * @param options - Seed, end of the timeline and days of history.
 * @example
 * ```ts
 * const data = createTrainingPeaksSandboxData({ seed: 1, now: Date.parse('2026-11-22T12:00:00Z') });
 * data.deleteWorkout(data.workouts[0].Id);
 * ```
 */
export function createTrainingPeaksSandboxData(
  options: TrainingPeaksFakeOptions = {},
): TrainingPeaksSandboxData {
  const fake = createTrainingPeaksFake(options);
  const deleted = new Map<string, number>();
  const now = () => options.now ?? Date.now();
  return {
    ...fake,
    deleted,
    subscriptions: new Map(),
    uploads: [],
    deleteWorkout(id) {
      const index = fake.workouts.findIndex((workout) => String(workout.Id) === String(id));
      if (index === -1) return false;
      fake.workouts.splice(index, 1);
      deleted.set(String(id), now());
      return true;
    },
    now,
  };
}
