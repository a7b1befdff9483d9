import * as z from 'zod/mini';

/** SmashRun's booleans: the integers `0` and `1`. */
export const smashrunFlagSchema = z.union([z.literal(0), z.literal(1)]);

/** A SmashRun `0`/`1` flag. */
export type SmashrunFlag = z.infer<typeof smashrunFlagSchema>;
