import * as z from 'zod/mini';

/** One metric value: a number, text, flag, `null` when unknown, or a list such as zone times. */
export const metricValueSchema = z.union([
  z.number(),
  z.string(),
  z.boolean(),
  z.null(),
  z.readonly(z.array(z.number())),
]);

/** One metric value: a number, text, flag, `null` when unknown, or a list such as zone times. */
export type MetricValue = z.infer<typeof metricValueSchema>;

/**
 * Provider scores with no common field, keyed in camelCase: WHOOP `strain`, TrainingPeaks
 * `tss` and `intensityFactor`, Oura `readinessContributors`, `hrZoneSeconds` as a list, and so
 * on. Values keep the provider's scale; SI units where a unit applies.
 */
export const metricsSchema = z.record(z.string(), metricValueSchema);

/** Provider scores with no common field, keyed in camelCase. */
export type Metrics = z.infer<typeof metricsSchema>;
