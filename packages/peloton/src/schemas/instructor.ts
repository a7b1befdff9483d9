import * as z from 'zod/mini';

/**
 * An instructor, from `GET /api/instructor/{id}` or joined into a class (`joins=ride.instructor`).
 *
 * @see https://github.com/DovOps/peloton-api-spec
 */
export const pelotonInstructorSchema = z.looseObject({
  /** Instructor id (32 hex characters). */
  id: z.string(),
  /** Full name. */
  name: z.nullish(z.string()),
  /** Given name. */
  first_name: z.nullish(z.string()),
  /** Family name. */
  last_name: z.nullish(z.string()),
  /** Peloton username. */
  username: z.nullish(z.string()),
  /** Profile picture. */
  image_url: z.nullish(z.string()),
  /** Short biography. */
  short_bio: z.nullish(z.string()),
  /** Disciplines taught (`cycling`, `running`, `caesar` …). */
  fitness_disciplines: z.optional(z.array(z.string())),
});

/** An instructor. */
export type PelotonInstructor = z.infer<typeof pelotonInstructorSchema>;

/** A page of `GET /api/instructor` (pages count from 0). */
export const pelotonInstructorPageSchema = z.looseObject({
  /** The instructors. */
  data: z.array(pelotonInstructorSchema),
  /** Page number, from 0. */
  page: z.optional(z.number()),
  /** Page size. */
  limit: z.optional(z.number()),
  /** Number of pages. */
  page_count: z.optional(z.number()),
  /** Number of instructors. */
  total: z.optional(z.number()),
  /** Whether a next page exists. */
  show_next: z.optional(z.boolean()),
});

/** A page of instructors. */
export type PelotonInstructorPage = z.infer<typeof pelotonInstructorPageSchema>;
