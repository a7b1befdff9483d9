import * as z from 'zod/mini';

/** SmashRun's booleans: the integers `0` and `1`. */
export const smashrunFlagSchema = z.union([z.literal(0), z.literal(1)]);

/** A SmashRun `0`/`1` flag. */
export type SmashrunFlag = z.infer<typeof smashrunFlagSchema>;

/** An optional, nullable number. */
export const optionalNumber = z.optional(z.nullable(z.number()));

/** An optional, nullable string. */
export const optionalString = z.optional(z.nullable(z.string()));

/** An optional, nullable `0`/`1` flag. */
export const optionalFlag = z.optional(z.nullable(smashrunFlagSchema));
