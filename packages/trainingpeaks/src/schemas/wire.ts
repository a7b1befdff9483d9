import * as z from 'zod/mini';
import type * as zc from 'zod/v4/core';

/** A field TrainingPeaks may leave out or send as `null` (basic athletes get `null` for premium fields). */
export const nullish = <T extends zc.SomeType>(schema: T) => z.optional(z.nullable(schema));

/** A TrainingPeaks numeric id (workouts are `long`, athletes `int`); some examples send it as a string. */
export const idSchema = z.union([z.number(), z.string()]);
