import * as z from 'zod/mini';
import { NOT_VOUCHED, withFastParser } from './fast-parse.js';

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

// What the schema outputs for a metric value: the value itself, or a frozen copy of a list of
// numbers (`z.readonly` freezes the array `z.array` built); NOT_VOUCHED for anything else.
function parseMetricValue(value: unknown): unknown {
  if (value === null || typeof value === 'string' || typeof value === 'boolean') return value;
  if (typeof value === 'number') return Number.isFinite(value) ? value : NOT_VOUCHED;
  if (!Array.isArray(value)) return NOT_VOUCHED;
  // Each item is read once, into a plain array, as the schema reads and copies them.
  const copy: number[] = [];
  for (let index = 0; index < value.length; index += 1) {
    const item: unknown = value[index];
    // A hole reads as `undefined`, which the schema rejects too.
    if (typeof item !== 'number' || !Number.isFinite(item)) return NOT_VOUCHED;
    copy.push(item);
  }
  return Object.freeze(copy);
}

// The schema's output for a plain object of valid values: a new object with the same keys.
// Anything unusual (symbol keys, an own `__proto__`, a class instance) is left to the schema.
function parseMetrics(value: unknown): unknown {
  if (typeof value !== 'object' || value === null || Array.isArray(value)) return NOT_VOUCHED;
  const prototype = Object.getPrototypeOf(value);
  if (prototype !== Object.prototype && prototype !== null) return NOT_VOUCHED;
  // A spread copies the own enumerable keys in order, as the schema's output has them.
  const metrics: Record<string, unknown> = { ...value };
  const keys = Object.keys(metrics);
  for (let index = 0; index < keys.length; index += 1) {
    const key = keys[index] as string;
    if (key === '__proto__') return NOT_VOUCHED;
    const item = metrics[key];
    const parsed = parseMetricValue(item);
    if (parsed === NOT_VOUCHED) return NOT_VOUCHED;
    if (parsed !== item) metrics[key] = parsed;
  }
  // The copy holds the enumerable symbol keys too: the schema rejects those.
  return Object.getOwnPropertySymbols(metrics).length === 0 ? metrics : NOT_VOUCHED;
}

/**
 * Provider scores with no common field, keyed in camelCase: WHOOP `strain`, TrainingPeaks
 * `tss` and `intensityFactor`, Oura `readinessContributors`, `hrZoneSeconds` as a list, and so
 * on. Values keep the provider's scale; SI units where a unit applies.
 */
export const metricsSchema = withFastParser(z.record(z.string(), metricValueSchema), parseMetrics);

/** Provider scores with no common field, keyed in camelCase. */
export type Metrics = z.infer<typeof metricsSchema>;
