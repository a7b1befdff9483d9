import * as z from 'zod/mini';

/** One badge the user earned (`GET /my/badges`). */
export const smashrunBadgeSchema = z.looseObject({
  /** Badge id. */
  badgeId: z.number(),
  /** Badge name. */
  name: z.string(),
  /** Image URL. */
  image: z.nullish(z.string()),
  /** Small image URL. */
  imageSmall: z.nullish(z.string()),
  /** What earns it. */
  requirement: z.nullish(z.string()),
  /** When it was earned, UTC without `Z`. */
  dateEarnedUTC: z.nullish(z.string()),
  /** Display order. */
  badgeOrder: z.nullish(z.number()),
});

/** One badge. */
export type SmashrunBadge = z.infer<typeof smashrunBadgeSchema>;

/** Every badge earned. */
export const smashrunBadgeListSchema = z.array(smashrunBadgeSchema);
