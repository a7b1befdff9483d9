import * as z from 'zod/mini';

/**
 * An Oura time series inside a document (`PublicSample`): `items[i]` was recorded `i * interval`
 * seconds after `timestamp`; a gap is `null`.
 */
export const ouraSampleSchema = z.looseObject({
  /** Seconds between two items. */
  interval: z.number(),
  /** The values; `null` where nothing was recorded. */
  items: z.array(z.nullable(z.number())),
  /** When the first item was recorded, ISO 8601 with the user's offset. */
  timestamp: z.string(),
});

/** An Oura time series inside a document. */
export type OuraSample = z.infer<typeof ouraSampleSchema>;

/** Document metadata (`meta`, API doc build 1.29 and later): last update and version. */
export const ouraMetaSchema = z.looseObject({
  /** When Oura last updated the document, UTC. */
  updated_at: z.nullish(z.string()),
  /** Document version. */
  version: z.nullish(z.number()),
});
