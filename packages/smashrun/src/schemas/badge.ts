import * as z from 'zod/mini';
import { optionalNumber, optionalString } from './fields.js';

/** One badge the user earned (`GET /my/badges`). */
export const smashrunBadgeSchema = z.looseObject({
  /** Badge id. */
  badgeId: z.number(),
  /** Badge name. */
  name: z.string(),
  /** Image URL. */
  image: optionalString,
  /** Small image URL. */
  imageSmall: optionalString,
  /** What earns it. */
  requirement: optionalString,
  /** When it was earned, UTC without `Z`. */
  dateEarnedUTC: optionalString,
  /** Display order. */
  badgeOrder: optionalNumber,
});

/** One badge. */
export type SmashrunBadge = z.infer<typeof smashrunBadgeSchema>;

/** Every badge earned. */
export const smashrunBadgeListSchema = z.array(smashrunBadgeSchema);
