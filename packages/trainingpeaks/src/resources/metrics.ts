import type { Paginator } from '@fitlink/core';
import { pickCallOptions, routePath } from '@fitlink/core';
import { TRAININGPEAKS_ROUTES } from '../endpoints.js';
import type { TrainingPeaksMetric } from '../schemas/metric.js';
import type { TrainingPeaksContext } from './context.js';
import {
  dateRangePaging,
  type TrainingPeaksDateCursor,
  type TrainingPeaksRangeOptions,
} from './date-range.js';

/** `client.metrics`: wellness and body metrics (scope `metrics:read`, premium athletes). */
export interface TrainingPeaksMetricsResource {
  /**
   * Metrics entries on the local days `[since, until)` touches, in as few date-range requests
   * as the 45-day cap allows.
   *
   * @throws {@link TrainingPeaksPremiumRequiredError} for a basic athlete.
   * @example
   * ```ts
   * for await (const entry of client.metrics.list({ since, until })) console.log(entry.SleepHours);
   * ```
   */
  list(
    options?: TrainingPeaksRangeOptions,
  ): Paginator<TrainingPeaksMetric, TrainingPeaksDateCursor>;
}

/** Builds `client.metrics`. */
export function createMetricsResource(context: TrainingPeaksContext): TrainingPeaksMetricsResource {
  const route = TRAININGPEAKS_ROUTES.metrics;
  return {
    list(options = {}) {
      return dateRangePaging(context, options, async (startDate, endDate, call) => {
        const { data } = await context.http.request({
          method: route.method,
          path: routePath(route, { startDate, endDate }),
          schema: route.response,
          ...pickCallOptions(call),
        });
        return data;
      });
    },
  };
}
