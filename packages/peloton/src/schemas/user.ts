import * as z from 'zod/mini';

/** `GET /api/me`: the signed-in member; `id` keys every user-scoped path. */
export const pelotonUserSchema = z.looseObject({
  /** Member id (32 hex characters). */
  id: z.string(),
  /** Leaderboard name. */
  username: z.nullish(z.string()),
  /** Email address. */
  email: z.nullish(z.string()),
  /** Full name. */
  name: z.nullish(z.string()),
  /** Given name. */
  first_name: z.nullish(z.string()),
  /** Family name. */
  last_name: z.nullish(z.string()),
  /** `male`, `female` or other values. */
  gender: z.nullish(z.string()),
  /** Birthday, epoch seconds. */
  birthday: z.nullish(z.number()),
  /** Location as typed by the member. */
  location: z.nullish(z.string()),
  /** Workouts in total. */
  total_workouts: z.nullish(z.number()),
  /** FTP, watts. */
  cycling_ftp: z.nullish(z.number()),
  /** Estimated FTP, watts. */
  estimated_cycling_ftp: z.nullish(z.number()),
  /** Default maximum heart rate, bpm. */
  default_max_heart_rate: z.nullish(z.number()),
  /** Member-set maximum heart rate, bpm. */
  customized_max_heart_rate: z.nullish(z.number()),
  /** Account creation, epoch seconds. */
  created_at: z.nullish(z.number()),
});

/** The signed-in member. */
export type PelotonUser = z.infer<typeof pelotonUserSchema>;
