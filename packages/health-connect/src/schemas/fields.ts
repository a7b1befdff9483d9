import * as z from 'zod/mini';

/**
 * An instant as an exporter writes it: ISO 8601 with `Z` (Health Connect's
 * `Instant.toString()`, any sub-second precision) or with an explicit offset.
 */
export const healthConnectInstantSchema = z.iso.datetime({ offset: true });

/** A quantity that cannot be negative (a count, metres, kilocalories …). */
export const healthConnectAmountSchema = z.number().check(z.nonnegative());

/**
 * Record identity some exporter versions attach (`metadata.id` is Health Connect's record id,
 * stable across re-sends). Every field is optional; unknown fields pass through.
 */
export const healthConnectRecordMetadataSchema = z.looseObject({
  /** Health Connect's record id. */
  id: z.nullish(z.string()),
  /** Package name of the app that wrote the record. */
  data_origin: z.nullish(z.string()),
});

/** Record identity some exporter versions attach. */
export type HealthConnectRecordMetadata = z.infer<typeof healthConnectRecordMetadataSchema>;
