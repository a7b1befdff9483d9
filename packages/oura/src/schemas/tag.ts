import * as z from 'zod/mini';

/**
 * A tag the user entered (`EnhancedTagModel`, `GET /v2/usercollection/enhanced_tag`). Times are
 * local date-times.
 *
 * @see https://cloud.ouraring.com/v2/docs#tag/Enhanced-Tag-Routes
 */
export const ouraTagSchema = z.looseObject({
  /** Document id. */
  id: z.string(),
  /** Oura's tag code, such as `tag_generic_caffeine`. */
  tag_type_code: z.nullish(z.string()),
  /** Start, local date-time. */
  start_time: z.string(),
  /** End, local date-time. */
  end_time: z.nullish(z.string()),
  /** First local day, `YYYY-MM-DD`. */
  start_day: z.string(),
  /** Last local day. */
  end_day: z.nullish(z.string()),
  /** The user's comment. */
  comment: z.nullish(z.string()),
  /** The name of a custom tag. */
  custom_name: z.nullish(z.string()),
});

/** A tag the user entered. */
export type OuraTag = z.infer<typeof ouraTagSchema>;
