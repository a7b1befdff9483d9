import * as z from 'zod/mini';
import { ouraMetaSchema } from './sample.js';

/**
 * A ring the user set up (`PublicRingConfiguration`).
 *
 * @see https://cloud.ouraring.com/v2/docs#tag/Ring-Configuration-Routes
 */
export const ouraRingConfigurationSchema = z.looseObject({
  /** Document id. */
  id: z.string(),
  /** Colour, such as `stealth_black`. */
  color: z.nullish(z.string()),
  /** Design, such as `heritage`. */
  design: z.nullish(z.string()),
  /** Firmware version. */
  firmware_version: z.nullish(z.string()),
  /** Hardware, such as `gen3` or `gen4`. */
  hardware_type: z.nullish(z.string()),
  /** When the ring was set up, UTC. */
  set_up_at: z.nullish(z.string()),
  /** US ring size. */
  size: z.nullish(z.number()),
  /** Metadata (doc build 1.29 and later). */
  meta: z.nullish(ouraMetaSchema),
});

/** A ring the user set up. */
export type OuraRingConfiguration = z.infer<typeof ouraRingConfigurationSchema>;
