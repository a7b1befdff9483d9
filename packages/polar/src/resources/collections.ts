import type { CallOptions, HttpClient, Paginator } from '@fitlink/core';
import type * as zc from 'zod/v4/core';
import { POLAR_MAX_RANGE_DAYS, POLAR_ROUTES, type PolarRoute } from '../endpoints.js';
import type { PolarActivityDay } from '../schemas/activity.js';
import type { PolarContinuousSamples } from '../schemas/continuous-samples.js';
import type { PolarNightlyRecharge } from '../schemas/nightly-recharge.js';
import type { PolarSleep } from '../schemas/sleep.js';
import {
  fetchDates,
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
  /**
   * Records of explicit local dates in one request: `from` inclusive, `to` exclusive, within the
   * collection's longest range.
   *
   * @example
   * ```ts
   * const nights = await client.sleeps.forDates({ from: '2026-11-01', to: '2026-11-08' });
   * ```
   */
  forDates(dates: { from: string; to: string }, options?: CallOptions): Promise<T[]>;
}

/** Daily activity (`activity:read`), ≤ 90 days per request. */
export type PolarActivityResource = PolarRangeResource<PolarActivityDay>;
/** Nights (`sleep:read`), ≤ 30 days per request; with `features`, one day. */
export type PolarSleepsResource = PolarRangeResource<PolarSleep, PolarFeatureRangeOptions>;
/** Nightly Recharge (`nightly_recharge:read`), ≤ 28 days per request. */
export type PolarNightlyRechargeResource = PolarRangeResource<PolarNightlyRecharge>;
/** Continuous heart rate (`continuous_samples:read`), ≤ 28 days per request. */
export type PolarContinuousSamplesResource = PolarRangeResource<PolarContinuousSamples>;

/** One range resource over a route of {@link POLAR_ROUTES}. */
function rangeResource<S extends zc.$ZodType, T, O extends PolarRangeOptions>(
  http: HttpClient,
  route: PolarRoute<S>,
  items: (answer: zc.output<S>) => T[],
  maxDays: number,
): PolarRangeResource<T, O> {
  return {
    list: (options) => listRange(http, route, items, options, maxDays),
    forDates: (dates, options) => fetchDates(http, route, items, dates, options),
  };
}

/** Builds the activity resource. */
export const createActivityResource = (http: HttpClient): PolarActivityResource =>
  rangeResource(http, POLAR_ROUTES.activity, (a) => a.activityDays, POLAR_MAX_RANGE_DAYS.activity);

/** Builds the sleeps resource. */
export const createSleepsResource = (http: HttpClient): PolarSleepsResource =>
  rangeResource(http, POLAR_ROUTES.sleeps, (a) => a.nightSleeps, POLAR_MAX_RANGE_DAYS.sleeps);

/** Builds the Nightly Recharge resource. */
export const createNightlyRechargeResource = (http: HttpClient): PolarNightlyRechargeResource =>
  rangeResource(
    http,
    POLAR_ROUTES.nightlyRecharge,
    (a) => a.nightlyRechargeResults,
    POLAR_MAX_RANGE_DAYS.nightlyRecharge,
  );

/** Builds the continuous samples resource. */
export const createContinuousSamplesResource = (http: HttpClient): PolarContinuousSamplesResource =>
  rangeResource(
    http,
    POLAR_ROUTES.continuousSamples,
    (a) => a.continuousSamples,
    POLAR_MAX_RANGE_DAYS.continuousSamples,
  );
