import type { HttpClient, Paginator } from '@fitlink/core';
import { POLAR_MAX_RANGE_DAYS, POLAR_ROUTES } from '../endpoints.js';
import type { PolarActivityDay } from '../schemas/activity.js';
import type { PolarContinuousSamples } from '../schemas/continuous-samples.js';
import type { PolarNightlyRecharge } from '../schemas/nightly-recharge.js';
import type { PolarSleep } from '../schemas/sleep.js';
import {
  listRange,
  type PolarFeatureRangeOptions,
  type PolarListCursor,
  type PolarRangeOptions,
} from './range.js';

/** A v4 collection read by date range. */
export interface PolarRangeResource<T, O extends PolarRangeOptions = PolarRangeOptions> {
  /**
   * Records of a range, oldest window first, in as few requests as Polar allows (the
   * collection's longest range per request; `to` is exclusive; 204 reads as empty).
   *
   * @throws {@link @fitlink/core!ValidationError} when an answer does not match the schema.
   * @example
   * ```ts
   * for await (const night of client.sleeps.list({ since: new Date('2026-11-01T00:00:00Z'), until: new Date('2026-11-20T00:00:00Z') })) {
   *   console.log(night.sleepDate);
   * }
   * ```
   */
  list(options: O): Paginator<T, PolarListCursor>;
}

/** Daily activity (`activity:read`), ≤ 90 days per request. */
export type PolarActivityResource = PolarRangeResource<PolarActivityDay>;
/** Nights (`sleep:read`), ≤ 30 days per request; with `features`, one day. */
export type PolarSleepsResource = PolarRangeResource<PolarSleep, PolarFeatureRangeOptions>;
/** Nightly Recharge (`nightly_recharge:read`), ≤ 28 days per request. */
export type PolarNightlyRechargeResource = PolarRangeResource<PolarNightlyRecharge>;
/** Continuous heart rate (`continuous_samples:read`), ≤ 28 days per request. */
export type PolarContinuousSamplesResource = PolarRangeResource<PolarContinuousSamples>;

/** Builds the activity resource. */
export function createActivityResource(http: HttpClient): PolarActivityResource {
  return {
    list: (options) =>
      listRange(
        http,
        POLAR_ROUTES.activity,
        (a) => a.activityDays,
        options,
        POLAR_MAX_RANGE_DAYS.activity,
      ),
  };
}

/** Builds the sleeps resource. */
export function createSleepsResource(http: HttpClient): PolarSleepsResource {
  return {
    list: (options) =>
      listRange(
        http,
        POLAR_ROUTES.sleeps,
        (a) => a.nightSleeps,
        options,
        POLAR_MAX_RANGE_DAYS.sleeps,
      ),
  };
}

/** Builds the Nightly Recharge resource. */
export function createNightlyRechargeResource(http: HttpClient): PolarNightlyRechargeResource {
  return {
    list: (options) =>
      listRange(
        http,
        POLAR_ROUTES.nightlyRecharge,
        (a) => a.nightlyRechargeResults,
        options,
        POLAR_MAX_RANGE_DAYS.nightlyRecharge,
      ),
  };
}

/** Builds the continuous samples resource. */
export function createContinuousSamplesResource(http: HttpClient): PolarContinuousSamplesResource {
  return {
    list: (options) =>
      listRange(
        http,
        POLAR_ROUTES.continuousSamples,
        (a) => a.continuousSamples,
        options,
        POLAR_MAX_RANGE_DAYS.continuousSamples,
      ),
  };
}
